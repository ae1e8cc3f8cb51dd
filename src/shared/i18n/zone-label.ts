import { isMessageKey, type Translate } from './translate.ts';

/** The region's zones by their city in the reader's language ("Ташкент"); any other by its IANA name. */
export function zoneLabel(t: Translate, zone: string): string {
  const key = `zone.${zone}`;
  return isMessageKey(key) ? t(key) : zone;
}
