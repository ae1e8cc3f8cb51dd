import { and, eq } from 'drizzle-orm';
import { participants } from '../../db/schema.ts';
import { AppError } from '../../../shared/errors.ts';
import type { ClientMessage } from '../../../shared/live/messages.ts';
import { authorize, type RoomContext } from '../room-context.ts';
import { changeFloor } from './change-floor.ts';
import { enqueue } from './enqueue.ts';

/**
 * The chair puts a participant on the speakers' list: someone in the hall of a hybrid meeting, or
 * who raised a hand. It works on a closed list too (closing stops requests, not the chair).
 */
export async function enlistFloor(
  ctx: RoomContext,
  msg: Extract<ClientMessage, { type: 'floor.enlist' }>,
): Promise<number> {
  await authorize(ctx, 'live.moderate');
  return changeFloor(ctx, async (tx, settings) => {
    const [row] = await tx
      .select({ role: participants.role })
      .from(participants)
      .where(
        and(
          eq(participants.id, msg.participantId),
          eq(participants.dialogueId, ctx.dialogueId),
          eq(participants.invitation, 'accepted'),
        ),
      );
    if (!row)
      throw new AppError('not_found', 'no such participant in this dialogue', [
        { path: 'participantId', message: 'not an accepted participant of this dialogue' },
      ]);
    await enqueue(
      tx,
      { dialogueId: ctx.dialogueId, participantId: msg.participantId, kind: msg.kind, now: ctx.deps.clock() },
      settings,
      { message: 'this participant is already on the speakers’ list', path: 'participantId' },
    );
  });
}
