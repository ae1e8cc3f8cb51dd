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
  'languages.status.machineChecked': 'machine translation, checked',
  'languages.status.machineUnchecked': 'machine translation, not checked',
  'languages.machine': 'Machine translation',
};

type LanguagesCatalog = Record<keyof typeof languagesEn, string>;

export const languagesRu: LanguagesCatalog = {
  'languages.alsoIn': 'Есть также на языках:',
  'languages.showVersion': 'Показать версию: {lang}',
  'languages.status.original': 'оригинал',
  'languages.status.checked': 'перевод, проверен',
  'languages.status.unchecked': 'перевод, не проверен',
  'languages.status.machineChecked': 'машинный перевод, проверен',
  'languages.status.machineUnchecked': 'машинный перевод, не проверен',
  'languages.machine': 'Машинный перевод',
};

export const languagesKk: LanguagesCatalog = {
  'languages.alsoIn': 'Басқа тілдерде:',
  'languages.showVersion': 'Нұсқасын көрсету: {lang}',
  'languages.status.original': 'түпнұсқа',
  'languages.status.checked': 'аударма, тексерілген',
  'languages.status.unchecked': 'аударма, тексерілмеген',
  'languages.status.machineChecked': 'машиналық аударма, тексерілген',
  'languages.status.machineUnchecked': 'машиналық аударма, тексерілмеген',
  'languages.machine': 'Машиналық аударма',
};

export const languagesKy: LanguagesCatalog = {
  'languages.alsoIn': 'Башка тилдерде:',
  'languages.showVersion': 'Нускасын көрсөтүү: {lang}',
  'languages.status.original': 'түп нуска',
  'languages.status.checked': 'котормо, текшерилген',
  'languages.status.unchecked': 'котормо, текшерилген эмес',
  'languages.status.machineChecked': 'машиналык котормо, текшерилген',
  'languages.status.machineUnchecked': 'машиналык котормо, текшерилген эмес',
  'languages.machine': 'Машиналык котормо',
};

export const languagesTg: LanguagesCatalog = {
  'languages.alsoIn': 'Ба забонҳои дигар:',
  'languages.showVersion': 'Нишон додани нусха: {lang}',
  'languages.status.original': 'асл',
  'languages.status.checked': 'тарҷума, санҷидашуда',
  'languages.status.unchecked': 'тарҷума, санҷиданашуда',
  'languages.status.machineChecked': 'тарҷумаи мошинӣ, санҷидашуда',
  'languages.status.machineUnchecked': 'тарҷумаи мошинӣ, санҷиданашуда',
  'languages.machine': 'Тарҷумаи мошинӣ',
};

export const languagesTk: LanguagesCatalog = {
  'languages.alsoIn': 'Beýleki dillerde:',
  'languages.showVersion': 'Nusgasyny görkez: {lang}',
  'languages.status.original': 'asyl nusga',
  'languages.status.checked': 'terjime, barlanan',
  'languages.status.unchecked': 'terjime, barlanmadyk',
  'languages.status.machineChecked': 'maşyn terjimesi, barlanan',
  'languages.status.machineUnchecked': 'maşyn terjimesi, barlanmadyk',
  'languages.machine': 'Maşyn terjimesi',
};

export const languagesUz: LanguagesCatalog = {
  'languages.alsoIn': 'Boshqa tillarda:',
  'languages.showVersion': 'Nusxasini koʻrsatish: {lang}',
  'languages.status.original': 'asl nusxa',
  'languages.status.checked': 'tarjima, tekshirilgan',
  'languages.status.unchecked': 'tarjima, tekshirilmagan',
  'languages.status.machineChecked': 'mashina tarjimasi, tekshirilgan',
  'languages.status.machineUnchecked': 'mashina tarjimasi, tekshirilmagan',
  'languages.machine': 'Mashina tarjimasi',
};
