import { and, eq } from 'drizzle-orm';
import { floorRequests } from '../../db/schema.ts';
import { AppError } from '../../../shared/errors.ts';
import type { ClientMessage } from '../../../shared/live/messages.ts';
import { check } from '../../policy/policy.ts';
import type { RoomContext } from '../room-context.ts';
import { changeFloor } from './change-floor.ts';

/** The speaker yields, or the moderator closes the turn. */
export async function endTurn(ctx: RoomContext, _msg: Extract<ClientMessage, { type: 'floor.end' }>): Promise<number> {
  const moderates = (await check('live.moderate', { actor: ctx.actor, dialogue: async () => ctx.access })) === null;
  return changeFloor(ctx, async (tx) => {
    // One statement when allowed; the reason is read only when nothing was ended. A moderator ends
    // anyone's turn, a participant their own, anyone else none.
    const whose = moderates ? undefined : ctx.participantId;
    const ended =
      whose === null
        ? []
        : await tx
            .update(floorRequests)
            .set({ state: 'done', endedAt: ctx.deps.clock() })
            .where(
              and(
                eq(floorRequests.dialogueId, ctx.dialogueId),
                eq(floorRequests.state, 'speaking'),
                whose === undefined ? undefined : eq(floorRequests.participantId, whose),
              ),
            )
            .returning({ id: floorRequests.id });
    if (ended.length > 0) return;
    const [current] = await tx
      .select({ id: floorRequests.id })
      .from(floorRequests)
      .where(and(eq(floorRequests.dialogueId, ctx.dialogueId), eq(floorRequests.state, 'speaking')));
    if (!current) throw new AppError('conflict', 'nobody has the floor');
    throw new AppError(ctx.actor.user ? 'forbidden' : 'unauthenticated');
  });
}
