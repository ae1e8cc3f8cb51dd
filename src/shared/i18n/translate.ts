import { IntlMessageFormat, type Formatters } from 'intl-messageformat';
import { UI_LANGUAGES } from '../multilingual.ts';
import { en, type Catalog, type MessageKey } from './messages-en.ts';
import { ru } from './messages-ru.ts';
import { kk, ky, tg, tk, uz } from './messages-more.ts';
import { deriveUzCyrl } from './uz-cyrl.ts';
import { numberFormat, pluralRules } from './locale-format.ts';

export { formatDate, formatDateTime, formatList, formatNumber, weekdayName } from './locale-format.ts';

export type UiLanguage = (typeof UI_LANGUAGES)[number];
/** The interface's languages: the seven, and Uzbek in Cyrillic, derived from the Latin catalog. */
export const INTERFACE_LANGUAGES = [...UI_LANGUAGES, 'uz-Cyrl'] as const;
export type InterfaceLanguage = (typeof INTERFACE_LANGUAGES)[number];
export const CATALOGS: Record<InterfaceLanguage, Catalog> = { en, ru, kk, ky, tg, tk, uz, 'uz-Cyrl': deriveUzCyrl(uz) };

export const isMessageKey = (key: string): key is MessageKey => key in en;

export const isUiLanguage = (value: unknown): value is UiLanguage =>
  (UI_LANGUAGES as readonly unknown[]).includes(value);

export const isInterfaceLanguage = (value: unknown): value is InterfaceLanguage =>
  (INTERFACE_LANGUAGES as readonly unknown[]).includes(value);

/** The languages to try, in order: the reader's own, then Russian (the region's lingua franca), then English. */
export function fallbackChain(lang: InterfaceLanguage): InterfaceLanguage[] {
  return [...new Set<InterfaceLanguage>([lang, 'ru', 'en'])];
}

export type Values = Record<string, string | number | Date>;
export type Translate = (key: MessageKey, values?: Values) => string;

/** A translator for one language. Each message is parsed once and formatted with the plural rules of the language it is written in. */
export function createTranslator(lang: InterfaceLanguage): Translate {
  const chain = fallbackChain(lang);
  const compiled = new Map<MessageKey, IntlMessageFormat>();
  return (key, values) => {
    let format = compiled.get(key);
    if (!format) {
      const from = chain.find((l) => CATALOGS[l][key] !== undefined) ?? 'en';
      format = new IntlMessageFormat(CATALOGS[from][key] ?? en[key], from, undefined, {
        formatters: formattersFor(from),
      });
      compiled.set(key, format);
    }
    return String(format.format(values));
  };
}

/**
 * Plurals and numbers in messages from the product's own CLDR data, not the browser's: Debian's Chromium
 * has no Tajik plural rules and groups digits the US way in every Central Asian language.
 */
function formattersFor(lang: InterfaceLanguage): Formatters {
  return {
    getNumberFormat: (_locales, options) => numberFormat(lang, options as Intl.NumberFormatOptions),
    getPluralRules: () => pluralRules(lang),
    getDateTimeFormat: (...args) => new Intl.DateTimeFormat(...args),
  };
}
