import { secondsLeft } from '../../../shared/live/room-view.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { LiveConnection } from './live-connection.ts';
import type { RoomNames } from './room-names.ts';
import { useActor } from './use-actor.ts';
import { useTicker } from './use-live-room.ts';
import { ErrorNote } from '../../components/status.tsx';

/** m:ss, with a minus sign once the time is up. */
export const clock = (seconds: number) => {
  const s = Math.abs(seconds);
  return `${seconds < 0 ? '−' : ''}${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

/** Who has the floor, large, and the time left; the chair ends or takes back the turn here. */
export function FloorBanner({ conn, names }: { conn: LiveConnection; names: RoomNames }) {
  const { t } = useI18n();
  useTicker(250);
  const { run, error } = useActor();
  const view = conn.view!;
  const { current } = view.room.floor;
  const you = view.you;
  const left = secondsLeft(view.room, conn.serverNow());
  if (!current)
    return (
      <div className="floor-banner idle">
        <p className="muted">{t('live.nobodySpeaking')}</p>
      </div>
    );
  return (
    <div className="floor-banner" data-testid="current-speaker">
      <div className="floor-who">
        <span className="floor-label">
          {t('room.hasFloor')} · <span className="badge">{t(`live.kind.${current.kind}`)}</span>
        </span>
        {/* One element for the name and its institution: a search for either finds the speaker once. */}
        <strong className="floor-name">
          {names.person(current.participantId)}
          <span className="visually-hidden">, </span>
          <span className="floor-org">{names.orgName(names.orgOf(current.participantId)?.id)}</span>
        </strong>
      </div>
      <p
        className={`countdown${left !== null && left < 0 ? ' over' : ''}`}
        role="timer"
        aria-live="off"
        aria-label={left !== null && left < 0 ? t('room.overTime') : t('room.timeLeft')}
        data-testid="countdown"
      >
        {left === null ? '' : clock(left)}
      </p>
      {(you.canModerate || current.participantId === you.participantId) && (
        <div className="floor-actions">
          <button
            className="button-secondary small"
            type="button"
            onClick={() => run(() => conn.act({ type: 'floor.end' }))}
          >
            {t('live.endTurn')}
          </button>
          {you.canModerate && (
            <button
              className="button-secondary small"
              type="button"
              onClick={() => run(() => conn.act({ type: 'floor.revoke', requestId: current.requestId }))}
            >
              {t('live.revoke')}
            </button>
          )}
        </div>
      )}
      {error && <ErrorNote>{error}</ErrorNote>}
    </div>
  );
}
