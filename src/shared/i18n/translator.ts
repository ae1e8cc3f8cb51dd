import { IntlMessageFormat, type Formatters } from 'intl-messageformat';
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { UI_LANGUAGES } from '../languages.ts';
import type { MessageKey } from './messages-en.ts';
import { numberFormat, pluralRules } from './locale-format.ts';

export type UiLanguage = (typeof UI_LANGUAGES)[number];
/** The interface's languages: the seven, and Uzbek in Cyrillic, derived from the Latin catalog. */
export const INTERFACE_LANGUAGES = [...UI_LANGUAGES, 'uz-Cyrl'] as const;
export type InterfaceLanguage = (typeof INTERFACE_LANGUAGES)[number];

export const isUiLanguage = (value: unknown): value is UiLanguage =>
  (UI_LANGUAGES as readonly unknown[]).includes(value);

export const isInterfaceLanguage = (value: unknown): value is InterfaceLanguage =>
  (INTERFACE_LANGUAGES as readonly unknown[]).includes(value);

/** The languages to try, in order: the reader's own, then Russian (the region's lingua franca), then English. */
export function fallbackChain(lang: InterfaceLanguage): InterfaceLanguage[] {
  return [...new Set<InterfaceLanguage>([lang, 'ru', 'en'])];
}

/**
 * The languages to show content in, in order: the reader's language and its script variants first
 * (kk, kk-Latn), then the fallbacks; a reader of Uzbek in Cyrillic reads Cyrillic versions first, then Latin.
 */
export function contentPreference(lang: InterfaceLanguage): string[] {
  return [
    ...new Set(
      fallbackChain(lang).flatMap((l) => (l === 'uz-Cyrl' ? [l, 'uz', 'uz-Latn'] : [l, `${l}-Latn`, `${l}-Cyrl`])),
    ),
  ];
}

export type Values = Record<string, string | number | Date>;
export type Translate = (key: MessageKey, values?: Values) => string;

/**
 * One language's catalog as the web app loads it: every key resolved along the fallback chain, a
 * message without arguments as its text, any other already parsed, so the browser needs no parser.
 */
export interface CompiledCatalog {
  lang: InterfaceLanguage;
  messages: Record<MessageKey, string | MessageFormatElement[]>;
  /** The keys taken from a fallback language, with that language: its plural rules apply. */
  from: Partial<Record<MessageKey, InterfaceLanguage>>;
}

/**
 * Plurals and numbers in messages from the product's own CLDR data, not the browser's: Debian's Chromium
 * has no Tajik plural rules and groups digits the US way in every Central Asian language.
 */
export function formattersFor(lang: InterfaceLanguage): Formatters {
  return {
    getNumberFormat: (_locales, options) => numberFormat(lang, options as Intl.NumberFormatOptions),
    getPluralRules: () => pluralRules(lang),
    getDateTimeFormat: (...args) => new Intl.DateTimeFormat(...args),
  };
}

/** A translator over a compiled catalog; each message with arguments is set up once. */
export function translatorOf(catalog: CompiledCatalog): Translate {
  const compiled = new Map<MessageKey, IntlMessageFormat>();
  return (key, values) => {
    const message = catalog.messages[key];
    if (message === undefined) return key;
    if (typeof message === 'string') return message;
    let format = compiled.get(key);
    if (!format) {
      const lang = catalog.from[key] ?? catalog.lang;
      format = new IntlMessageFormat(message, lang, undefined, { formatters: formattersFor(lang) });
      compiled.set(key, format);
    }
    return String(format.format(values));
  };
}
