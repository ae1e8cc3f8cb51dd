import { liveRooms } from '../../db/schema.ts';
import type { ClientMessage } from '../../../shared/live/messages.ts';
import { authorize, type RoomContext } from '../room-context.ts';
import { changeFloor, rebalance } from './change-floor.ts';

/** The moderator sets the time per speaker (for turns given from now on), balanced order and who sends video. */
export async function setFloorSettings(
  ctx: RoomContext,
  msg: Extract<ClientMessage, { type: 'floor.settings' }>,
): Promise<number> {
  await authorize(ctx, 'live.moderate');
  return changeFloor(ctx, async (tx, settings) => {
    const next = {
      ...settings,
      timeLimitSeconds: msg.timeLimitSeconds ?? settings.timeLimitSeconds,
      balanced: msg.balanced ?? settings.balanced,
      videoPolicy: msg.videoPolicy ?? settings.videoPolicy,
    };
    const { dialogueId: _, ...set } = next;
    await tx.insert(liveRooms).values(next).onConflictDoUpdate({ target: liveRooms.dialogueId, set });
    await rebalance(tx, ctx.dialogueId, next);
    return next;
  });
}
