import { formatDateTime } from '../../shared/i18n/translate.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

/** An instant in the host's zone and, when it differs, in the viewer's own. */
export function ZoneTimes({ iso, hostZone }: { iso: string; hostZone: string }) {
  const { t, lang, zone } = useI18n();
  const host = formatDateTime(iso, hostZone, lang);
  const mine = formatDateTime(iso, zone, lang);
  return (
    <p className="times">
      <time dateTime={iso}>{t('dialogues.hostTime', { time: host, zone: hostZone })}</time>
      {zone !== hostZone && (
        <>
          <br />
          <span className="muted">{t('dialogues.yourTime', { time: mine, zone })}</span>
        </>
      )}
    </p>
  );
}

/** An instant in the reader's own zone, the zone named beside it: no time is shown without its zone. */
export function LocalTime({ iso }: { iso: string }) {
  const { lang, zone } = useI18n();
  return (
    <time dateTime={iso}>
      {formatDateTime(iso, zone, lang)} <span className="muted">{zone}</span>
    </time>
  );
}
