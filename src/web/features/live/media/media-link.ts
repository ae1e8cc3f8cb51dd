import type { MediaSettings, SfuSeat } from '../../../../shared/live/messages.ts';
import type { LiveConnection } from '../live-connection.ts';
import { Mesh } from './mesh.ts';
import { Sfu } from './sfu.ts';
import type { MediaLink } from './media-link-type.ts';

export type { MediaLink };

/** Mesh for small rooms; through Janus when the server names one. */
export function openMediaLink(
  conn: LiveConnection,
  local: MediaStream,
  settings: MediaSettings,
  me: string,
  onChange: () => void,
  onError: (err: Error) => void,
  /** The seat `media.join` is answered with, for the SFU. */
  seat: Promise<SfuSeat | undefined>,
  /** The SFU's room was rebuilt: this page is to take a new seat. */
  onRoomGone: () => void,
): MediaLink {
  const iceServers = settings.iceServers as RTCIceServer[];
  if (settings.topology === 'sfu' && settings.sfuUrl && settings.sfuRoom !== null) {
    return new Sfu(
      { url: settings.sfuUrl, room: settings.sfuRoom, pin: settings.sfuPin, iceServers },
      seat,
      local,
      me,
      onChange,
      onError,
      onRoomGone,
    );
  }
  return new Mesh(conn, local, iceServers, me, onChange);
}
