import type { ClientMessage } from '../../../shared/live/messages.ts';
import { liveRooms } from '../../db/schema.ts';
import { appendEvent } from '../../events/append-event.ts';
import { write } from '../../events/write.ts';
import { authorize, lockRoom, type RoomContext } from '../room-context.ts';
import { loadRoomSettings } from '../room-state.ts';
import { CLOSES_AFTER_MS } from './room-window.ts';

/** The chair reopens a closed room (a concluded dialogue, an overrun) for two hours from now. */
export async function reopenRoom(
  ctx: RoomContext,
  _msg: Extract<ClientMessage, { type: 'room.reopen' }>,
): Promise<number> {
  await authorize(ctx, 'live.moderate');
  const until = new Date(ctx.deps.clock().getTime() + CLOSES_AFTER_MS);
  return write(ctx.deps.db, async (tx) => {
    await lockRoom(tx, ctx.dialogueId);
    const settings = await loadRoomSettings(tx, ctx.dialogueId);
    await tx
      .insert(liveRooms)
      .values({ ...settings, reopenedUntil: until })
      .onConflictDoUpdate({ target: liveRooms.dialogueId, set: { reopenedUntil: until } });
    return appendEvent(tx, {
      stream: ctx.dialogueId,
      dialogueId: ctx.dialogueId,
      type: 'room.reopened',
      actorId: ctx.actor.user?.id ?? null,
      payload: { until: until.toISOString() },
    });
  });
}
