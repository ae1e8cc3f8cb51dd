import { IntlMessageFormat } from 'intl-messageformat';
import { UI_LANGUAGES } from '../multilingual.ts';
import { en, type Catalog, type MessageKey } from './messages-en.ts';
import { ru } from './messages-ru.ts';
import { kk, ky, tg, tk, uz } from './messages-more.ts';

export type UiLanguage = (typeof UI_LANGUAGES)[number];
export const CATALOGS: Record<UiLanguage, Catalog> = { en, ru, kk, ky, tg, tk, uz };

export const isMessageKey = (key: string): key is MessageKey => key in en;

export const isUiLanguage = (value: unknown): value is UiLanguage =>
  (UI_LANGUAGES as readonly unknown[]).includes(value);

/** The languages to try, in order: the reader's own, then Russian (the region's lingua franca), then English. */
export function fallbackChain(lang: UiLanguage): UiLanguage[] {
  return [...new Set<UiLanguage>([lang, 'ru', 'en'])];
}

export type Values = Record<string, string | number | Date>;
export type Translate = (key: MessageKey, values?: Values) => string;

/** A translator for one language. Each message is parsed once and formatted with the plural rules of the language it is written in. */
export function createTranslator(lang: UiLanguage): Translate {
  const chain = fallbackChain(lang);
  const compiled = new Map<MessageKey, IntlMessageFormat>();
  return (key, values) => {
    let format = compiled.get(key);
    if (!format) {
      const from = chain.find((l) => CATALOGS[l][key] !== undefined) ?? 'en';
      format = new IntlMessageFormat(CATALOGS[from][key] ?? en[key], from);
      compiled.set(key, format);
    }
    return String(format.format(values));
  };
}

/** "22.06.2020, 10:00" in a zone, written the reader's way. */
export function formatDateTime(
  iso: string,
  zone: string,
  lang: string,
  options: Intl.DateTimeFormatOptions = {},
): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short', timeZone: zone, ...options }).format(
    new Date(iso),
  );
}

export function formatDate(isoDate: string, lang: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}
