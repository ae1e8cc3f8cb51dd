import { and, asc, eq } from 'drizzle-orm';
import { floorRequests } from '../../db/schema.ts';
import { AppError } from '../../../shared/errors.ts';
import type { ClientMessage } from '../../../shared/live/messages.ts';
import { authorize, type RoomContext } from '../room-context.ts';
import { changeFloor, endCurrentTurn, rebalance } from './change-floor.ts';

/** The moderator gives the floor to a request, or to the head of the list; the current turn ends first. */
export async function grantFloor(
  ctx: RoomContext,
  msg: Extract<ClientMessage, { type: 'floor.grant' }>,
): Promise<number> {
  await authorize(ctx, 'live.moderate');
  return changeFloor(ctx, async (tx, settings) => {
    const [next] = await tx
      .select({ id: floorRequests.id })
      .from(floorRequests)
      .where(
        and(
          eq(floorRequests.dialogueId, ctx.dialogueId),
          eq(floorRequests.state, 'queued'),
          msg.requestId ? eq(floorRequests.id, msg.requestId) : undefined,
        ),
      )
      .orderBy(asc(floorRequests.position), asc(floorRequests.requestedAt))
      .limit(1);
    if (!next) {
      throw msg.requestId
        ? new AppError('not_found', 'no such waiting request', [
            { path: 'requestId', message: 'not on the speakers’ list' },
          ])
        : new AppError('conflict', 'nobody is waiting for the floor');
    }
    const now = ctx.deps.clock();
    await endCurrentTurn(tx, ctx.dialogueId, now);
    await tx
      .update(floorRequests)
      .set({ state: 'speaking', grantedAt: now, timeLimitSeconds: settings.timeLimitSeconds })
      .where(eq(floorRequests.id, next.id));
    await rebalance(tx, ctx.dialogueId, settings);
  });
}
