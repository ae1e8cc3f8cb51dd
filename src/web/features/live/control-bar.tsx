import { useLocation } from 'wouter';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { useLanguageName } from '../../components/language-name.ts';
import type { LiveConnection } from './live-connection.ts';
import type { MediaState } from './media/use-media.ts';
import type { StageView } from './stage.tsx';
import { useActor } from './use-actor.ts';

/**
 * The bar along the foot of the room, in three groups: this page's microphone, camera and screen;
 * the floor (ask for it, withdraw) and the views; and, apart at the end, what silences or ends
 * (the chair's "Mute everyone else", then Leave).
 */
export function ControlBar({
  conn,
  media,
  mode,
  setMode,
  side,
}: {
  conn: LiveConnection;
  media: MediaState;
  mode: StageView;
  setMode: (m: StageView) => void;
  /** The side panels' switch, on a wide screen only. */
  side: { shown: boolean; toggle: () => void } | null;
}) {
  const { t } = useI18n();
  const languageName = useLanguageName();
  const { run, error } = useActor();
  const [, navigate] = useLocation();
  const view = conn.view!;
  const you = view.you;
  const { floor } = view.room;
  const mine = floor.queue.find((q) => q.participantId === you.participantId);
  const local = media.local;
  const leave = async () => {
    if (local) await media.leave().catch(() => undefined);
    navigate(`/dialogues/${view.dialogueId}`);
  };
  return (
    <div className="room-bar" role="toolbar" aria-label={t('room.controls')}>
      {local && (
        <div className="bar-group" role="group" aria-label={t('live.mediaControls')}>
          <button
            className="button-secondary"
            type="button"
            aria-pressed={media.muted}
            onClick={() => media.setMuted(!media.muted)}
          >
            {media.muted ? t('live.unmute') : t('live.mute')}
          </button>
          {local.camera && (
            <button
              className="button-secondary"
              type="button"
              aria-pressed={media.cameraOff}
              onClick={() => media.setCameraOff(!media.cameraOff)}
            >
              {media.cameraOff ? t('live.cameraOn') : t('live.cameraOff')}
            </button>
          )}
          {local.camera && 'getDisplayMedia' in navigator.mediaDevices && (
            <button
              className="button-secondary"
              type="button"
              aria-pressed={media.sharing}
              onClick={() => void run(media.share)}
            >
              {media.sharing ? t('live.stopSharing') : t('live.shareScreen')}
            </button>
          )}
          <button
            className="button-secondary"
            type="button"
            aria-pressed={media.audioOnly}
            onClick={media.toggleAudioOnly}
          >
            {t('live.audioOnly')}
          </button>
          {media.channels.length > 0 && (
            <label className="bar-select">
              {t('live.listenTo')}{' '}
              <select value={media.channel} onChange={(e) => media.setChannel(e.target.value)}>
                <option value="floor">{t('live.floorOriginal')}</option>
                {media.channels.map((l) => (
                  <option key={l} value={l}>
                    {t('live.interpretation', { lang: languageName(l) })}
                  </option>
                ))}
              </select>
            </label>
          )}
        </div>
      )}
      <div className="bar-group">
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
          ) : floor.open ? (
            <button
              className="button-primary"
              type="button"
              onClick={() => run(() => conn.act({ type: 'floor.request', kind: 'statement' }))}
            >
              {t('live.request.statement')}
            </button>
          ) : (
            <span className="badge bar-closed" role="status">
              {t('room.listClosed')}
            </span>
          ))}
        <button
          className="button-secondary"
          type="button"
          aria-pressed={mode === 'gallery'}
          onClick={() => setMode(mode === 'speaker' ? 'gallery' : 'speaker')}
        >
          {mode === 'speaker' ? t('room.view.gallery') : t('room.view.speaker')}
        </button>
        {side && (
          <button className="button-secondary" type="button" aria-pressed={!side.shown} onClick={side.toggle}>
            {side.shown ? t('room.hideSide') : t('room.showSide')}
          </button>
        )}
      </div>
      <div className="bar-group bar-end">
        {you.canModerate && local && (
          <button
            className="button-secondary caution"
            type="button"
            onClick={() => void run(() => conn.act({ type: 'media.mute_all' }))}
          >
            {t('live.muteAll')}
          </button>
        )}
        <button className="button-danger" type="button" onClick={() => void leave()}>
          {t('room.leave')}
        </button>
      </div>
      {error && (
        <p role="alert" className="error bar-error">
          {error}
        </p>
      )}
    </div>
  );
}
