/**
 * Content in the reader's language: the versions a text exists in, and (for insiders) each version's
 * translation status. Written in every interface language; Uzbek in Cyrillic is derived from Uzbek.
 * The Central Asian ones await review by speakers of each language.
 */
export const languagesEn = {
  'languages.alsoIn': 'Also in:',
  'languages.showVersion': 'Show the version in {lang}',
  'languages.status.original': 'original',
  'languages.status.checked': 'translation, checked',
  'languages.status.unchecked': 'translation, not checked',
};

type LanguagesCatalog = Record<keyof typeof languagesEn, string>;

export const languagesRu: LanguagesCatalog = {
  'languages.alsoIn': 'Есть также на языках:',
  'languages.showVersion': 'Показать версию: {lang}',
  'languages.status.original': 'оригинал',
  'languages.status.checked': 'перевод, проверен',
  'languages.status.unchecked': 'перевод, не проверен',
};

export const languagesKk: LanguagesCatalog = {
  'languages.alsoIn': 'Басқа тілдерде:',
  'languages.showVersion': 'Нұсқасын көрсету: {lang}',
  'languages.status.original': 'түпнұсқа',
  'languages.status.checked': 'аударма, тексерілген',
  'languages.status.unchecked': 'аударма, тексерілмеген',
};

export const languagesKy: LanguagesCatalog = {
  'languages.alsoIn': 'Башка тилдерде:',
  'languages.showVersion': 'Нускасын көрсөтүү: {lang}',
  'languages.status.original': 'түп нуска',
  'languages.status.checked': 'котормо, текшерилген',
  'languages.status.unchecked': 'котормо, текшерилген эмес',
};

export const languagesTg: LanguagesCatalog = {
  'languages.alsoIn': 'Ба забонҳои дигар:',
  'languages.showVersion': 'Нишон додани нусха: {lang}',
  'languages.status.original': 'асл',
  'languages.status.checked': 'тарҷума, санҷидашуда',
  'languages.status.unchecked': 'тарҷума, санҷиданашуда',
};

export const languagesTk: LanguagesCatalog = {
  'languages.alsoIn': 'Beýleki dillerde:',
  'languages.showVersion': 'Nusgasyny görkez: {lang}',
  'languages.status.original': 'asyl nusga',
  'languages.status.checked': 'terjime, barlanan',
  'languages.status.unchecked': 'terjime, barlanmadyk',
};

export const languagesUz: LanguagesCatalog = {
  'languages.alsoIn': 'Boshqa tillarda:',
  'languages.showVersion': 'Nusxasini koʻrsatish: {lang}',
  'languages.status.original': 'asl nusxa',
  'languages.status.checked': 'tarjima, tekshirilgan',
  'languages.status.unchecked': 'tarjima, tekshirilmagan',
};
