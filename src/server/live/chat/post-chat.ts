import { userIdOf } from '../../policy/actor.ts';
import { randomUUID } from 'node:crypto';
import { chatMessages } from '../../db/schema.ts';
import { appendEvent } from '../../events/append-event.ts';
import { write } from '../../events/write.ts';
import type { ClientMessage } from '../../../shared/live/messages.ts';
import { authorize, type RoomContext } from '../room-context.ts';
import { loadChat } from '../room-state.ts';

/** A participant (not an observer) or the secretariat writes in the room's chat; it is kept with the dialogue. */
export async function postChat(ctx: RoomContext, msg: Extract<ClientMessage, { type: 'chat.post' }>): Promise<number> {
  await authorize(ctx, 'live.speak');
  return write(ctx.deps.db, async (tx) => {
    const id = randomUUID();
    await tx.insert(chatMessages).values({
      id,
      dialogueId: ctx.dialogueId,
      userId: userIdOf(ctx.actor),
      participantId: ctx.participantId,
      text: msg.text,
      at: ctx.deps.clock(),
    });
    const [message] = await loadChat(tx, ctx.dialogueId, id);
    return appendEvent(tx, {
      stream: ctx.dialogueId,
      dialogueId: ctx.dialogueId,
      type: 'chat.posted',
      actorId: userIdOf(ctx.actor),
      payload: message,
    });
  });
}
