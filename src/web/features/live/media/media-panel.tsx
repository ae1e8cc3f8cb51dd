import { useEffect, useReducer, useRef, useState } from 'react';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useLanguageName } from '../../../components/language-name.ts';
import type { LiveConnection } from '../live-connection.ts';
import type { RoomNames } from '../room-names.ts';
import { useActor } from '../use-actor.ts';
import { openMediaLink, type MediaLink } from './media-link.ts';
import { Tile } from './tile.tsx';

interface Local {
  stream: MediaStream;
  mesh: MediaLink;
  camera: MediaStreamTrack | null;
}

/**
 * Built-in audio and video. A dialogue held elsewhere shows its conference link instead. Listeners
 * pick the floor or an interpreter's language; the floor holder's tile is highlighted.
 */
export function MediaPanel({ conn, names }: { conn: LiveConnection; names: RoomNames }) {
  const { t } = useI18n();
  const { run, error } = useActor();
  const languageName = useLanguageName();
  const [mediaError, setMediaError] = useState<string | null>(null);
  const fail = (err: Error) => setMediaError(err.message);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const [local, setLocal] = useState<Local | null>(null);
  const [muted, setMuted] = useState(false);
  const [cameraOff, setCameraOff] = useState(false);
  const [sharing, setSharing] = useState(false);
  const [audioOnly, setAudioOnly] = useState(false);
  const [channel, setChannel] = useState('floor');
  const [interpretInto, setInterpretInto] = useState('');
  const view = conn.view!;
  const { media, floor } = view.room;
  const me = view.you;
  const mutedAt = useRef(view.room.mutedAllAt);
  const connectionId = me.connectionId;

  useEffect(() => () => local?.mesh.close(), [local]);
  // After a reconnect this page is a new connection: new peer connections, and into the media again.
  useEffect(() => {
    if (!local || local.mesh.me === connectionId) return;
    setLocal({ ...local, mesh: openMediaLink(conn, local.stream, view.media, connectionId, rerender, fail) });
    void conn.act({ type: 'media.join', interpretingInto: interpretInto || null }).catch(() => undefined);
  }, [connectionId]);
  useEffect(() => {
    local?.mesh.sync(media);
  }, [local, media]);

  // "Mute everyone else" from the moderator: each client turns its own microphone off.
  useEffect(() => {
    if (view.room.mutedAllAt && view.room.mutedAllAt !== mutedAt.current) {
      mutedAt.current = view.room.mutedAllAt;
      const speaker = floor.current?.participantId;
      if (!me.canModerate && me.participantId !== speaker) setMuted(true);
    }
  }, [view.room.mutedAllAt]);
  useEffect(() => {
    for (const track of local?.stream.getAudioTracks() ?? []) track.enabled = !muted;
  }, [muted, local]);

  // "Only the floor holder and the chair send video."
  const holdsFloor = floor.current?.participantId === me.participantId && me.participantId !== null;
  const mayShowVideo = floor.videoPolicy === 'everyone' || holdsFloor || names.isChair(me.participantId);
  useEffect(() => {
    for (const track of local?.stream.getVideoTracks() ?? []) track.enabled = !cameraOff && mayShowVideo && !audioOnly;
  }, [cameraOff, mayShowVideo, audioOnly, local]);

  if (view.record.dialogue.media.kind === 'external') {
    return (
      <section className="live-media" aria-labelledby="media-title">
        <h2 id="media-title">{t('live.media')}</h2>
        <a className="button-primary" href={view.record.dialogue.media.url} target="_blank" rel="noreferrer">
          {t('dialogue.join')}
        </a>
      </section>
    );
  }

  const join = async (withVideo: boolean) => {
    const stream = await navigator.mediaDevices.getUserMedia({ audio: true, video: withVideo });
    const mesh = openMediaLink(conn, stream, view.media, connectionId, rerender, fail);
    setAudioOnly(!withVideo);
    setLocal({ stream, mesh, camera: stream.getVideoTracks()[0] ?? null });
    await conn.act({ type: 'media.join', interpretingInto: interpretInto || null });
  };
  const leave = async () => {
    for (const track of local?.stream.getTracks() ?? []) track.stop();
    local?.mesh.close();
    setLocal(null);
    await conn.act({ type: 'media.leave' });
  };
  const share = async () => {
    if (!local) return;
    if (sharing) {
      await local.mesh.replaceVideo(local.camera);
      setSharing(false);
      return;
    }
    const screen = (await navigator.mediaDevices.getDisplayMedia({ video: true })).getVideoTracks()[0]!;
    screen.onended = () => {
      void local.mesh.replaceVideo(local.camera);
      setSharing(false);
    };
    await local.mesh.replaceVideo(screen);
    setSharing(true);
  };
  const isInterpreter = view.record.participants.some((p) => p.id === me.participantId && p.role === 'interpreter');
  const channels = [...new Set(media.map((p) => p.interpretingInto).filter((l): l is string => l !== null))];
  const volumeOf = (lang: string | null) =>
    lang === null ? (channel === 'floor' ? 1 : 0.2) : lang === channel ? 1 : 0;

  return (
    <section className="live-media" aria-labelledby="media-title">
      <h2 id="media-title">{t('live.media')}</h2>
      {!local ? (
        <div className="live-controls">
          {isInterpreter && (
            <label>
              {t('live.interpretInto')}{' '}
              <select value={interpretInto} onChange={(e) => setInterpretInto(e.target.value)}>
                <option value="">{t('live.notInterpreting')}</option>
                {view.record.dialogue.languages.map((l) => (
                  <option key={l} value={l}>
                    {languageName(l)}
                  </option>
                ))}
              </select>
            </label>
          )}
          <button className="button-primary" type="button" onClick={() => void run(() => join(true))}>
            {t('live.joinVideo')}
          </button>
          <button className="button-secondary" type="button" onClick={() => void run(() => join(false))}>
            {t('live.joinAudio')}
          </button>
        </div>
      ) : (
        <div className="live-controls" role="toolbar" aria-label={t('live.mediaControls')}>
          <button className="button-secondary" type="button" aria-pressed={muted} onClick={() => setMuted(!muted)}>
            {muted ? t('live.unmute') : t('live.mute')}
          </button>
          {local.camera && (
            <button
              className="button-secondary"
              type="button"
              aria-pressed={cameraOff}
              onClick={() => setCameraOff(!cameraOff)}
            >
              {cameraOff ? t('live.cameraOn') : t('live.cameraOff')}
            </button>
          )}
          {local.camera && 'getDisplayMedia' in navigator.mediaDevices && (
            <button className="button-secondary" type="button" aria-pressed={sharing} onClick={() => void run(share)}>
              {sharing ? t('live.stopSharing') : t('live.shareScreen')}
            </button>
          )}
          <button
            className="button-secondary"
            type="button"
            aria-pressed={audioOnly}
            onClick={() => {
              local.mesh.setAudioOnly(!audioOnly);
              setAudioOnly(!audioOnly);
            }}
          >
            {t('live.audioOnly')}
          </button>
          {me.canModerate && (
            <button
              className="button-danger"
              type="button"
              onClick={() => void run(() => conn.act({ type: 'media.mute_all' }))}
            >
              {t('live.muteAll')}
            </button>
          )}
          <button className="button-danger" type="button" onClick={() => void run(leave)}>
            {t('live.leaveMedia')}
          </button>
        </div>
      )}
      {channels.length > 0 && (
        <label>
          {t('live.listenTo')}{' '}
          <select value={channel} onChange={(e) => setChannel(e.target.value)} aria-label={t('live.listenTo')}>
            <option value="floor">{t('live.floorOriginal')}</option>
            {channels.map((l) => (
              <option key={l} value={l}>
                {t('live.interpretation', { lang: languageName(l) })}
              </option>
            ))}
          </select>
        </label>
      )}
      {muted && local && (
        <p className="muted" role="status">
          {t('live.youAreMuted')}
        </p>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {mediaError && (
        <p role="alert" className="error">
          {t('live.mediaFailed', { message: mediaError })}
        </p>
      )}
      <div className="tiles">
        {local && (
          <Tile
            stream={local.stream}
            label={t('live.you')}
            self
            speaking={holdsFloor}
            showVideo={!audioOnly}
            volume={0}
          />
        )}
        {media
          .filter((p) => p.connectionId !== connectionId)
          .map((p) => {
            const stream = local?.mesh.remote.get(p.connectionId);
            const label = p.interpretingInto
              ? t('live.interpreterTile', { lang: languageName(p.interpretingInto) })
              : `${names.person(p.participantId) || t('live.secretariat')} · ${names.orgName(names.orgOf(p.participantId)?.id)}`;
            return stream ? (
              <Tile
                key={p.connectionId}
                stream={stream}
                label={label}
                speaking={p.participantId !== null && p.participantId === floor.current?.participantId}
                showVideo={!audioOnly && !p.interpretingInto}
                volume={volumeOf(p.interpretingInto)}
              />
            ) : null;
          })}
      </div>
    </section>
  );
}
