import { createHmac } from 'node:crypto';
import { sfuFeedOf } from '../../../shared/live/messages.ts';
import type { JanusControl, JanusHandle } from './janus-control.ts';

/** Janus numbers its rooms: a dialogue's number comes from its id, the same on every instance. */
export const sfuRoomOf = (dialogueId: string): number =>
  (Number.parseInt(dialogueId.replaceAll('-', '').slice(0, 8), 16) % 2_000_000_000) + 1;

const derive = (key: string, what: string, encoding: 'base64url' | 'hex' = 'base64url') =>
  createHmac('sha256', key).update(what).digest(encoding);

/** The room's PIN: only the dialogue's insiders get it, in their snapshot; every instance derives the same. */
export const sfuPinOf = (key: string, dialogueId: string): string => derive(key, `sfu-pin:${dialogueId}`).slice(0, 24);

/**
 * The id of the Janus session the server makes for one connection's media: secret, since whoever
 * holds it can claim the session, and derived from the connection's id, so that any instance can end
 * it (when it sweeps a gone instance's connections) without storing it. 52 bits fit a JSON number.
 */
export const sfuSessionOf = (key: string, connectionId: string): number =>
  Number.parseInt(derive(key, `sfu-session:${connectionId}`, 'hex').slice(0, 13), 16) + 1;

/**
 * What the server alone knows of a dialogue's room: its secret (ACL, moderation, kicks) and its token,
 * the only one in the room's ACL: publishers join only through the server, under their own names.
 */
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
export const SERVER_DISPLAY = 'server';

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
 * on and the server's token alone in it; and that this instance watches it (a passive participant
 * whose events say when a publisher starts or renames itself, so the room's rules reach it at once).
 * Rooms are created on first use by whichever instance gets there; "already exists" is as good as
 * created, and an existing room is brought to these settings. What was ensured is remembered only
 * for the control session that ensured it: a restarted Janus has no rooms, and closed that session,
 * so the room is made again on the next join.
 */
export function ensureSfuRoom(
  control: JanusControl,
  r: SfuRoom,
  description: string,
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
    await allow(control, r, 'add', [r.serverToken]);
    await allow(control, r, 'enable', []);
    const watcher = await control.attach((data) => {
      // Rebuilt by an instance (rebuildRoom): made again on the next join.
      if (data.videoroom === 'destroyed') {
        control.undo(`room:${r.room}`);
        void watcher.detach().catch(() => undefined);
      } else if ((Array.isArray(data.publishers) && data.publishers.length > 0) || typeof data.display === 'string')
        onPublisher();
    });
    const joined = await joinAsServer(watcher, r);
    if (joined.videoroom !== 'joined') throw refused('the server’s watcher', joined);
  });
}

/** Changes the room's ACL (`enable` turns checking on; `add` adds tokens). */
async function allow(control: JanusControl, r: SfuRoom, action: 'enable' | 'add', tokens: string[]): Promise<void> {
  const data = await control.videoroom({
    request: 'allowed',
    room: r.room,
    secret: r.secret,
    action,
    ...(action === 'enable' ? {} : { allowed: tokens }),
  });
  if (data.videoroom !== 'success') throw refused(`the ACL change (${action})`, data);
}

/** Seats one connection: its own session, and in it a publisher named after the connection. */
export async function seatInRoom(control: JanusControl, r: SfuRoom, session: number, connectionId: string) {
  const feed = sfuFeedOf(connectionId);
  const { handle, joined } = await control.seat(session, {
    request: 'join',
    ptype: 'publisher',
    room: r.room,
    pin: r.pin,
    token: r.serverToken,
    display: connectionId,
    id: feed,
  });
  if (joined.videoroom !== 'joined' || typeof joined.private_id !== 'number') throw refused('the seat', joined);
  return { session, handle, feed, privateId: joined.private_id };
}

/** A connection's media ends: its session goes, with every handle in it, and its publisher is put out. */
export async function unseat(control: JanusControl, r: SfuRoom, session: number, connectionId: string): Promise<void> {
  await control.destroy(session);
  await control.videoroom({ request: 'kick', room: r.room, secret: r.secret, id: sfuFeedOf(connectionId) });
}

/**
 * The room is destroyed, and made again on the next join: every subscription in it ends. A seat's
 * private id lets its holder subscribe from any session of their own, and Janus checks it only when
 * a subscription starts; those outlive the seat, and only the room's end ends them. Pages still
 * inside are told (`destroyed`) and take a new seat.
 */
export async function rebuildRoom(control: JanusControl, r: SfuRoom): Promise<void> {
  control.undo(`room:${r.room}`);
  const data = await control.videoroom({ request: 'destroy', room: r.room, secret: r.secret });
  // 426: no such room (Janus restarted, or another instance rebuilt it first).
  if (data.videoroom !== 'destroyed' && data.error_code !== 426) throw refused('to rebuild the room', data);
}
