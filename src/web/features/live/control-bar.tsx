import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { useLanguageName } from '../../components/language-name.ts';
import { BarIcon, type BarIconName } from './bar-icons.tsx';
import type { LiveConnection } from './live-connection.ts';
import type { MediaState } from './media/use-media.ts';
import type { StageView } from './stage.tsx';
import { useActor } from './use-actor.ts';

/** A control's picture beside its words; where the picture stands alone the words are read out but not shown. */
function Label({ icon, unseen = false, children }: { icon: BarIconName; unseen?: boolean; children: ReactNode }) {
  return (
    <>
      <BarIcon name={icon} />
      <span className={unseen ? 'visually-hidden' : undefined}>{children}</span>
    </>
  );
}

/**
 * The bar along the foot of the room, in three groups: this page's microphone, camera and screen;
 * the floor (ask for it, withdraw) and the views; and, apart at the end, what silences or ends
 * (the chair's "Mute everyone else", then Leave). This page's media are picture buttons, named
 * for screen readers and in a tooltip. On a phone it is one row of picture buttons (the
 * microphone, the camera, the floor, More, Leave); what is used less waits under More.
 */
export function ControlBar({
  conn,
  media,
  mode,
  setMode,
  side,
  narrow,
}: {
  conn: LiveConnection;
  media: MediaState;
  mode: StageView;
  setMode: (m: StageView) => void;
  /** The side panels' switch, on a wide screen only. */
  side: { shown: boolean; toggle: () => void } | null;
  narrow: boolean;
}) {
  const { t } = useI18n();
  const languageName = useLanguageName();
  const { run, error } = useActor();
  const [, navigate] = useLocation();
  const [moreOpen, setMoreOpen] = useState(false);
  const moreButton = useRef<HTMLButtonElement>(null);
  const view = conn.view!;
  const you = view.you;
  const { floor } = view.room;
  const mine = floor.queue.find((q) => q.participantId === you.participantId);
  const local = media.local;
  const leave = async () => {
    if (local) await media.leave().catch(() => undefined);
    navigate(`/dialogues/${view.dialogueId}`);
  };
  // A choice made under More folds it away.
  const then = (act: () => void) => () => {
    act();
    if (narrow) setMoreOpen(false);
  };
  const closeOnEscape = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !moreOpen) return;
    e.preventDefault();
    setMoreOpen(false);
    moreButton.current?.focus();
  };

  const mute = local && (
    <button
      className="button-secondary"
      type="button"
      aria-pressed={media.muted}
      title={media.muted ? t('live.unmute') : t('live.mute')}
      onClick={() => media.setMuted(!media.muted)}
    >
      <Label icon={media.muted ? 'micOff' : 'mic'} unseen>
        {media.muted ? t('live.unmute') : t('live.mute')}
      </Label>
    </button>
  );
  const camera = local?.camera && (
    <button
      className="button-secondary"
      type="button"
      aria-pressed={media.cameraOff}
      title={media.cameraOff ? t('live.cameraOn') : t('live.cameraOff')}
      onClick={() => media.setCameraOff(!media.cameraOff)}
    >
      <Label icon={media.cameraOff ? 'cameraOff' : 'camera'} unseen>
        {media.cameraOff ? t('live.cameraOn') : t('live.cameraOff')}
      </Label>
    </button>
  );
  const share = local?.camera && 'getDisplayMedia' in navigator.mediaDevices && (
    <button
      className="button-secondary"
      type="button"
      aria-pressed={media.sharing}
      title={media.sharing ? t('live.stopSharing') : t('live.shareScreen')}
      onClick={then(() => void run(media.share))}
    >
      <Label icon="screen" unseen={!narrow}>
        {media.sharing ? t('live.stopSharing') : t('live.shareScreen')}
      </Label>
    </button>
  );
  const audioOnly = local && (
    <button
      className="button-secondary"
      type="button"
      aria-pressed={media.audioOnly}
      title={t('live.audioOnly')}
      onClick={then(media.toggleAudioOnly)}
    >
      <Label icon="audio" unseen={!narrow}>
        {t('live.audioOnly')}
      </Label>
    </button>
  );
  const channel = local && media.channels.length > 0 && (
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
  );
  const floorControl =
    you.canAct &&
    you.participantId &&
    (mine ? (
      <button
        className="button-secondary bar-floor"
        type="button"
        onClick={() => run(() => conn.act({ type: 'floor.withdraw', requestId: mine.requestId }))}
      >
        {t('live.withdraw')}
      </button>
    ) : floor.open ? (
      <button
        className="button-primary bar-floor"
        type="button"
        onClick={() => run(() => conn.act({ type: 'floor.request', kind: 'statement' }))}
      >
        <BarIcon name="hand" />
        {t('live.request.statement')}
      </button>
    ) : (
      <span className="badge bar-closed" role="status">
        {t('room.listClosed')}
      </span>
    ));
  const viewToggle = (
    <button
      className="button-secondary"
      type="button"
      aria-pressed={mode === 'gallery'}
      onClick={then(() => setMode(mode === 'speaker' ? 'gallery' : 'speaker'))}
    >
      <Label icon={mode === 'speaker' ? 'gallery' : 'speaker'}>
        {mode === 'speaker' ? t('room.view.gallery') : t('room.view.speaker')}
      </Label>
    </button>
  );
  const muteAll = you.canModerate && local && (
    <button
      className="button-secondary caution"
      type="button"
      onClick={then(() => void run(() => conn.act({ type: 'media.mute_all' })))}
    >
      <Label icon="muteAll">{t('live.muteAll')}</Label>
    </button>
  );
  const leaveButton = (
    <button className="button-danger" type="button" title={t('room.leave')} onClick={() => void leave()}>
      <Label icon="leave" unseen={narrow}>
        {t('room.leave')}
      </Label>
    </button>
  );
  const errorNote = error && (
    <p role="alert" className="error bar-error">
      {error}
    </p>
  );

  if (narrow)
    return (
      <div className="room-bar bar-compact" role="toolbar" aria-label={t('room.controls')} onKeyDown={closeOnEscape}>
        {local && (
          <div className="bar-group" role="group" aria-label={t('live.mediaControls')}>
            {mute}
            {camera}
          </div>
        )}
        <div className="bar-group bar-grow">{floorControl}</div>
        <div className="bar-group bar-end">
          <button
            ref={moreButton}
            className="button-secondary"
            type="button"
            aria-expanded={moreOpen}
            aria-controls="room-more"
            title={t('room.more')}
            onClick={() => setMoreOpen(!moreOpen)}
          >
            <Label icon="more" unseen>
              {t('room.more')}
            </Label>
          </button>
          {leaveButton}
        </div>
        <div id="room-more" className="bar-more" role="group" aria-label={t('room.more')} hidden={!moreOpen}>
          {share}
          {audioOnly}
          {channel}
          {viewToggle}
          {muteAll}
        </div>
        {errorNote}
      </div>
    );

  return (
    <div className="room-bar" role="toolbar" aria-label={t('room.controls')}>
      {local && (
        <div className="bar-group bar-media" role="group" aria-label={t('live.mediaControls')}>
          {mute}
          {camera}
          {share}
          {audioOnly}
          {channel}
        </div>
      )}
      <div className="bar-group">
        {floorControl}
        {viewToggle}
        {side && (
          <button className="button-secondary" type="button" aria-pressed={!side.shown} onClick={side.toggle}>
            <Label icon="side">{side.shown ? t('room.hideSide') : t('room.showSide')}</Label>
          </button>
        )}
      </div>
      <div className="bar-group bar-end">
        {muteAll}
        {leaveButton}
      </div>
      {errorNote}
    </div>
  );
}
