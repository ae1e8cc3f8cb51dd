import { liveRooms } from '../../db/schema.ts';
import { AppError } from '../../../shared/errors.ts';
import type { ClientMessage } from '../../../shared/live/messages.ts';
import { authorize, type RoomContext } from '../room-context.ts';
import { changeFloor, loadQueue, saveOrder } from './change-floor.ts';

/**
 * The moderator puts the list in a new order. It must name every waiting request once, so a
 * request made meanwhile is never dropped by a stale order. Ordering by hand ends balanced order.
 */
export async function reorderFloor(
  ctx: RoomContext,
  msg: Extract<ClientMessage, { type: 'floor.reorder' }>,
): Promise<number> {
  await authorize(ctx, 'live.moderate');
  return changeFloor(ctx, async (tx, settings) => {
    const queue = await loadQueue(tx, ctx.dialogueId);
    const byId = new Map(queue.map((q) => [q.id, q]));
    const same =
      msg.order.length === queue.length &&
      new Set(msg.order).size === msg.order.length &&
      msg.order.every((id) => byId.has(id));
    if (!same)
      throw new AppError('conflict', 'the order must name every waiting request once; reload the list', [
        { path: 'order', message: 'not the current waiting requests' },
      ]);
    await saveOrder(
      tx,
      msg.order.map((id) => byId.get(id)!),
    );
    if (!settings.balanced) return settings;
    await tx
      .insert(liveRooms)
      .values({ ...settings, balanced: false })
      .onConflictDoUpdate({ target: liveRooms.dialogueId, set: { balanced: false } });
    return { ...settings, balanced: false };
  });
}
