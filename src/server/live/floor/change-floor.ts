import { and, asc, eq, isNotNull, sql } from 'drizzle-orm';
import type { Tx } from '../../db/database.ts';
import { floorRequests } from '../../db/schema.ts';
import { appendEvent } from '../../events/append-event.ts';
import { write } from '../../events/write.ts';
import { loadFloor, loadRoomSettings, type RoomSettings } from '../room-state.ts';
import { lockRoom, type FloorBatch, type RoomContext } from '../room-context.ts';
import { balance, type Waiting } from './order.ts';

/**
 * Every change to the speakers' list: under the room's lock, the change, then the whole list as it
 * now is in one `floor.changed` event. Returns the event's seq. Inside a batch (floor-batch.ts) it
 * runs in the batch's transaction.
 */
export function changeFloor(
  ctx: RoomContext,
  change: (tx: Tx, settings: RoomSettings) => Promise<RoomSettings | void>,
): Promise<number> {
  if (ctx.floor) return applyChange(ctx, ctx.floor, change);
  return write(ctx.deps.db, async (tx) => {
    await lockRoom(tx, ctx.dialogueId);
    return applyChange(ctx, { tx, settings: await loadRoomSettings(tx, ctx.dialogueId) }, change);
  });
}

async function applyChange(
  ctx: RoomContext,
  batch: FloorBatch,
  change: (tx: Tx, settings: RoomSettings) => Promise<RoomSettings | void>,
): Promise<number> {
  // A change to the settings returns them as they now are; others leave them as read.
  batch.settings = (await change(batch.tx, batch.settings)) ?? batch.settings;
  const floor = await loadFloor(batch.tx, ctx.dialogueId, batch.settings);
  return appendEvent(batch.tx, {
    stream: ctx.dialogueId,
    dialogueId: ctx.dialogueId,
    type: 'floor.changed',
    actorId: ctx.actor.user?.id ?? null,
    payload: { floor },
  });
}

export async function loadQueue(tx: Tx, dialogueId: string): Promise<Waiting[]> {
  return tx
    .select({ id: floorRequests.id, participantId: floorRequests.participantId, kind: floorRequests.kind })
    .from(floorRequests)
    .where(and(eq(floorRequests.dialogueId, dialogueId), eq(floorRequests.state, 'queued')))
    .orderBy(asc(floorRequests.position), asc(floorRequests.requestedAt));
}

/** Turns each participant has had, the current one included: what balanced order weighs. */
export async function loadTurns(tx: Tx, dialogueId: string): Promise<Map<string, number>> {
  const rows = await tx
    .select({ participantId: floorRequests.participantId, n: sql<string>`count(*)` })
    .from(floorRequests)
    .where(and(eq(floorRequests.dialogueId, dialogueId), isNotNull(floorRequests.grantedAt)))
    .groupBy(floorRequests.participantId);
  return new Map(rows.map((r) => [r.participantId, Number(r.n)]));
}

/** Writes the queue's order as positions 0…n-1, in one statement. */
export async function saveOrder(tx: Tx, queue: readonly Waiting[]): Promise<void> {
  if (queue.length === 0) return;
  const ids = sql.join(
    queue.map((q) => sql`${q.id}::uuid`),
    sql`, `,
  );
  await tx.execute(sql`update floor_requests f set position = v.ord - 1
    from unnest(array[${ids}]) with ordinality as v(id, ord) where f.id = v.id`);
}

/** After a turn is given, fewest-turns-first changes: balanced rooms sort their queue again. */
export async function rebalance(tx: Tx, dialogueId: string, settings: RoomSettings): Promise<void> {
  if (!settings.balanced) return;
  await saveOrder(tx, balance(await loadQueue(tx, dialogueId), await loadTurns(tx, dialogueId)));
}

/** Ends the current turn, if there is one: its time goes into the log. */
export async function endCurrentTurn(
  tx: Tx,
  dialogueId: string,
  now: Date,
  state: 'done' | 'revoked' = 'done',
): Promise<boolean> {
  const ended = await tx
    .update(floorRequests)
    .set({ state, endedAt: now })
    .where(and(eq(floorRequests.dialogueId, dialogueId), eq(floorRequests.state, 'speaking')))
    .returning({ id: floorRequests.id });
  return ended.length > 0;
}
