import { userIdOf } from '../../policy/actor.ts';
import { and, eq } from 'drizzle-orm';
import { floorRequests, liveRooms, participants, users } from '../../db/schema.ts';
import { appendEvent } from '../../events/append-event.ts';
import { write } from '../../events/write.ts';
import type { ClientMessage } from '../../../shared/live/messages.ts';
import { authorize, lockRoom, type RoomContext } from '../room-context.ts';
import { loadRoomSettings } from '../room-state.ts';

/** The moderator mutes everyone but themselves and the floor holder; each client turns its own microphone off. */
export async function muteAll(
  ctx: RoomContext,
  _msg: Extract<ClientMessage, { type: 'media.mute_all' }>,
): Promise<number> {
  await authorize(ctx, 'live.moderate');
  const userId = userIdOf(ctx.actor);
  return write(ctx.deps.db, async (tx) => {
    await lockRoom(tx, ctx.dialogueId);
    const speaker = await tx
      .select({ userId: users.id })
      .from(floorRequests)
      .innerJoin(participants, eq(participants.id, floorRequests.participantId))
      .innerJoin(users, eq(users.personId, participants.personId))
      .where(and(eq(floorRequests.dialogueId, ctx.dialogueId), eq(floorRequests.state, 'speaking')));
    const at = ctx.deps.clock();
    const settings = await loadRoomSettings(tx, ctx.dialogueId);
    await tx
      .insert(liveRooms)
      .values({ ...settings, mutedAllAt: at })
      .onConflictDoUpdate({ target: liveRooms.dialogueId, set: { mutedAllAt: at } });
    const exceptUserIds = [...new Set([userId, ...speaker.map((s) => s.userId)])];
    return appendEvent(tx, {
      stream: ctx.dialogueId,
      dialogueId: ctx.dialogueId,
      type: 'media.muted_all',
      actorId: userId,
      payload: { byUserId: userId, exceptUserIds, at: at.toISOString() },
    });
  });
}
