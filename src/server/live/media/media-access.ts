import { eq } from 'drizzle-orm';
import { liveConnections } from '../../db/schema.ts';
import type { Deps } from '../../deps.ts';
import { janusControl } from './janus-control.ts';
import { enforceMediaRules } from './enforce-media.ts';
import { allow, ensureSfuRoom, revokeSfuAccess, sfuRoomFor, sfuTokenOf } from './janus-rooms.ts';

/** What a connection is given to join the dialogue's room on Janus: the room, its PIN, and its own token. */
export interface SfuPass {
  url: string;
  room: number;
  pin: string;
  token: string;
}

/**
 * A connection that joined the room gets its own token into the dialogue's Janus room (which is made
 * first if need be). Throws when Janus cannot be reached; the caller falls back to mesh.
 */
export async function grantMediaAccess(deps: Deps, dialogueId: string, connectionId: string): Promise<SfuPass | null> {
  const { janusUrl, janusPinKey } = deps.config;
  if (!janusUrl || !janusPinKey) return null;
  const control = janusControl(janusUrl, deps.log);
  const r = sfuRoomFor(janusPinKey, dialogueId);
  const token = sfuTokenOf(janusPinKey, connectionId);
  const tokens = async () =>
    (
      await deps.db
        .select({ id: liveConnections.id })
        .from(liveConnections)
        .where(eq(liveConnections.dialogueId, dialogueId))
    ).map((c) => sfuTokenOf(janusPinKey, c.id));
  await ensureSfuRoom(control, r, `dialogue ${dialogueId}`, tokens, () => enforceMediaRules(deps, dialogueId));
  await allow(control, r, 'add', [token]);
  return { url: janusUrl, room: r.room, pin: r.pin, token };
}

/**
 * The connection is gone (it left, its session ended, it is no longer inside the dialogue, or its
 * instance stopped): its token is taken off the ACL and what it joined on Janus is kicked. A
 * connection of this instance was let in by this control session: when that session has not ensured
 * the room (Janus restarted or cannot be reached), there is nothing to take back, and no waiting on
 * Janus at shutdown. Another instance's connections are revoked whatever this session knows.
 */
export async function revokeMediaAccess(
  deps: Deps,
  dialogueId: string,
  connectionId: string,
  mine = true,
): Promise<void> {
  const { janusUrl, janusPinKey } = deps.config;
  if (!janusUrl || !janusPinKey) return;
  const control = janusControl(janusUrl, deps.log);
  const r = sfuRoomFor(janusPinKey, dialogueId);
  if (mine && !control.has(`room:${r.room}`)) return;
  try {
    await revokeSfuAccess(control, r, sfuTokenOf(janusPinKey, connectionId), connectionId);
  } catch (err) {
    // A room Janus no longer has (it restarted) holds no token; an unreachable Janus lets no one in.
    deps.log.warn({ err, dialogueId, connectionId }, 'live: revoking a media token on Janus failed');
  }
}
