import { and, eq } from 'drizzle-orm';
import { liveConnections } from '../../db/schema.ts';
import { appendEvent } from '../../events/append-event.ts';
import { write } from '../../events/write.ts';
import type { ClientMessage } from '../../../shared/live/messages.ts';
import { lockRoom, type RoomContext } from '../room-context.ts';
import { revokeMediaAccess } from './media-access.ts';

/** A connection stops its audio and video; peers close their connection to it, and its seat on the SFU ends. */
export async function leaveMedia(
  ctx: RoomContext,
  _msg: Extract<ClientMessage, { type: 'media.leave' }>,
): Promise<number | null> {
  await revokeMediaAccess(ctx.deps, ctx.dialogueId, ctx.connectionId);
  return write(ctx.deps.db, async (tx) => {
    await lockRoom(tx, ctx.dialogueId);
    const changed = await tx
      .update(liveConnections)
      .set({ inMedia: false, interpretingInto: null })
      .where(and(eq(liveConnections.id, ctx.connectionId), eq(liveConnections.inMedia, true)))
      .returning({ id: liveConnections.id });
    if (changed.length === 0) return null;
    return appendEvent(tx, {
      stream: ctx.dialogueId,
      dialogueId: ctx.dialogueId,
      type: 'media.left',
      actorId: ctx.actor.user?.id ?? null,
      payload: { connectionId: ctx.connectionId },
    });
  });
}
