import { useText } from '../../components/multi-text.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { LiveConnection } from './live-connection.ts';
import type { RoomNames } from './room-names.ts';

/** Who is in the room now, with institution and country. */
export function PresencePanel({ conn, names }: { conn: LiveConnection; names: RoomNames }) {
  const { t } = useI18n();
  const text = useText();
  const { presence } = conn.view!.room;
  return (
    <div className="live-presence">
      <p className="muted">{t('live.present', { count: presence.length })}</p>
      <ul className="people-list">
        {presence.map((p) => (
          <li key={p.userId}>
            <span>
              {p.name ? text(p.name) : t('live.secretariat')}
              {p.participantId
                ? p.organizationId && <span className="muted"> · {names.orgName(p.organizationId)}</span>
                : p.name && <span className="muted"> · {t('live.secretariat')}</span>}
            </span>
            {p.countryCode && <span className="badge">{p.countryCode}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
