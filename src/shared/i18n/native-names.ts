import { LANGUAGE_NAMES } from './language-names.ts';

/**
 * Every language named in itself, wherever a language is listed: the interface's switcher, content
 * versions, a dialogue's languages, search facets. One helper, so a list never mixes a native name with
 * an English one. The interface languages' names are the catalogs' own; script variants and the
 * languages content is often written in are here; anything else asks the runtime for the language's
 * name in itself, and shows the tag where it has none.
 */
const NATIVE: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.entries(LANGUAGE_NAMES).map(([key, name]) => [key.slice('language.'.length), name])),
  'kk-Cyrl': 'Қазақша',
  'kk-Latn': 'Qazaqşa',
  'ky-Latn': 'Kyrgyzcha',
  'tg-Latn': 'Tojikī',
  'tk-Cyrl': 'Түркменче',
  'uz-Latn': 'Oʻzbekcha',
  'uz-Cyrl': 'Ўзбекча',
  kaa: 'Qaraqalpaqsha',
  zh: '中文',
  ar: 'العربية',
  fr: 'Français',
  de: 'Deutsch',
  es: 'Español',
  tr: 'Türkçe',
  fa: 'فارسی',
  ps: 'پښتو',
  az: 'Azərbaycanca',
  hi: 'हिन्दी',
  ja: '日本語',
  ko: '한국어',
};

export function nativeLanguageName(tag: string): string {
  const known = NATIVE[tag] ?? NATIVE[tag.split('-')[0]!];
  if (known && (NATIVE[tag] || !tag.includes('-'))) return known;
  try {
    const own = new Intl.DisplayNames([tag], { type: 'language', fallback: 'none' }).of(tag);
    if (own && own !== tag) return own.charAt(0).toLocaleUpperCase(tag) + own.slice(1);
  } catch {
    // Not a tag the runtime knows: the tag itself, below.
  }
  return known ?? tag;
}
