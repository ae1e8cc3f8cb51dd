import { liveRooms } from '../../db/schema.ts';
import type { ClientMessage } from '../../../shared/live/messages.ts';
import { authorize, type RoomContext } from '../room-context.ts';
import { changeFloor } from './change-floor.ts';

/** The chair opens or closes the speakers' list. Those already on it keep their places. */
export async function openFloor(
  ctx: RoomContext,
  msg: Extract<ClientMessage, { type: 'floor.open' }>,
): Promise<number> {
  await authorize(ctx, 'live.moderate');
  return changeFloor(ctx, async (tx, settings) => {
    const next = { ...settings, listOpen: msg.open };
    await tx
      .insert(liveRooms)
      .values(next)
      .onConflictDoUpdate({ target: liveRooms.dialogueId, set: { listOpen: msg.open } });
    return next;
  });
}
