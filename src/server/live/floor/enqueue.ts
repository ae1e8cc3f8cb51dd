import { randomUUID } from 'node:crypto';
import type { Tx } from '../../db/database.ts';
import { floorRequests } from '../../db/schema.ts';
import { AppError } from '../../../shared/errors.ts';
import { LIVE_LIMITS, type FloorKind } from '../../../shared/live/room.ts';
import type { RoomSettings } from '../room-state.ts';
import { loadQueue, loadTurns, saveOrder } from './change-floor.ts';
import { placeRequest } from './order.ts';

/**
 * Puts one participant on the speakers' list, placed by kind (and turns, when balanced): one waiting
 * request each. Runs inside changeFloor, under the room's lock. `path` names the field at fault.
 */
export async function enqueue(
  tx: Tx,
  request: { dialogueId: string; participantId: string; kind: FloorKind; now: Date },
  settings: RoomSettings,
  already: { message: string; path?: string },
): Promise<void> {
  const queue = await loadQueue(tx, request.dialogueId);
  if (queue.some((q) => q.participantId === request.participantId))
    throw new AppError(
      'conflict',
      already.message,
      already.path ? [{ path: already.path, message: 'already on the speakers’ list' }] : undefined,
    );
  if (queue.length >= LIVE_LIMITS.queue) throw new AppError('conflict', 'the speakers’ list is full');
  const waiting = { id: randomUUID(), participantId: request.participantId, kind: request.kind };
  await tx.insert(floorRequests).values({
    ...waiting,
    dialogueId: request.dialogueId,
    state: 'queued',
    position: queue.length,
    requestedAt: request.now,
  });
  // Only a statement in balanced order is placed by turns.
  const weighed = settings.balanced && request.kind === 'statement';
  const turns = weighed ? await loadTurns(tx, request.dialogueId) : new Map<string, number>();
  await saveOrder(tx, placeRequest(queue, waiting, turns, settings.balanced));
}
