import { formatDateTime, type DateTimeOptions } from '../../shared/i18n/locale-format.ts';
import type { Translate } from '../../shared/i18n/translator.ts';
import { zoneLabel } from '../../shared/i18n/zone-label.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

/** An instant in the host's zone and, when it differs, in the viewer's own. */
export function ZoneTimes({ iso, hostZone }: { iso: string; hostZone: string }) {
  const { t, lang, zone } = useI18n();
  const host = formatDateTime(iso, hostZone, lang);
  const mine = formatDateTime(iso, zone, lang);
  return (
    <p className="times">
      <time dateTime={iso}>{t('dialogues.hostTime', { time: host, zone: zoneLabel(t, hostZone) })}</time>
      {zone !== hostZone && (
        <>
          <br />
          <span className="muted">{t('dialogues.yourTime', { time: mine, zone: zoneLabel(t, zone) })}</span>
        </>
      )}
    </p>
  );
}

/**
 * An instant in a zone (the reader's own unless another is named), the zone named beside it: no time is
 * shown without its zone.
 */
export function LocalTime({ iso, zone, options }: { iso: string; zone?: string; options?: DateTimeOptions }) {
  const { t, lang, zone: own } = useI18n();
  const shown = zone ?? own;
  return (
    <time dateTime={iso} className="zoned">
      {formatDateTime(iso, shown, lang, options)} <span className="muted zone">{zoneLabel(t, shown)}</span>
    </time>
  );
}

/** The same as text, for a sentence that holds a time: "22 июня 2020 г., 10:00 (Алматы)". */
export function zonedText(t: Translate, iso: string, zone: string, lang: string, options?: DateTimeOptions): string {
  return `${formatDateTime(iso, zone, lang, options)} (${zoneLabel(t, zone)})`;
}
