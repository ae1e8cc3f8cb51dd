import { and, eq, inArray } from 'drizzle-orm';
import { floorRequests } from '../../db/schema.ts';
import { AppError } from '../../../shared/errors.ts';
import type { ClientMessage } from '../../../shared/live/messages.ts';
import { authorize, type RoomContext } from '../room-context.ts';
import { changeFloor } from './change-floor.ts';

/** The moderator takes a request off the list, or the floor from its holder (the time spoken still counts). */
export async function revokeFloor(
  ctx: RoomContext,
  msg: Extract<ClientMessage, { type: 'floor.revoke' }>,
): Promise<number> {
  await authorize(ctx, 'live.moderate');
  return changeFloor(ctx, async (tx) => {
    const done = await tx
      .update(floorRequests)
      .set({ state: 'revoked', endedAt: ctx.deps.clock() })
      .where(
        and(
          eq(floorRequests.id, msg.requestId),
          eq(floorRequests.dialogueId, ctx.dialogueId),
          inArray(floorRequests.state, ['queued', 'speaking']),
        ),
      )
      .returning({ id: floorRequests.id });
    if (done.length === 0)
      throw new AppError('not_found', 'no such open request', [
        { path: 'requestId', message: 'not waiting and not speaking' },
      ]);
  });
}
