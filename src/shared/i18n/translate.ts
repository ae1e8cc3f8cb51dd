import { IntlMessageFormat } from 'intl-messageformat';
import { en, type Catalog, type MessageKey } from './messages-en.ts';
import { ru } from './messages-ru.ts';
import { kk, ky, tg, tk, uz } from './messages-more.ts';
import { deriveUzCyrl } from './uz-cyrl.ts';
import { fallbackChain, formattersFor, type InterfaceLanguage, type Translate } from './translator.ts';

export { formatDate, formatDateTime, formatList, formatNumber, weekdayName } from './locale-format.ts';
export {
  INTERFACE_LANGUAGES,
  contentPreference,
  fallbackChain,
  isInterfaceLanguage,
  isUiLanguage,
  type InterfaceLanguage,
  type Translate,
  type UiLanguage,
  type Values,
} from './translator.ts';

export const CATALOGS: Record<InterfaceLanguage, Catalog> = { en, ru, kk, ky, tg, tk, uz, 'uz-Cyrl': deriveUzCyrl(uz) };

export const isMessageKey = (key: string): key is MessageKey => key in en;

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
