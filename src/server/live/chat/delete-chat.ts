import { and, eq, isNull } from 'drizzle-orm';
import { chatMessages } from '../../db/schema.ts';
import { appendEvent } from '../../events/append-event.ts';
import { write } from '../../events/write.ts';
import { AppError } from '../../../shared/errors.ts';
import type { ClientMessage } from '../../../shared/live/messages.ts';
import { authorize, type RoomContext } from '../room-context.ts';

/** The moderator removes a message from the chat; who removed it, and when, is kept. */
export async function deleteChat(
  ctx: RoomContext,
  msg: Extract<ClientMessage, { type: 'chat.delete' }>,
): Promise<number> {
  await authorize(ctx, 'live.moderate');
  return write(ctx.deps.db, async (tx) => {
    const done = await tx
      .update(chatMessages)
      .set({ deletedAt: ctx.deps.clock(), deletedBy: ctx.actor.user!.id })
      .where(
        and(
          eq(chatMessages.id, msg.messageId),
          eq(chatMessages.dialogueId, ctx.dialogueId),
          isNull(chatMessages.deletedAt),
        ),
      )
      .returning({ id: chatMessages.id });
    if (done.length === 0)
      throw new AppError('not_found', 'no such message', [{ path: 'messageId', message: 'not in this chat' }]);
    return appendEvent(tx, {
      stream: ctx.dialogueId,
      dialogueId: ctx.dialogueId,
      type: 'chat.deleted',
      actorId: ctx.actor.user!.id,
      payload: { id: msg.messageId },
    });
  });
}
