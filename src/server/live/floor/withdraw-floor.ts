import { and, eq } from 'drizzle-orm';
import { floorRequests } from '../../db/schema.ts';
import { AppError } from '../../../shared/errors.ts';
import type { ClientMessage } from '../../../shared/live/messages.ts';
import { authorize, type RoomContext } from '../room-context.ts';
import { changeFloor } from './change-floor.ts';

/** A participant takes back their own waiting request. */
export async function withdrawFloor(
  ctx: RoomContext,
  msg: Extract<ClientMessage, { type: 'floor.withdraw' }>,
): Promise<number> {
  await authorize(ctx, 'live.speak');
  const participantId = ctx.participantId;
  if (!participantId) throw new AppError('forbidden', 'only a participant of the dialogue has requests to withdraw');
  return changeFloor(ctx, async (tx) => {
    const done = await tx
      .update(floorRequests)
      .set({ state: 'withdrawn', endedAt: ctx.deps.clock() })
      .where(
        and(
          eq(floorRequests.id, msg.requestId),
          eq(floorRequests.dialogueId, ctx.dialogueId),
          eq(floorRequests.state, 'queued'),
          eq(floorRequests.participantId, participantId),
        ),
      )
      .returning({ id: floorRequests.id });
    if (done.length === 0)
      throw new AppError('not_found', 'no such waiting request of yours', [
        { path: 'requestId', message: 'not a waiting request of yours' },
      ]);
  });
}
