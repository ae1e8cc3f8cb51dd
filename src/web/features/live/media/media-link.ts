import type { MediaSettings } from '../../../../shared/live/messages.ts';
import type { MediaPeer } from '../../../../shared/live/room.ts';
import type { LiveConnection } from '../live-connection.ts';
import { Mesh } from './mesh.ts';
import { Sfu } from './sfu.ts';

/** This page's audio and video, whichever way they travel: remote streams by connection id. */
export interface MediaLink {
  readonly me: string;
  readonly remote: ReadonlyMap<string, MediaStream>;
  sync(peers: readonly MediaPeer[]): void;
  replaceVideo(track: MediaStreamTrack | null): Promise<void>;
  setAudioOnly(on: boolean): void;
  close(): void;
}

/** Mesh for small rooms; through Janus when the server names one. */
export function openMediaLink(
  conn: LiveConnection,
  local: MediaStream,
  settings: MediaSettings,
  me: string,
  onChange: () => void,
  onError: (err: Error) => void,
): MediaLink {
  const iceServers = settings.iceServers as RTCIceServer[];
  if (settings.topology === 'sfu' && settings.sfuUrl && settings.sfuRoom !== null) {
    return new Sfu(
      { url: settings.sfuUrl, room: settings.sfuRoom, pin: settings.sfuPin, iceServers },
      local,
      me,
      onChange,
      onError,
    );
  }
  return new Mesh(conn, local, iceServers, me, onChange);
}
