import type { SfuSeat } from '../../../shared/live/messages.ts';
import type { Deps } from '../../deps.ts';
import { janusControl } from './janus-control.ts';
import { enforceMediaRules } from './enforce-media.ts';
import { ensureSfuRoom, rebuildRoom, seatInRoom, sfuRoomFor, sfuSessionOf, unseat } from './janus-rooms.ts';

/** What a connection of the room is told of the dialogue's room on Janus: where it is, and its PIN. */
export interface SfuPass {
  url: string;
  room: number;
  pin: string;
}

/**
 * The dialogue's Janus room, made first if need be, for a connection that joined the live room.
 * Throws when Janus cannot be reached; the caller falls back to mesh.
 */
export async function openSfuRoom(deps: Deps, dialogueId: string): Promise<SfuPass | null> {
  const ready = await roomOf(deps, dialogueId);
  return ready && { url: ready.control.url, room: ready.r.room, pin: ready.r.pin };
}

/** This instance's control session and the dialogue's room, made first if need be; null without an SFU. */
async function roomOf(deps: Deps, dialogueId: string) {
  const { janusUrl, janusPinKey } = deps.config;
  if (!janusUrl || !janusPinKey) return null;
  const control = janusControl(janusUrl, deps.log);
  const r = sfuRoomFor(janusPinKey, dialogueId);
  await ensureSfuRoom(control, r, `dialogue ${dialogueId}`, () => enforceMediaRules(deps, dialogueId));
  return { control, r, key: janusPinKey };
}

/**
 * A connection starting its audio and video gets its seat: a Janus session the server made, with a
 * publisher in the room under the connection's own name. The page never holds a token, so it cannot
 * join the room under any other name.
 */
export async function seatInSfu(deps: Deps, dialogueId: string, connectionId: string): Promise<SfuSeat | null> {
  const ready = await roomOf(deps, dialogueId);
  return ready && seatInRoom(ready.control, ready.r, sfuSessionOf(ready.key, connectionId), connectionId);
}

/**
 * The connection's media is over (it left the media, the room, its session ended, it is no longer
 * inside the dialogue, or its instance stopped): its Janus session ends, with its publisher and every
 * subscription in it. When the right to the room of a connection that was ever seated ended
 * (`rebuild`), the room is rebuilt too: subscriptions its holder opened elsewhere end with it. A connection of this instance
 * was seated by this control session (`mine`): when that session has not ensured the room (Janus
 * restarted or cannot be reached), there is nothing to take back, and no waiting on Janus at
 * shutdown. Another instance's connections are ended whatever this session knows.
 */
/** Ends every subscription in the dialogue's room: it is destroyed, and made again on the next join. */
export async function rebuildSfuRoom(deps: Deps, dialogueId: string): Promise<void> {
  const { janusUrl, janusPinKey } = deps.config;
  if (!janusUrl || !janusPinKey) return;
  await rebuildRoom(janusControl(janusUrl, deps.log), sfuRoomFor(janusPinKey, dialogueId));
}

export async function revokeMediaAccess(
  deps: Deps,
  dialogueId: string,
  connectionId: string,
  { mine = true, rebuild = false }: { mine?: boolean; rebuild?: boolean } = {},
): Promise<void> {
  const { janusUrl, janusPinKey } = deps.config;
  if (!janusUrl || !janusPinKey) return;
  const control = janusControl(janusUrl, deps.log);
  const r = sfuRoomFor(janusPinKey, dialogueId);
  if (mine && !control.has(`room:${r.room}`)) return;
  try {
    await unseat(control, r, sfuSessionOf(janusPinKey, connectionId), connectionId);
    if (rebuild) await rebuildRoom(control, r);
  } catch (err) {
    // A room Janus no longer has (it restarted) holds no one; an unreachable Janus lets no one in.
    deps.log.warn({ err, dialogueId, connectionId }, 'live: ending a connection’s media on Janus failed');
  }
}
