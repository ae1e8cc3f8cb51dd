import { createHmac } from 'node:crypto';
import type { JanusControl } from './janus-control.ts';

/** Janus numbers its rooms: a dialogue's number comes from its id, the same on every instance. */
export const sfuRoomOf = (dialogueId: string): number =>
  (Number.parseInt(dialogueId.replaceAll('-', '').slice(0, 8), 16) % 2_000_000_000) + 1;

/** The room's PIN: only the dialogue's insiders get it, in their snapshot; every instance derives the same. */
export const sfuPinOf = (key: string, dialogueId: string): string =>
  createHmac('sha256', key).update(`sfu-pin:${dialogueId}`).digest('base64url').slice(0, 24);

/**
 * Makes sure the dialogue's VideoRoom exists, private and behind its PIN. Rooms are created on
 * first use by whichever instance gets there; "already exists" is as good as created. What was
 * ensured is remembered only for the control session that ensured it: a restarted Janus has no
 * rooms, and closed that session, so the room is made again on the next join.
 */
export async function ensureSfuRoom(
  control: JanusControl,
  room: number,
  pin: string,
  description: string,
): Promise<void> {
  const key = `room:${room}`;
  if (control.known.has(key)) return;
  const exists = await control.videoroom({ request: 'exists', room });
  if (exists.exists !== true) {
    const data = await control.videoroom({
      request: 'create',
      room,
      pin,
      description: description.slice(0, 100),
      is_private: true,
      publishers: 100,
      audiocodec: 'opus',
      videocodec: 'vp8',
      notify_joining: true,
    });
    // 427: made meanwhile by another instance.
    if (data.videoroom !== 'created' && data.error_code !== 427)
      throw new Error(`Janus refused the room: ${JSON.stringify(data)}`);
  }
  control.known.add(key);
}
