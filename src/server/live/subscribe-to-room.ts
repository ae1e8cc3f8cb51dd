import { eq } from 'drizzle-orm';
import { AppError } from '../../shared/errors.ts';
import { users } from '../db/schema.ts';
import type { MediaSettings, ServerMessage, You } from '../../shared/live/messages.ts';
import type { Deps } from '../deps.ts';
import { getDialogueRecord } from '../dialogues/get-dialogue-record.ts';
import { userIdOf, type Actor } from '../policy/actor.ts';
import { loadDialogueAccess, type DialogueAccess } from '../policy/dialogue-access.ts';
import { check } from '../policy/policy.ts';
import { messageBytes } from './hub/frames.ts';
import { openSfuRoom } from './media/media-access.ts';
import { joinRoom } from './presence.ts';
import type { RoomContext } from './room-context.ts';
import { loadRoomState } from './room-state.ts';

export interface Subscribing {
  actor: Actor;
  dialogueId: string;
  afterSeq?: number;
  /** The actor's access to the dialogue, when the caller read it already. */
  access?: DialogueAccess | null;
  connectionId: string;
  instanceId: string;
}

export interface Subscribed {
  /** The snapshot or `resumed` message, as bytes: a snapshot splices in the cached record's own. */
  first: Buffer;
  lastSeq: number;
  participantId: string | null;
  /** Asked again whenever the room's membership may have changed. */
  stillInside(): Promise<boolean>;
}

const notFound = () =>
  new AppError('not_found', 'no such dialogue', [{ path: 'dialogueId', message: 'no such dialogue' }]);

/**
 * Through the SFU when one is configured and its room is ready (the connection is seated there when
 * it joins the media); otherwise mesh, which works for small rooms without any server, so an SFU
 * outage does not end the meeting.
 */
async function mediaSettings(deps: Deps, dialogueId: string): Promise<MediaSettings> {
  const mesh: MediaSettings = {
    topology: 'mesh',
    iceServers: deps.config.iceServers,
    sfuUrl: null,
    sfuRoom: null,
    sfuPin: null,
  };
  try {
    const pass = await openSfuRoom(deps, dialogueId);
    if (!pass) return mesh;
    return { ...mesh, topology: 'sfu', sfuUrl: pass.url, sfuRoom: pass.room, sfuPin: pass.pin };
  } catch (err) {
    deps.log.warn({ err, dialogueId }, 'live: the SFU is unreachable; this room falls back to mesh');
    return mesh;
  }
}

async function youIn(ctx: RoomContext): Promise<You> {
  const may = async (action: 'live.speak' | 'live.moderate' | 'dialogue.record') =>
    (await check(action, { actor: ctx.actor, dialogue: async () => ctx.access })) === null;
  return {
    connectionId: ctx.connectionId,
    userId: userIdOf(ctx.actor),
    participantId: ctx.participantId,
    canAct: await may('live.speak'),
    canModerate: await may('live.moderate'),
    canRecord: await may('dialogue.record'),
  };
}

/** `{…, "record": <the cached record's bytes>, …}` without parsing the record or encoding it again. */
function spliceSnapshot(message: Omit<Extract<ServerMessage, { type: 'snapshot' }>, 'record'>, record: Buffer): Buffer {
  const { type, dialogueId, seq, ...rest } = message;
  const head = JSON.stringify({ type, dialogueId, seq });
  const tail = JSON.stringify(rest);
  return Buffer.concat([Buffer.from(`${head.slice(0, -1)},"record":`), record, Buffer.from(`,${tail.slice(1)}`)]);
}

/**
 * A connection joins a dialogue's room: participants (observers read only) and the secretariat, as
 * the `live.join` policy line says; nobody else, and no hint whether the dialogue exists. It gets a
 * snapshot, or with `afterSeq` a `resumed` and then every event since.
 */
export async function subscribeToRoom(deps: Deps, s: Subscribing): Promise<Subscribed> {
  const { actor, dialogueId } = s;
  const access = s.access === undefined ? await loadDialogueAccess(deps.db, actor, dialogueId) : s.access;
  if (!actor.user || !access || (await check('live.join', { actor, dialogue: async () => access })) !== null)
    throw notFound();
  const participantId = access.participantId;
  const ctx: RoomContext = { deps, actor, access, dialogueId, connectionId: s.connectionId, participantId };
  await joinRoom(deps, { dialogueId, userId: actor.user.id, connectionId: s.connectionId, instanceId: s.instanceId });
  const you = await youIn(ctx);
  const media = await mediaSettings(deps, dialogueId);
  // The seq read with the access row, before this join's own event: the stream may be further on
  // already, and those events are sent again; clients apply them idempotently.
  const current = access.seqs.dialogue;
  // Asked also when the connection is gone (hub/seat-ledger.ts): a disabled account is out too.
  const stillInside = async () => {
    const [now, [account]] = await Promise.all([
      loadDialogueAccess(deps.db, actor, dialogueId),
      deps.db
        .select({ disabledAt: users.disabledAt })
        .from(users)
        .where(eq(users.id, userIdOf(actor))),
    ]);
    if (!account || account.disabledAt !== null || now === null) return false;
    return (await check('live.join', { actor, dialogue: async () => now })) === null;
  };
  if (s.afterSeq !== undefined && s.afterSeq <= current) {
    const first = messageBytes({ type: 'resumed', dialogueId, seq: s.afterSeq, you, media });
    return { first, lastSeq: s.afterSeq, participantId, stillInside };
  }
  // Read after `current`: the state is at least that new. Events after it are sent again, and
  // clients apply them idempotently, so the snapshot and the stream always meet.
  const [room, record] = await Promise.all([
    loadRoomState(deps.db, dialogueId),
    getDialogueRecord(deps, { actor, access }),
  ]);
  const lastSeq = Math.min(current, record.validThrough);
  const first = spliceSnapshot(
    { type: 'snapshot', dialogueId, seq: lastSeq, room, you, media, canAct: you.canAct },
    record.body,
  );
  return { first, lastSeq, participantId, stillInside };
}
