import { createHmac } from 'node:crypto';
import type { JanusControl, JanusHandle } from './janus-control.ts';

/** Janus numbers its rooms: a dialogue's number comes from its id, the same on every instance. */
export const sfuRoomOf = (dialogueId: string): number =>
  (Number.parseInt(dialogueId.replaceAll('-', '').slice(0, 8), 16) % 2_000_000_000) + 1;

const derive = (key: string, what: string) => createHmac('sha256', key).update(what).digest('base64url');

/** The room's PIN: only the dialogue's insiders get it, in their snapshot; every instance derives the same. */
export const sfuPinOf = (key: string, dialogueId: string): string => derive(key, `sfu-pin:${dialogueId}`).slice(0, 24);

/**
 * One live connection's media token: the room's ACL lets in only tokens the server added, and the
 * server adds a connection's token when it subscribes and removes it when the connection goes. It
 * derives from the connection's random id, so any instance can add or remove any connection's token
 * (after a Janus restart, or when it sweeps a gone instance's connections) without storing it.
 */
export const sfuTokenOf = (key: string, connectionId: string): string => derive(key, `sfu-token:${connectionId}`);

/** What the server alone knows of a dialogue's room: its secret (ACL, moderation, kicks) and its own token. */
export interface SfuRoom {
  room: number;
  pin: string;
  secret: string;
  serverToken: string;
}

export const sfuRoomFor = (key: string, dialogueId: string): SfuRoom => ({
  room: sfuRoomOf(dialogueId),
  pin: sfuPinOf(key, dialogueId),
  secret: derive(key, `sfu-secret:${dialogueId}`),
  serverToken: derive(key, `sfu-server:${dialogueId}`),
});

/** The display name the server's own handles join with; never a connection id. */
const SERVER_DISPLAY = 'server';

/** Joins a handle of the server's own to the room as a publisher that never publishes: to watch or to look. */
export const joinAsServer = (handle: JanusHandle, r: SfuRoom) =>
  handle.message({
    request: 'join',
    ptype: 'publisher',
    room: r.room,
    pin: r.pin,
    token: r.serverToken,
    display: SERVER_DISPLAY,
  });

const refused = (what: string, data: Record<string, unknown>) =>
  new Error(`Janus refused ${what}: ${JSON.stringify(data)}`);

/**
 * Makes sure the dialogue's VideoRoom exists, private, behind its PIN and its secret, with the ACL
 * on and every current connection's token in it; and that this instance watches it (a passive
 * participant whose events say when a publisher starts, so the room's rules reach it at once).
 * Rooms are created on first use by whichever instance gets there; "already exists" is as good as
 * created, and an existing room is brought to these settings. What was ensured is remembered only
 * for the control session that ensured it: a restarted Janus has no rooms, and closed that session,
 * so the room is made again, with the tokens of the connections open then, on the next join.
 */
export function ensureSfuRoom(
  control: JanusControl,
  r: SfuRoom,
  description: string,
  tokens: () => Promise<string[]>,
  onPublisher: () => void,
): Promise<void> {
  return control.once(`room:${r.room}`, async () => {
    const exists = await control.videoroom({ request: 'exists', room: r.room });
    let made = false;
    if (exists.exists !== true) {
      const data = await control.videoroom({
        request: 'create',
        room: r.room,
        pin: r.pin,
        secret: r.secret,
        description: description.slice(0, 100),
        is_private: true,
        require_pvtid: true,
        allowed: [r.serverToken],
        publishers: 100,
        audiocodec: 'opus',
        videocodec: 'vp8',
        notify_joining: true,
      });
      // 427: made meanwhile by another instance.
      if (data.videoroom !== 'created' && data.error_code !== 427) throw refused('the room', data);
      made = data.videoroom === 'created';
    }
    if (!made) {
      const edited = await control.videoroom({
        request: 'edit',
        room: r.room,
        secret: r.secret,
        new_secret: r.secret,
        new_pin: r.pin,
        new_is_private: true,
        new_require_pvtid: true,
      });
      if (edited.videoroom !== 'edited') throw refused('the room’s settings', edited);
    }
    await allow(control, r, 'add', [r.serverToken, ...(await tokens())]);
    await allow(control, r, 'enable', []);
    const watcher = await control.attach((data) => {
      if (Array.isArray(data.publishers) && data.publishers.length > 0) onPublisher();
    });
    const joined = await joinAsServer(watcher, r);
    if (joined.videoroom !== 'joined') throw refused('the server’s watcher', joined);
  });
}

/** Changes the room's ACL (`enable` turns checking on; `add` and `remove` change the tokens). */
export async function allow(
  control: JanusControl,
  r: SfuRoom,
  action: 'enable' | 'add' | 'remove',
  tokens: string[],
): Promise<void> {
  const data = await control.videoroom({
    request: 'allowed',
    room: r.room,
    secret: r.secret,
    action,
    ...(action === 'enable' ? {} : { allowed: tokens }),
  });
  if (data.videoroom !== 'success') throw refused(`the ACL change (${action})`, data);
}

/** A connection's media access ends: its token leaves the ACL, and whatever it had joined is put out. */
export async function revokeSfuAccess(
  control: JanusControl,
  r: SfuRoom,
  token: string,
  connectionId: string,
): Promise<void> {
  await allow(control, r, 'remove', [token]);
  const list = await control.videoroom({ request: 'listparticipants', room: r.room });
  const inside = (list.participants ?? []) as { id: number; display?: string }[];
  for (const p of inside.filter((p) => p.display === connectionId))
    await control.videoroom({ request: 'kick', room: r.room, secret: r.secret, id: p.id });
}
