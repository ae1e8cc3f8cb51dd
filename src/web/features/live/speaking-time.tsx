import type { RoomView } from '../../../shared/live/room-view.ts';
import { api } from '../../api/client.ts';
import { useText } from '../../components/multi-text.tsx';
import { useAsync } from '../../components/use-async.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { LiveConnection } from './live-connection.ts';
import type { RoomNames } from './room-names.ts';
import { useTicker } from './use-live-room.ts';

const minutes = (seconds: number) => `${Math.floor(seconds / 60)}:${String(Math.round(seconds % 60)).padStart(2, '0')}`;

/** Finished turns plus the running one, so the totals move while someone speaks. */
function totals(view: RoomView, serverNow: number, names: RoomNames) {
  const { speakingTime, current } = view.room.floor;
  const running = current ? Math.max(0, (serverNow - Date.parse(current.grantedAt)) / 1000) : 0;
  const add = (list: { key: string; seconds: number }[], key: string | null | undefined) => {
    if (!current || !key) return list;
    const found = list.find((x) => x.key === key);
    return found
      ? list.map((x) => (x === found ? { ...x, seconds: x.seconds + running } : x))
      : [...list, { key, seconds: running }];
  };
  const org = names.orgOf(current?.participantId);
  return {
    people: add(
      speakingTime.byParticipant.map((p) => ({ key: p.participantId, seconds: p.seconds })),
      current?.participantId,
    ),
    orgs: add(
      speakingTime.byOrganization.map((o) => ({ key: o.organizationId, seconds: o.seconds })),
      org?.id,
    ),
    countries: add(
      speakingTime.byCountry.map((c) => ({ key: c.countryCode, seconds: c.seconds })),
      org?.countryCode,
    ),
  };
}

export function SpeakingTime({ conn, names }: { conn: LiveConnection; names: RoomNames }) {
  const { t } = useI18n();
  const text = useText();
  // Countries by their name in the reader's language, as everywhere else; the code while the names load.
  const countryNames = useAsync(() => api.directory.countries(), 'countries');
  const countryName = (code: string) => text(countryNames.data?.find((c) => c.code === code)?.name) || code;
  useTicker(1_000);
  const { people, orgs, countries } = totals(conn.view!, conn.serverNow(), names);
  const table = (caption: string, rows: { key: string; seconds: number }[], label: (key: string) => string) => (
    <table className="time-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('live.who')}</th>
          <th scope="col" className="num">
            {t('live.minutes')}
          </th>
        </tr>
      </thead>
      <tbody>
        {[...rows]
          .sort((a, b) => b.seconds - a.seconds)
          .map((r) => (
            <tr key={r.key}>
              <th scope="row">{label(r.key)}</th>
              <td className="num">{minutes(r.seconds)}</td>
            </tr>
          ))}
      </tbody>
    </table>
  );
  return (
    <section aria-labelledby="time-title" className="live-time">
      <h3 id="time-title">{t('live.speakingTime')}</h3>
      {people.length === 0 ? (
        <p className="muted">{t('live.noTurnsYet')}</p>
      ) : (
        <>
          {table(t('live.byPerson'), people, (id) => names.person(id))}
          {table(t('live.byInstitution'), orgs, (id) => names.orgName(id))}
          {table(t('live.byCountry'), countries, countryName)}
        </>
      )}
    </section>
  );
}
