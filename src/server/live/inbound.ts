import { ClientMessage, type RoomAction, type ServerMessage } from '../../shared/live/messages.ts';
import { FLOOR_BATCH_MOST } from './floor/floor-batch.ts';

/** A message as it arrived: valid, or the error that answers it. */
export type Inbound = { ok: true; message: ClientMessage } | { ok: false; reply: ServerMessage };

/** What the socket does next: one message, and when it changes the list, the changes queued behind it. */
export interface Next {
  head: Inbound;
  more: RoomAction[];
}

export function parseMessage(data: Buffer): Inbound {
  let parsed: unknown;
  try {
    parsed = JSON.parse(data.toString('utf8'));
  } catch {
    return { ok: false, reply: { type: 'error', code: 'malformed', message: 'not JSON' } };
  }
  const msg = ClientMessage.safeParse(parsed);
  if (msg.success) return { ok: true, message: msg.data };
  const issue = msg.error.issues[0]!;
  const ref =
    typeof (parsed as { ref?: unknown } | null)?.ref === 'string'
      ? (parsed as { ref: string }).ref.slice(0, 64)
      : undefined;
  return {
    ok: false,
    reply: { type: 'error', code: 'validation_failed', message: issue.message, path: issue.path.join('.'), ref },
  };
}

/** Every `floor.*` use case changes the list through changeFloor, which joins the batch's transaction. */
const changesList = (m: ClientMessage): m is Extract<RoomAction, { type: `floor.${string}` }> =>
  m.type.startsWith('floor.');

/** Takes the next message off the inbox, and with a change to a room's list, those to the same list right behind it. */
export function takeNext(inbox: Inbound[]): Next | null {
  const head = inbox.shift();
  if (!head) return null;
  const more: RoomAction[] = [];
  if (!head.ok || !changesList(head.message)) return { head, more };
  const room = head.message.dialogueId;
  for (let next = inbox[0]; more.length + 1 < FLOOR_BATCH_MOST; next = inbox[0]) {
    if (!next?.ok || !changesList(next.message) || next.message.dialogueId !== room) break;
    more.push(next.message);
    inbox.shift();
  }
  return { head, more };
}
