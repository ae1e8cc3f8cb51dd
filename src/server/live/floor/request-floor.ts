import { AppError } from '../../../shared/errors.ts';
import type { ClientMessage } from '../../../shared/live/messages.ts';
import { authorize, type RoomContext } from '../room-context.ts';
import { changeFloor } from './change-floor.ts';
import { enqueue } from './enqueue.ts';

/** A participant asks for the floor: one waiting request each, placed by kind (and turns, when balanced). */
export async function requestFloor(
  ctx: RoomContext,
  msg: Extract<ClientMessage, { type: 'floor.request' }>,
): Promise<number> {
  await authorize(ctx, 'live.speak');
  const participantId = ctx.participantId;
  if (!participantId) throw new AppError('forbidden', 'only a participant of the dialogue can ask for the floor');
  return changeFloor(ctx, async (tx, settings) => {
    // Read under the room's lock: a request racing the chair's closing loses cleanly.
    if (!settings.listOpen)
      throw new AppError('floor_closed', 'the speakers’ list is closed; the chair may still add you to it');
    await enqueue(tx, { dialogueId: ctx.dialogueId, participantId, kind: msg.kind, now: ctx.deps.clock() }, settings, {
      message: 'you are already on the speakers’ list; withdraw that request first',
    });
  });
}
