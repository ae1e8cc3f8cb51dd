/**
 * A dialogue's venue and theme, and the publishing steps: in every interface language. The Central Asian
 * ones await review by speakers of each language, as the other catalogs in messages-more.ts do.
 */
export const generatorsEn = {
  'dialogue.venue': 'Venue',
  'dialogue.theme': 'Theme',
  'dialogue.field.venueCity': 'City',
  'dialogue.field.venuePlace': 'Place (building, hall)',
  'dialogue.field.venueHint': 'The press release names the city in its dateline. Leave it empty for an online meeting.',
  'dialogue.field.theme': 'Theme or subtitle',
};
type GeneratorsCatalog = Record<keyof typeof generatorsEn, string>;

export const generatorsRu: GeneratorsCatalog = {
  'dialogue.venue': 'Место проведения',
  'dialogue.theme': 'Тема',
  'dialogue.field.venueCity': 'Город',
  'dialogue.field.venuePlace': 'Место (здание, зал)',
  'dialogue.field.venueHint': 'Город указывается в начале пресс-релиза. Для встречи онлайн оставьте поле пустым.',
  'dialogue.field.theme': 'Тема или подзаголовок',
};

export const generatorsKk: GeneratorsCatalog = {
  'dialogue.venue': 'Өтетін орны',
  'dialogue.theme': 'Тақырыбы',
  'dialogue.field.venueCity': 'Қала',
  'dialogue.field.venuePlace': 'Орны (ғимарат, зал)',
  'dialogue.field.venueHint': 'Қала баспасөз релизінің басында аталады. Онлайн кездесу үшін бос қалдырыңыз.',
  'dialogue.field.theme': 'Тақырыбы немесе тақырыпшасы',
};

export const generatorsKy: GeneratorsCatalog = {
  'dialogue.venue': 'Өтүүчү жери',
  'dialogue.theme': 'Темасы',
  'dialogue.field.venueCity': 'Шаар',
  'dialogue.field.venuePlace': 'Жери (имарат, зал)',
  'dialogue.field.venueHint': 'Шаар пресс-релиздин башында аталат. Онлайн жолугушуу үчүн бош калтырыңыз.',
  'dialogue.field.theme': 'Темасы же кошумча аталышы',
};

export const generatorsTg: GeneratorsCatalog = {
  'dialogue.venue': 'Ҷойи баргузорӣ',
  'dialogue.theme': 'Мавзӯъ',
  'dialogue.field.venueCity': 'Шаҳр',
  'dialogue.field.venuePlace': 'Ҷой (бино, толор)',
  'dialogue.field.venueHint': 'Шаҳр дар оғози иттилоия номбар мешавад. Барои вохӯрии онлайн холӣ гузоред.',
  'dialogue.field.theme': 'Мавзӯъ ё зерсарлавҳа',
};

export const generatorsTk: GeneratorsCatalog = {
  'dialogue.venue': 'Geçirilýän ýeri',
  'dialogue.theme': 'Temasy',
  'dialogue.field.venueCity': 'Şäher',
  'dialogue.field.venuePlace': 'Ýeri (bina, zal)',
  'dialogue.field.venueHint': 'Şäher metbugat beýanatynyň başynda görkezilýär. Onlaýn duşuşyk üçin boş goýuň.',
  'dialogue.field.theme': 'Temasy ýa-da kiçi sözbaşy',
};

export const generatorsUz: GeneratorsCatalog = {
  'dialogue.venue': 'Oʻtkaziladigan joy',
  'dialogue.theme': 'Mavzu',
  'dialogue.field.venueCity': 'Shahar',
  'dialogue.field.venuePlace': 'Joy (bino, zal)',
  'dialogue.field.venueHint': 'Shahar press-relizning boshida koʻrsatiladi. Onlayn uchrashuv uchun boʻsh qoldiring.',
  'dialogue.field.theme': 'Mavzu yoki kichik sarlavha',
};
