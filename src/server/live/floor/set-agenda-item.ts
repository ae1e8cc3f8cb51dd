import { and, eq } from 'drizzle-orm';
import { agendaItems, liveRooms } from '../../db/schema.ts';
import { AppError } from '../../../shared/errors.ts';
import type { ClientMessage } from '../../../shared/live/messages.ts';
import { authorize, type RoomContext } from '../room-context.ts';
import { changeFloor } from './change-floor.ts';

/** The chair sets the agenda item under discussion (or none): every page and the projector show it. */
export async function setAgendaItem(
  ctx: RoomContext,
  msg: Extract<ClientMessage, { type: 'floor.agenda' }>,
): Promise<number> {
  await authorize(ctx, 'live.moderate');
  return changeFloor(ctx, async (tx, settings) => {
    if (msg.agendaItemId !== null) {
      const [item] = await tx
        .select({ id: agendaItems.id })
        .from(agendaItems)
        .where(and(eq(agendaItems.id, msg.agendaItemId), eq(agendaItems.dialogueId, ctx.dialogueId)));
      if (!item)
        throw new AppError('not_found', 'no such agenda item in this dialogue', [
          { path: 'agendaItemId', message: 'not an agenda item of this dialogue' },
        ]);
    }
    const next = { ...settings, agendaItemId: msg.agendaItemId };
    await tx
      .insert(liveRooms)
      .values(next)
      .onConflictDoUpdate({ target: liveRooms.dialogueId, set: { agendaItemId: msg.agendaItemId } });
    return next;
  });
}
