import { useState } from 'react';
import type { FloorKind } from '../../../shared/live/room.ts';
import { FloorKind as Kinds } from '../../../shared/live/room.ts';
import { ContentOption } from '../../components/multi-text.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { LiveConnection } from './live-connection.ts';
import type { RoomNames } from './room-names.ts';
import { useActor } from './use-actor.ts';
import { ErrorNote } from '../../components/status.tsx';

/**
 * The chair's hand on the list: open or close it, set the agenda item under discussion, and put
 * someone on the list (who raised a hand in the hall, or asked in the chat). Those connected to the
 * room come first; the others are listed too, for the hall of a hybrid meeting.
 */
export function ChairTools({ conn, names }: { conn: LiveConnection; names: RoomNames }) {
  const { t } = useI18n();
  const { run, error } = useActor();
  const view = conn.view!;
  const { floor, presence } = view.room;
  const [who, setWho] = useState('');
  const [kind, setKind] = useState<FloorKind>('statement');
  const waiting = new Set(floor.queue.map((q) => q.participantId));
  const here = new Set(presence.map((p) => p.participantId).filter(Boolean));
  const candidates = view.record.participants.filter((p) => p.invitation === 'accepted' && !waiting.has(p.id));
  const option = (p: (typeof candidates)[number]) => (
    <option key={p.id} value={p.id}>
      {names.label(p.id, t('live.secretariat'))}
    </option>
  );
  const inRoom = candidates.filter((p) => here.has(p.id));
  const away = candidates.filter((p) => !here.has(p.id));
  return (
    <div className="chair-tools">
      <div className="live-controls">
        <button
          className="button-secondary"
          type="button"
          onClick={() => run(() => conn.act({ type: 'floor.open', open: !floor.open }))}
        >
          {floor.open ? t('room.closeList') : t('room.openList')}
        </button>
      </div>
      <div className="field">
        <label htmlFor="room-agenda-item">{t('room.setAgendaItem')}</label>
        <select
          id="room-agenda-item"
          value={floor.agendaItemId ?? ''}
          onChange={(e) => void run(() => conn.act({ type: 'floor.agenda', agendaItemId: e.target.value || null }))}
        >
          <option value="">{t('room.agendaNone')}</option>
          {view.record.agenda.map((a) => (
            <ContentOption key={a.id} value={a.id} name={a.title} prefix={`${a.position}. `} />
          ))}
        </select>
      </div>
      <form
        className="enlist"
        aria-labelledby="enlist-title"
        onSubmit={(e) => {
          e.preventDefault();
          void run(() => conn.act({ type: 'floor.enlist', participantId: who, kind })).then((ok) => ok && setWho(''));
        }}
      >
        <h3 id="enlist-title">{t('room.enlist')}</h3>
        <div className="field">
          <label htmlFor="enlist-who">{t('room.enlistWho')}</label>
          <select id="enlist-who" value={who} onChange={(e) => setWho(e.target.value)} required>
            <option value="">—</option>
            {inRoom.length > 0 && <optgroup label={t('room.inRoom')}>{inRoom.map(option)}</optgroup>}
            {away.length > 0 && <optgroup label={t('room.notConnected')}>{away.map(option)}</optgroup>}
          </select>
        </div>
        <div className="field">
          <label htmlFor="enlist-kind">{t('room.enlistKind')}</label>
          <select id="enlist-kind" value={kind} onChange={(e) => setKind(e.target.value as FloorKind)}>
            {Kinds.options.map((k) => (
              <option key={k} value={k}>
                {t(`live.kind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <button className="button-secondary" type="submit" disabled={!who}>
          {t('room.enlistSubmit')}
        </button>
      </form>
      {error && <ErrorNote>{error}</ErrorNote>}
    </div>
  );
}
