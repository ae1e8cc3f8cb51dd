import { useState } from 'react';
import type { FloorKind, FloorRequest } from '../../../shared/live/room.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { ChairTools } from './chair-tools.tsx';
import type { LiveConnection } from './live-connection.ts';
import type { RoomNames } from './room-names.ts';
import { SpeakingTime } from './speaking-time.tsx';
import { useActor } from './use-actor.ts';
import { ErrorNote } from '../../components/status.tsx';

/** The other ways to ask; a plain request is the control bar's "Ask for the floor". */
const OTHER_KINDS: FloorKind[] = ['reply', 'point_of_order'];

/** The speakers' list: who waits, the chair's controls beside each name, the list's state, speaking time. */
export function FloorPanel({ conn, names }: { conn: LiveConnection; names: RoomNames }) {
  const { t } = useI18n();
  const { run, error } = useActor();
  const view = conn.view!;
  const { floor } = view.room;
  const you = view.you;
  const mine = floor.queue.find((q) => q.participantId === you.participantId);
  const move = (from: number, to: number) => {
    const order = floor.queue.map((q) => q.requestId);
    const [id] = order.splice(from, 1);
    order.splice(to, 0, id!);
    return run(() => conn.act({ type: 'floor.reorder', order }));
  };
  const who = (q: FloorRequest) => {
    const org = names.orgName(names.orgOf(q.participantId)?.id);
    return org ? `${names.person(q.participantId)} (${org})` : names.person(q.participantId);
  };

  return (
    <div className="live-floor">
      <p className={`list-state ${floor.open ? 'open' : 'closed'}`} role="status" data-testid="list-state">
        {floor.open ? t('room.listOpen') : t('room.listClosed')}
      </p>
      <h3>{t('live.queue', { count: floor.queue.length })}</h3>
      {floor.queue.length === 0 ? <p className="muted">{t('room.nobodyWaiting')}</p> : null}
      <ol className="live-queue" aria-label={t('live.queueLabel')}>
        {floor.queue.map((q, i) => (
          <li key={q.requestId}>
            <span className="queue-who">
              {who(q)} <span className="badge">{t(`live.kind.${q.kind}`)}</span>
            </span>
            {you.canModerate && (
              <span className="live-controls">
                <button
                  className="button-secondary small"
                  type="button"
                  onClick={() => run(() => conn.act({ type: 'floor.grant', requestId: q.requestId }))}
                >
                  {t('live.grant')}
                </button>
                <button
                  className="button-secondary small"
                  type="button"
                  disabled={i === 0}
                  aria-label={t('live.moveUp', { name: who(q) })}
                  onClick={() => move(i, i - 1)}
                >
                  ↑
                </button>
                <button
                  className="button-secondary small"
                  type="button"
                  disabled={i === floor.queue.length - 1}
                  aria-label={t('live.moveDown', { name: who(q) })}
                  onClick={() => move(i, i + 1)}
                >
                  ↓
                </button>
                <button
                  className="button-quiet"
                  type="button"
                  onClick={() => run(() => conn.act({ type: 'floor.revoke', requestId: q.requestId }))}
                >
                  {t('live.remove')}
                </button>
              </span>
            )}
          </li>
        ))}
      </ol>
      {you.canModerate && floor.queue.length > 0 && (
        <button className="button-primary" type="button" onClick={() => run(() => conn.act({ type: 'floor.grant' }))}>
          {t('live.grantNext')}
        </button>
      )}

      {you.canAct &&
        you.participantId &&
        !mine &&
        (floor.open ? (
          <div className="live-request live-controls" role="group" aria-label={t('live.requestFloor')}>
            {OTHER_KINDS.map((kind) => (
              <button
                className="button-secondary"
                key={kind}
                type="button"
                onClick={() => run(() => conn.act({ type: 'floor.request', kind }))}
              >
                {t(`live.request.${kind}`)}
              </button>
            ))}
          </div>
        ) : (
          <p className="muted">{t('room.closedNote')}</p>
        ))}
      {error && <ErrorNote>{error}</ErrorNote>}
      {you.canModerate && <ChairTools conn={conn} names={names} />}
      {you.canModerate && <FloorSettings conn={conn} />}
      <SpeakingTime conn={conn} names={names} />
    </div>
  );
}

function FloorSettings({ conn }: { conn: LiveConnection }) {
  const { t } = useI18n();
  const { run } = useActor();
  const { floor } = conn.view!.room;
  const [limit, setLimit] = useState(String(floor.timeLimitSeconds / 60));
  return (
    <details className="live-settings">
      <summary>{t('live.settings')}</summary>
      <form
        className="settings-row"
        onSubmit={(e) => {
          e.preventDefault();
          void run(() => conn.act({ type: 'floor.settings', timeLimitSeconds: Math.round(Number(limit) * 60) }));
        }}
      >
        <label>
          {t('live.timeLimit')}{' '}
          <input
            type="number"
            min={0.25}
            max={60}
            step={0.25}
            value={limit}
            onChange={(e) => setLimit(e.target.value)}
          />
        </label>
        <button className="button-secondary" type="submit">
          {t('form.save')}
        </button>
      </form>
      <label>
        <input
          type="checkbox"
          checked={floor.balanced}
          onChange={(e) => void run(() => conn.act({ type: 'floor.settings', balanced: e.target.checked }))}
        />{' '}
        {t('live.balanced')}
      </label>
      <label>
        {t('live.videoPolicy')}{' '}
        <select
          value={floor.videoPolicy}
          onChange={(e) =>
            void run(() => conn.act({ type: 'floor.settings', videoPolicy: e.target.value as 'everyone' }))
          }
        >
          <option value="everyone">{t('live.video.everyone')}</option>
          <option value="floor_and_chair">{t('live.video.floor_and_chair')}</option>
        </select>
      </label>
    </details>
  );
}
