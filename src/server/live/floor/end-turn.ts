import { and, eq } from 'drizzle-orm';
import { floorRequests } from '../../db/schema.ts';
import { AppError } from '../../../shared/errors.ts';
import type { ClientMessage } from '../../../shared/live/messages.ts';
import { check } from '../../policy/policy.ts';
import type { RoomContext } from '../room-context.ts';
import { changeFloor, endCurrentTurn } from './change-floor.ts';

/** The speaker yields, or the moderator closes the turn. */
export async function endTurn(ctx: RoomContext, _msg: Extract<ClientMessage, { type: 'floor.end' }>): Promise<number> {
  const moderates = (await check('live.moderate', { actor: ctx.actor, dialogue: async () => ctx.access })) === null;
  return changeFloor(ctx, async (tx) => {
    const [current] = await tx
      .select({ participantId: floorRequests.participantId })
      .from(floorRequests)
      .where(and(eq(floorRequests.dialogueId, ctx.dialogueId), eq(floorRequests.state, 'speaking')));
    if (!current) throw new AppError('conflict', 'nobody has the floor');
    if (!moderates && current.participantId !== ctx.participantId)
      throw new AppError(ctx.actor.user ? 'forbidden' : 'unauthenticated');
    await endCurrentTurn(tx, ctx.dialogueId, ctx.deps.clock());
  });
}
