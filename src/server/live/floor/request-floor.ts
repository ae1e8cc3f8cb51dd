import { randomUUID } from 'node:crypto';
import { floorRequests } from '../../db/schema.ts';
import { AppError } from '../../../shared/errors.ts';
import { LIVE_LIMITS } from '../../../shared/live/room.ts';
import type { ClientMessage } from '../../../shared/live/messages.ts';
import { authorize, type RoomContext } from '../room-context.ts';
import { changeFloor, loadQueue, loadTurns, saveOrder } from './change-floor.ts';
import { placeRequest } from './order.ts';

/** A participant asks for the floor: one waiting request each, placed by kind (and turns, when balanced). */
export async function requestFloor(
  ctx: RoomContext,
  msg: Extract<ClientMessage, { type: 'floor.request' }>,
): Promise<number> {
  await authorize(ctx, 'live.speak');
  const participantId = ctx.participantId;
  if (!participantId) throw new AppError('forbidden', 'only a participant of the dialogue can ask for the floor');
  return changeFloor(ctx, async (tx, settings) => {
    const queue = await loadQueue(tx, ctx.dialogueId);
    if (queue.some((q) => q.participantId === participantId))
      throw new AppError('conflict', 'you are already on the speakers’ list; withdraw that request first');
    if (queue.length >= LIVE_LIMITS.queue) throw new AppError('conflict', 'the speakers’ list is full');
    const request = { id: randomUUID(), participantId, kind: msg.kind };
    await tx.insert(floorRequests).values({
      ...request,
      dialogueId: ctx.dialogueId,
      state: 'queued',
      position: queue.length,
      requestedAt: ctx.deps.clock(),
    });
    await saveOrder(tx, placeRequest(queue, request, await loadTurns(tx, ctx.dialogueId), settings.balanced));
  });
}
