/**
 * Cyrillic → Latin, one table per language, lowercase; capitals follow the letter's case.
 * Sources: the 2021 Kazakh Latin alphabet; the Uzbek Latin alphabet of 1995; the Turkmen Latin
 * alphabet of 1993; BGN/PCGN for Kyrgyz and Tajik; GOST 7.79 / ISO 9 (system A), BGN/PCGN and
 * ICAO Doc 9303 (passports) for Russian, as summarised by the UNGEGN romanization reports and CLDR.
 */
export type Table = Readonly<Record<string, string>>;

const russianBase = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  з: 'z',
  и: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
} as const;

/** Kazakh Cyrillic → the 2021 Latin alphabet (31 letters). */
export const KK: Table = {
  ...russianBase,
  ә: 'ä',
  ғ: 'ğ',
  е: 'e',
  ё: 'io',
  ж: 'j',
  и: 'i',
  й: 'i',
  і: 'ı',
  қ: 'q',
  ң: 'ñ',
  ө: 'ö',
  ұ: 'ū',
  ү: 'ü',
  х: 'h',
  һ: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'ş',
  щ: 'şş',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
};

/** Uzbek Cyrillic → the 1995 Latin alphabet, with the proper ʻ (U+02BB) and ʼ (U+02BC). */
export const UZ: Table = {
  ...russianBase,
  ғ: 'gʻ',
  е: 'e',
  ё: 'yo',
  ж: 'j',
  й: 'y',
  қ: 'q',
  ў: 'oʻ',
  х: 'x',
  ҳ: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'sh',
  ъ: 'ʼ',
  ы: 'i',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/** Turkmen Cyrillic (before 1993) → the Turkmen Latin alphabet. */
export const TK: Table = {
  ...russianBase,
  в: 'w',
  ә: 'ä',
  е: 'e',
  ё: 'ýo',
  ж: 'j',
  җ: 'j',
  й: 'ý',
  ң: 'ň',
  ө: 'ö',
  ү: 'ü',
  х: 'h',
  ц: 's',
  ч: 'ç',
  ш: 'ş',
  щ: 'şç',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'ýu',
  я: 'ýa',
};

/** The end of the alphabet as BGN/PCGN writes it for Russian and Kyrgyz alike. */
const bgnTail = {
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: 'ʺ',
  ы: 'y',
  ь: 'ʹ',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/** Kyrgyz Cyrillic → BGN/PCGN. */
export const KY: Table = {
  ...russianBase,
  е: 'e',
  ё: 'yo',
  ж: 'j',
  й: 'y',
  ң: 'ng',
  ө: 'ö',
  ү: 'ü',
  ...bgnTail,
};

/** Tajik Cyrillic → BGN/PCGN. */
export const TG: Table = {
  ...russianBase,
  ғ: 'gh',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  ӣ: 'í',
  й: 'y',
  қ: 'q',
  ӯ: 'ŭ',
  х: 'kh',
  ҳ: 'h',
  ч: 'ch',
  ҷ: 'j',
  ш: 'sh',
  ъ: 'ʼ',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/** Russian → ISO 9 / GOST 7.79 system A: one letter for one letter, so it can be reversed. */
export const RU_ISO9: Table = {
  ...russianBase,
  е: 'e',
  ё: 'ë',
  ж: 'ž',
  й: 'j',
  х: 'h',
  ц: 'c',
  ч: 'č',
  ш: 'š',
  щ: 'ŝ',
  ъ: 'ʺ',
  ы: 'y',
  ь: 'ʹ',
  э: 'è',
  ю: 'û',
  я: 'â',
};

/** Russian → BGN/PCGN, the common English-language spelling. */
export const RU_BGN: Table = {
  ...russianBase,
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  й: 'y',
  ...bgnTail,
};

/** Russian → ICAO Doc 9303, as printed in passports since 2013. */
export const RU_PASSPORT: Table = {
  ...russianBase,
  е: 'e',
  ё: 'e',
  ж: 'zh',
  й: 'i',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: 'ie',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
};

/**
 * Every Cyrillic letter of the region's languages, for text whose language is unknown (a query).
 * Where the languages differ, it takes one spelling; the skeleton's folding makes the others meet it.
 */
export const GENERIC: Table = {
  ...russianBase,
  ә: 'a',
  ғ: 'g',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  җ: 'zh',
  ӣ: 'i',
  й: 'y',
  і: 'i',
  қ: 'q',
  ң: 'ng',
  ө: 'o',
  ӯ: 'u',
  ұ: 'u',
  ү: 'u',
  ў: 'o',
  х: 'kh',
  ҳ: 'h',
  һ: 'h',
  ц: 'ts',
  ч: 'ch',
  ҷ: 'j',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/** The table a text in a language is written out with. */
export const TABLES = { kk: KK, uz: UZ, tk: TK, ky: KY, tg: TG, ru: RU_BGN } as const satisfies Record<string, Table>;
