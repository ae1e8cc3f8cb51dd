import type { Translate } from './translator.ts';

/** The zones the catalogs name by their city (`zone.Asia/Almaty` …). */
const NAMED_ZONES = [
  'Asia/Almaty',
  'Asia/Aqtobe',
  'Asia/Ashgabat',
  'Asia/Bishkek',
  'Asia/Dushanbe',
  'Asia/Samarkand',
  'Asia/Shanghai',
  'Asia/Tashkent',
] as const;
type NamedZone = (typeof NAMED_ZONES)[number];
const isNamed = (zone: string): zone is NamedZone => (NAMED_ZONES as readonly string[]).includes(zone);

/** The region's zones by their city in the reader's language ("Ташкент"); any other by its IANA name. */
export function zoneLabel(t: Translate, zone: string): string {
  return isNamed(zone) ? t(`zone.${zone}`) : zone;
}
