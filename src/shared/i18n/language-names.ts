/** Each interface language named in itself: the same in every catalog, so a reader finds their own. */
export const LANGUAGE_NAMES = {
  'language.en': 'English',
  'language.ru': 'Русский',
  'language.kk': 'Қазақша',
  'language.ky': 'Кыргызча',
  'language.tg': 'Тоҷикӣ',
  'language.tk': 'Türkmençe',
  'language.uz': 'Oʻzbekcha',
} as const;
