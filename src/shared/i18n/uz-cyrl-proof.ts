/**
 * The proof-reader's corrections to the Latin → Cyrillic rules for Uzbek: words whose Cyrillic spelling
 * keeps the Russian letters the Latin alphabet dropped (ц, ь, ъ, ё), and foreign names. Keys are the
 * Latin word in lower case with ʻ and ʼ; values the Cyrillic word in lower case.
 */
export const UZ_CYRL_PROOF: Readonly<Record<string, string>> = {
  chatham: 'чатэм',
  house: 'хаус',
  // The product's name and protocols stay in Latin letters.
  expert: 'expert',
  dialogue: 'dialogue',
  https: 'https',
  // Russian loans keep ц, ь and ю in Cyrillic.
  konferensiya: 'конференция',
  videokonferensiya: 'видеоконференция',
  pozitsiya: 'позиция',
  rezolyutsiya: 'резолюция',
  konsepsiya: 'концепция',
  filtr: 'фильтр',
  kompyuter: 'компьютер',
  obyekt: 'объект',
  subyekt: 'субъект',
  sentabr: 'сентябрь',
  oktabr: 'октябрь',
};

/**
 * Whole messages the proof-reader wrote in Cyrillic, where words must stay as typed: the search hint's
 * examples are Latin queries.
 */
export const UZ_CYRL_MESSAGES: Readonly<Record<string, string>> = {
  'search.hint':
    'Лотин ва кирилл ёзувлари бир-бирини топади: hamkorlik ҳамкорлик сўзини, Norov эса Норов сўзини топади.',
};
