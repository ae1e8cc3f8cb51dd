import { useState } from 'react';
import type { FloorKind, FloorRequest } from '../../../shared/live/room.ts';
import { secondsLeft } from '../../../shared/live/room-view.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { LiveConnection } from './live-connection.ts';
import type { RoomNames } from './room-names.ts';
import { useActor } from './use-actor.ts';
import { useTicker } from './use-live-room.ts';

const KINDS: FloorKind[] = ['statement', 'reply', 'point_of_order'];

const clock = (seconds: number) => {
  const s = Math.abs(seconds);
  return `${seconds < 0 ? '−' : ''}${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

/** The floor: who speaks, for how long yet, who waits; the moderator's controls beside each name. */
export function FloorPanel({ conn, names }: { conn: LiveConnection; names: RoomNames }) {
  const { t } = useI18n();
  useTicker(250);
  const { run, error } = useActor();
  const view = conn.view!;
  const { floor } = view.room;
  const you = view.you;
  const left = secondsLeft(view.room, conn.serverNow());
  const mine = floor.queue.find((q) => q.participantId === you.participantId);
  const move = (from: number, to: number) => {
    const order = floor.queue.map((q) => q.requestId);
    const [id] = order.splice(from, 1);
    order.splice(to, 0, id!);
    return run(() => conn.act({ type: 'floor.reorder', order }));
  };
  const who = (q: FloorRequest) =>
    `${names.person(q.participantId)} (${names.orgName(names.orgOf(q.participantId)?.id)})`;

  return (
    <section className="live-floor" aria-labelledby="floor-title">
      <h2 id="floor-title">{t('live.floor')}</h2>
      {floor.current ? (
        <div className="live-current" data-testid="current-speaker">
          <p>
            <strong>{who(floor.current)}</strong> · {t(`live.kind.${floor.current.kind}`)}
          </p>
          <p
            className={`countdown${left !== null && left < 0 ? ' over' : ''}`}
            role="timer"
            aria-live="off"
            data-testid="countdown"
          >
            {left === null ? '' : clock(left)}
          </p>
          {(you.canModerate || floor.current.participantId === you.participantId) && (
            <button
              className="button-secondary"
              type="button"
              onClick={() => run(() => conn.act({ type: 'floor.end' }))}
            >
              {t('live.endTurn')}
            </button>
          )}
          {you.canModerate && (
            <button
              className="button-secondary"
              type="button"
              onClick={() => run(() => conn.act({ type: 'floor.revoke', requestId: floor.current!.requestId }))}
            >
              {t('live.revoke')}
            </button>
          )}
        </div>
      ) : (
        <p className="muted">{t('live.nobodySpeaking')}</p>
      )}

      <h3>{t('live.queue', { count: floor.queue.length })}</h3>
      <ol className="live-queue" aria-label={t('live.queueLabel')}>
        {floor.queue.map((q, i) => (
          <li key={q.requestId}>
            <span>
              {who(q)} · <span className="badge">{t(`live.kind.${q.kind}`)}</span>
            </span>
            {you.canModerate && (
              <span className="live-controls">
                <button
                  className="button-secondary"
                  type="button"
                  onClick={() => run(() => conn.act({ type: 'floor.grant', requestId: q.requestId }))}
                >
                  {t('live.grant')}
                </button>
                <button
                  className="button-secondary"
                  type="button"
                  disabled={i === 0}
                  aria-label={t('live.moveUp', { name: who(q) })}
                  onClick={() => move(i, i - 1)}
                >
                  ↑
                </button>
                <button
                  className="button-secondary"
                  type="button"
                  disabled={i === floor.queue.length - 1}
                  aria-label={t('live.moveDown', { name: who(q) })}
                  onClick={() => move(i, i + 1)}
                >
                  ↓
                </button>
                <button
                  className="button-secondary"
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
        (mine ? (
          <button
            className="button-secondary"
            type="button"
            onClick={() => run(() => conn.act({ type: 'floor.withdraw', requestId: mine.requestId }))}
          >
            {t('live.withdraw')}
          </button>
        ) : (
          <div className="live-request" role="group" aria-label={t('live.requestFloor')}>
            {KINDS.map((kind) => (
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
        ))}
      {you.canModerate && <FloorSettings conn={conn} />}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </section>
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
        <button className="button-primary" type="submit">
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
