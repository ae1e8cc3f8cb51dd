import { localeData, type LocaleData } from './locale-data.ts';

/*
 * Dates, numbers, plurals and lists written from the product's own CLDR data (locale-data.ts), in every
 * interface language, English and Russian included: nothing here reads a locale's data from the runtime.
 * The runtime is asked only what it always has: a zone's wall-clock time (tz data, through en-US) and
 * digits grouped the en-US way, whose separators are then replaced.
 */

export interface DateTimeOptions {
  /** 'long': "22 June 2020"; 'medium' (and 'short'): abbreviated month; undefined: no date. */
  dateStyle?: Intl.DateTimeFormatOptions['dateStyle'];
  /** Any style shows hours and minutes; undefined: no time. */
  timeStyle?: Intl.DateTimeFormatOptions['timeStyle'];
  /** 'h23' forces a 24-hour clock (English otherwise writes "10:00 AM"). */
  hourCycle?: Intl.DateTimeFormatOptions['hourCycle'];
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const wallClocks = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock time of an instant in a zone. */
export function wallClock(iso: string | Date, zone: string): WallClock {
  let format = wallClocks.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    wallClocks.set(zone, format);
  }
  const parts = format.formatToParts(typeof iso === 'string' ? new Date(iso) : iso);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour') % 24, minute: get('minute') };
}

const fill = (pattern: string, values: Record<string, string>) =>
  pattern.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');

function datePart(w: WallClock, data: LocaleData, style: 'long' | 'medium'): string {
  return fill(style === 'long' ? data.long : data.medium, {
    d: String(w.day),
    MMMM: data.months[w.month - 1]!,
    MMM: data.monthsShort[w.month - 1]!,
    y: String(w.year),
  });
}

function timePart(w: WallClock, data: LocaleData, hour12: boolean): string {
  const mm = String(w.minute).padStart(2, '0');
  if (!hour12) return `${String(w.hour).padStart(2, '0')}:${mm}`;
  return `${w.hour % 12 || 12}:${mm} ${w.hour < 12 ? 'AM' : 'PM'}`;
}

/** "22 июня 2020 г., 10:00": an instant in a zone, written the way the language writes it. */
export function formatDateTime(iso: string, zone: string, lang: string, options: DateTimeOptions = {}): string {
  const { dateStyle, timeStyle } = { dateStyle: 'medium', timeStyle: 'short', ...options } as DateTimeOptions;
  const data = localeData(lang);
  const w = wallClock(iso, zone);
  const date = dateStyle ? datePart(w, data, dateStyle === 'long' || dateStyle === 'full' ? 'long' : 'medium') : '';
  const hour12 = options.hourCycle ? options.hourCycle === 'h11' || options.hourCycle === 'h12' : data.hour12;
  const time = timeStyle ? timePart(w, data, hour12) : '';
  if (date && time) return fill(data.dateTime, { date, time });
  return date || time;
}

/** "22 June 2020": a calendar day (YYYY-MM-DD), which has no zone. */
export function formatDate(isoDate: string, lang: string): string {
  return formatDateTime(`${isoDate.slice(0, 10)}T12:00:00Z`, 'UTC', lang, { dateStyle: 'long', timeStyle: undefined });
}

/** A weekday's name; 0 is Monday. */
export function weekdayName(index: number, lang: string): string {
  return localeData(lang).weekdays[((index % 7) + 7) % 7]!;
}

const digitFormats = new Map<string, Intl.NumberFormat>();

/** A number with the language's separators ("1 234,5" in Russian). */
export function formatNumber(value: number, lang: string, options: Intl.NumberFormatOptions = {}): string {
  const key = JSON.stringify(options);
  let format = digitFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat('en-US', options);
    digitFormats.set(key, format);
  }
  const data = localeData(lang);
  return format
    .formatToParts(value)
    .map((p) => (p.type === 'group' ? data.group : p.type === 'decimal' ? data.decimal : p.value))
    .join('');
}

/** "a, b and c" in the language. */
export function formatList(items: readonly string[], lang: string): string {
  const data = localeData(lang);
  if (items.length <= 1) return items.join('');
  if (items.length === 2) return `${items[0]} ${data.listAnd} ${items[1]}`;
  const head = items.slice(0, -1).join(', ');
  return `${head}${data.listSerialComma ? ',' : ''} ${data.listAnd} ${items.at(-1)}`;
}

/** CLDR cardinal plural categories of the language (integers and decimals, as CLDR's operands i and v). */
export function pluralCategory(value: number, lang: string): Intl.LDMLPluralRule {
  const rule = localeData(lang).plural;
  const n = Math.abs(value);
  const integer = Number.isInteger(n);
  const i = Math.trunc(n);
  if (rule === 'oneOther') return n === 1 ? 'one' : 'other';
  if (rule === 'en') return i === 1 && integer ? 'one' : 'other';
  if (!integer) return 'other';
  const mod10 = i % 10;
  const mod100 = i % 100;
  if (mod10 === 1 && mod100 !== 11) return 'one';
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return 'few';
  return 'many';
}

export function pluralCategories(lang: string): Intl.LDMLPluralRule[] {
  const rule = localeData(lang).plural;
  return rule === 'ru' ? ['one', 'few', 'many', 'other'] : ['one', 'other'];
}

/** An Intl.PluralRules look-alike over the shipped rules, for intl-messageformat. */
export function pluralRules(lang: string): Intl.PluralRules {
  const rules = {
    select: (n: number) => pluralCategory(n, lang),
    resolvedOptions: () => ({ locale: lang, pluralCategories: pluralCategories(lang), type: 'cardinal' }),
  };
  // intl-messageformat calls only these two of Intl.PluralRules' members; the type asks for them all.
  return rules as unknown as Intl.PluralRules;
}

/** An Intl.NumberFormat look-alike over formatNumber, for intl-messageformat's "#" and {n, number}. */
export function numberFormat(lang: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const format = { format: (n: number) => formatNumber(n, lang, options) };
  // intl-messageformat calls only format(); the type asks for every member of Intl.NumberFormat.
  return format as unknown as Intl.NumberFormat;
}
