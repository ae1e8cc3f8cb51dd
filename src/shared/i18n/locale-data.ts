/**
 * The CLDR data the interface formats with, per interface language, shipped with the product rather than
 * taken from the browser: Debian's Chromium has no date data for Kazakh or Uzbek ("2026 M12 11") and
 * answers Kyrgyz, Tajik and Turkmen in US English. Patterns and names are those of CLDR 46 (as Node's
 * full ICU gives them); Uzbek in Cyrillic follows CLDR's uz-Cyrl.
 *
 * Patterns: {d} day, {MMMM} month name (the form used with a day), {MMM} its abbreviation, {y} year,
 * {time} the time; times are 24-hour except in English.
 */
export interface LocaleData {
  months: readonly string[];
  monthsShort: readonly string[];
  /** Monday first. */
  weekdays: readonly string[];
  long: string;
  medium: string;
  /** How a date and a time are joined. */
  dateTime: string;
  hour12: boolean;
  group: string;
  decimal: string;
  /** Words joining the last two items of a list ("a, b and c"), and whether a comma precedes them. */
  listAnd: string;
  listSerialComma: boolean;
  /** CLDR cardinal plural rule. */
  plural: 'en' | 'ru' | 'oneOther';
}

const NBSP = '\u00a0';

/** What the region's languages other than English share: a 24-hour clock, 1\u00a0234,5, no serial comma. */
const REGIONAL = { hour12: false, group: NBSP, decimal: ',', listSerialComma: false } as const;

const en: LocaleData = {
  months: 'January February March April May June July August September October November December'.split(' '),
  monthsShort: 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' '),
  weekdays: 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(' '),
  long: '{MMMM} {d}, {y}',
  medium: '{MMM} {d}, {y}',
  dateTime: '{date}, {time}',
  hour12: true,
  group: ',',
  decimal: '.',
  listAnd: 'and',
  listSerialComma: true,
  plural: 'en',
};

const ru: LocaleData = {
  ...REGIONAL,
  months: 'января февраля марта апреля мая июня июля августа сентября октября ноября декабря'.split(' '),
  monthsShort: 'янв. февр. мар. апр. мая июн. июл. авг. сент. окт. нояб. дек.'.split(' '),
  weekdays: 'понедельник вторник среда четверг пятница суббота воскресенье'.split(' '),
  long: '{d} {MMMM} {y} г.',
  medium: '{d} {MMM} {y} г.',
  dateTime: '{date}, {time}',
  listAnd: 'и',
  plural: 'ru',
};

const kk: LocaleData = {
  ...REGIONAL,
  months: 'қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан'.split(' '),
  monthsShort: 'қаң. ақп. нау. сәу. мам. мау. шіл. там. қыр. қаз. қар. жел.'.split(' '),
  weekdays: 'дүйсенбі сейсенбі сәрсенбі бейсенбі жұма сенбі жексенбі'.split(' '),
  long: '{y} ж. {d} {MMMM}',
  medium: '{y} ж. {d} {MMM}',
  dateTime: '{date}, {time}',
  listAnd: 'және',
  plural: 'oneOther',
};

const ky: LocaleData = {
  ...REGIONAL,
  months: 'январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь'.split(' '),
  monthsShort: 'янв. фев. мар. апр. май июн. июл. авг. сен. окт. ноя. дек.'.split(' '),
  weekdays: 'дүйшөмбү шейшемби шаршемби бейшемби жума ишемби жекшемби'.split(' '),
  long: '{y}-ж., {d}-{MMMM}',
  medium: '{y}-ж., {d}-{MMM}',
  dateTime: '{date} {time}',
  listAnd: 'жана',
  plural: 'oneOther',
};

const tg: LocaleData = {
  ...REGIONAL,
  months: 'Январ Феврал Март Апрел Май Июн Июл Август Сентябр Октябр Ноябр Декабр'.split(' '),
  monthsShort: 'Янв Фев Мар Апр Май Июн Июл Авг Сен Окт Ноя Дек'.split(' '),
  weekdays: 'Душанбе Сешанбе Чоршанбе Панҷшанбе Ҷумъа Шанбе Якшанбе'.split(' '),
  long: '{d} {MMMM} {y}',
  medium: '{d} {MMM} {y}',
  dateTime: '{date}, {time}',
  listAnd: 'ва',
  plural: 'oneOther',
};

const tk: LocaleData = {
  ...REGIONAL,
  months: 'ýanwar fewral mart aprel maý iýun iýul awgust sentýabr oktýabr noýabr dekabr'.split(' '),
  monthsShort: 'ýan few mart apr maý iýun iýul awg sen okt noý dek'.split(' '),
  weekdays: 'Duşenbe Sişenbe Çarşenbe Penşenbe Anna Şenbe Ýekşenbe'.split(' '),
  long: '{d} {MMMM} {y}',
  medium: '{d} {MMM} {y}',
  dateTime: '{date}, {time}',
  listAnd: 'we',
  plural: 'oneOther',
};

const uz: LocaleData = {
  ...REGIONAL,
  months: 'yanvar fevral mart aprel may iyun iyul avgust sentabr oktabr noyabr dekabr'.split(' '),
  monthsShort: 'yan fev mar apr may iyn iyl avg sen okt noy dek'.split(' '),
  weekdays: 'dushanba seshanba chorshanba payshanba juma shanba yakshanba'.split(' '),
  long: '{d}-{MMMM}, {y}',
  medium: '{d}-{MMM}, {y}',
  dateTime: '{date}, {time}',
  listAnd: 'va',
  plural: 'oneOther',
};

const uzCyrl: LocaleData = {
  ...REGIONAL,
  months: 'январ феврал март апрел май июн июл август сентябр октябр ноябр декабр'.split(' '),
  monthsShort: 'янв фев мар апр май июн июл авг сен окт ноя дек'.split(' '),
  weekdays: 'душанба сешанба чоршанба пайшанба жума шанба якшанба'.split(' '),
  long: '{d} {MMMM}, {y}',
  medium: '{d} {MMM}, {y}',
  dateTime: '{date} {time}',
  listAnd: 'ва',
  plural: 'oneOther',
};

export const LOCALE_DATA = { en, ru, kk, ky, tg, tk, uz, 'uz-Cyrl': uzCyrl } as const;
export type FormatLanguage = keyof typeof LOCALE_DATA;

/** The data for a tag: its own, its base language's ("kk-Latn" → kk), else English. */
export function localeData(lang: string): LocaleData {
  if (lang in LOCALE_DATA) return LOCALE_DATA[lang as FormatLanguage];
  const base = lang.split('-')[0]!;
  return base in LOCALE_DATA ? LOCALE_DATA[base as FormatLanguage] : en;
}
