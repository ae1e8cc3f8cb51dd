import { userIdOf } from '../../policy/actor.ts';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { chatMessages, events } from '../../db/schema.ts';
import { appendEvent } from '../../events/append-event.ts';
import { write } from '../../events/write.ts';
import { AppError } from '../../../shared/errors.ts';
import type { ChatTombstone } from '../../../shared/live/room.ts';
import type { ClientMessage } from '../../../shared/live/messages.ts';
import { authorize, type RoomContext } from '../room-context.ts';

/**
 * The moderator removes a message from the chat; who removed it, and when, is kept. Its text goes
 * for good, in the same transaction: from the message row, and from the stored `chat.posted`
 * event, whose payload becomes a tombstone. A client resuming from before the message (the hub
 * reads the stored events) receives the tombstone, never the text.
 */
export async function deleteChat(
  ctx: RoomContext,
  msg: Extract<ClientMessage, { type: 'chat.delete' }>,
): Promise<number> {
  await authorize(ctx, 'live.moderate');
  return write(ctx.deps.db, async (tx) => {
    const at = ctx.deps.clock();
    const by = userIdOf(ctx.actor);
    const done = await tx
      .update(chatMessages)
      .set({ deletedAt: at, deletedBy: by, text: '' })
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
    const tombstone: ChatTombstone = { id: msg.messageId, deleted: true, by, at: at.toISOString() };
    await tx
      .update(events)
      .set({ payload: tombstone })
      .where(
        and(
          eq(events.stream, ctx.dialogueId),
          eq(events.type, 'chat.posted'),
          sql`${events.payload}->>'id' = ${msg.messageId}`,
        ),
      );
    return appendEvent(tx, {
      stream: ctx.dialogueId,
      dialogueId: ctx.dialogueId,
      type: 'chat.deleted',
      actorId: by,
      payload: { id: msg.messageId },
    });
  });
}
