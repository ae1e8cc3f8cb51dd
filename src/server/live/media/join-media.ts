import { and, eq } from 'drizzle-orm';
import { liveConnections } from '../../db/schema.ts';
import { appendEvent } from '../../events/append-event.ts';
import { write } from '../../events/write.ts';
import { AppError } from '../../../shared/errors.ts';
import type { ClientMessage } from '../../../shared/live/messages.ts';
import { authorize, lockRoom, type Acked, type RoomContext } from '../room-context.ts';
import { loadMedia } from '../room-state.ts';
import { seatInSfu } from './media-access.ts';

/**
 * A connection starts audio and video (observers too: they receive). Mesh peers call every connection
 * already in; an interpreter joins with the language their channel carries. With an SFU, the
 * connection is answered with its seat there; without one reachable, mesh carries on.
 */
export async function joinMedia(ctx: RoomContext, msg: Extract<ClientMessage, { type: 'media.join' }>): Promise<Acked> {
  const interpretingInto = msg.interpretingInto ?? null;
  if (interpretingInto && !ctx.access.roles.includes('interpreter')) {
    throw new AppError('forbidden', 'only an interpreter publishes a language channel', [
      { path: 'interpretingInto', message: 'you are not an interpreter here' },
    ]);
  }
  await authorize(ctx, 'dialogue.read');
  const seat = await seatInSfu(ctx.deps, ctx.dialogueId, ctx.connectionId).catch((err: unknown) => {
    ctx.deps.log.warn({ err, dialogueId: ctx.dialogueId }, 'live: no seat on the SFU; the page cannot publish there');
    return null;
  });
  const seq = await write(ctx.deps.db, async (tx) => {
    await lockRoom(tx, ctx.dialogueId);
    const changed = await tx
      .update(liveConnections)
      .set({ inMedia: true, interpretingInto })
      .where(and(eq(liveConnections.id, ctx.connectionId), eq(liveConnections.dialogueId, ctx.dialogueId)))
      .returning({ id: liveConnections.id });
    if (changed.length === 0) throw new AppError('conflict', 'subscribe to the room first');
    const peer = (await loadMedia(tx, ctx.dialogueId)).find((p) => p.connectionId === ctx.connectionId)!;
    return appendEvent(tx, {
      stream: ctx.dialogueId,
      dialogueId: ctx.dialogueId,
      type: 'media.joined',
      actorId: ctx.actor.user?.id ?? null,
      payload: peer,
    });
  });
  return { seq, ...(seat ? { seat } : {}) };
}
