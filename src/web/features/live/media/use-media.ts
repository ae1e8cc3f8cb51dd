import { useEffect, useReducer, useRef, useState } from 'react';
import type { LiveConnection } from '../live-connection.ts';
import type { RoomNames } from '../room-names.ts';
import { openMediaLink, type MediaLink } from './media-link.ts';

interface Local {
  stream: MediaStream;
  mesh: MediaLink;
  camera: MediaStreamTrack | null;
}

/**
 * This page's audio and video: joining and leaving, the microphone, camera, screen and audio-only
 * switches, the listener's channel, and the room's rules ("mute everyone else", who sends video).
 * The stage shows what it holds; the control bar works its switches.
 */
export function useMedia(conn: LiveConnection, names: RoomNames) {
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

  const [rebuilt, setRebuilt] = useState(0);
  /** Into the media on this connection: `media.join`, answered (with an SFU) with this page's seat. */
  const link = (stream: MediaStream) => {
    const joined = conn.acked({ type: 'media.join', interpretingInto: interpretInto || null });
    const seat = joined.then((a) => a.seat);
    // Mesh never reads it; a refused join is reported by whoever awaits `joined`.
    seat.catch(() => undefined);
    const onGone = () => setRebuilt((n) => n + 1);
    return { joined, mesh: openMediaLink(conn, stream, view.media, connectionId, rerender, fail, seat, onGone) };
  };

  useEffect(() => () => local?.mesh.close(), [local]);
  // Leaving the page releases the camera and the microphone.
  const stream = useRef<MediaStream | null>(null);
  useEffect(
    () => () => {
      for (const track of stream.current?.getTracks() ?? []) track.stop();
    },
    [],
  );
  // After a reconnect this page is a new connection: new peer connections, and into the media again.
  useEffect(() => {
    if (!local || local.mesh.me === connectionId) return;
    const { joined, mesh } = link(local.stream);
    joined.catch(() => undefined);
    setLocal({ ...local, mesh });
  }, [connectionId]);
  // The SFU's room was rebuilt: the same connection takes a new seat.
  useEffect(() => {
    if (!local || rebuilt === 0) return;
    const { joined, mesh } = link(local.stream);
    joined.catch(() => undefined);
    setLocal({ ...local, mesh });
  }, [rebuilt]);
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

  const join = async (withVideo: boolean) => {
    setMediaError(null);
    const got = await navigator.mediaDevices.getUserMedia({ audio: true, video: withVideo });
    stream.current = got;
    const { joined, mesh } = link(got);
    setAudioOnly(!withVideo);
    setLocal({ stream: got, mesh, camera: got.getVideoTracks()[0] ?? null });
    await joined;
  };
  const leave = async () => {
    for (const track of local?.stream.getTracks() ?? []) track.stop();
    local?.mesh.close();
    stream.current = null;
    setLocal(null);
    setSharing(false);
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
  const toggleAudioOnly = () => {
    local?.mesh.setAudioOnly(!audioOnly);
    setAudioOnly(!audioOnly);
  };
  const channels = [...new Set(media.map((p) => p.interpretingInto).filter((l): l is string => l !== null))];
  const volumeOf = (lang: string | null) =>
    lang === null ? (channel === 'floor' ? 1 : 0.2) : lang === channel ? 1 : 0;

  return {
    external: view.record.dialogue.media.kind === 'external' ? view.record.dialogue.media.url : null,
    local,
    joined: local !== null,
    muted,
    setMuted,
    cameraOff,
    setCameraOff,
    sharing,
    share,
    audioOnly,
    toggleAudioOnly,
    channel,
    setChannel,
    channels,
    volumeOf,
    interpretInto,
    setInterpretInto,
    isInterpreter: view.record.participants.some((p) => p.id === me.participantId && p.role === 'interpreter'),
    holdsFloor,
    join,
    leave,
    mediaError,
  };
}
export type MediaState = ReturnType<typeof useMedia>;
