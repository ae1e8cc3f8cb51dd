import type { RoomAction } from '../../shared/live/messages.ts';
import type { Acked, RoomContext } from './room-context.ts';
import { requestFloor } from './floor/request-floor.ts';
import { withdrawFloor } from './floor/withdraw-floor.ts';
import { grantFloor } from './floor/grant-floor.ts';
import { endTurn } from './floor/end-turn.ts';
import { revokeFloor } from './floor/revoke-floor.ts';
import { reorderFloor } from './floor/reorder-floor.ts';
import { setFloorSettings } from './floor/floor-settings.ts';
import { postChat } from './chat/post-chat.ts';
import { deleteChat } from './chat/delete-chat.ts';
import { recordStatement } from './record-statement.ts';
import { joinMedia } from './media/join-media.ts';
import { leaveMedia } from './media/leave-media.ts';
import { muteAll } from './media/mute-all.ts';
// The chair's list and agenda (issue 16: the live room as a meeting room).
import { enlistFloor } from './floor/enlist-floor.ts';
import { openFloor } from './floor/open-floor.ts';
import { setAgendaItem } from './floor/set-agenda-item.ts';
import { reopenRoom } from './room/reopen-room.ts';
import { assertRoomOpen } from './room/room-window.ts';

/** Each room action by its type. */
type ByType = { [A in RoomAction as A['type']]: A };
type Handler<T extends keyof ByType> = (ctx: RoomContext, msg: ByType[T]) => Promise<number | null | Acked>;

/** Each room action and its use case; the compiler insists every action of the union has one. */
const HANDLERS: { [T in keyof ByType]: Handler<T> } = {
  'floor.request': requestFloor,
  'floor.withdraw': withdrawFloor,
  'floor.grant': grantFloor,
  'floor.end': endTurn,
  'floor.revoke': revokeFloor,
  'floor.reorder': reorderFloor,
  'floor.settings': setFloorSettings,
  'chat.post': postChat,
  'chat.delete': deleteChat,
  'statement.record': recordStatement,
  'media.join': joinMedia,
  'media.leave': leaveMedia,
  'media.mute_all': muteAll,
  // The chair's list and agenda (issue 16).
  'floor.enlist': enlistFloor,
  'floor.open': openFloor,
  'floor.agenda': setAgendaItem,
  'room.reopen': reopenRoom,
};

/** The handler of an action's type, called with that action: the map keeps type and handler together. */
const run = <T extends keyof ByType>(ctx: RoomContext, type: T, msg: ByType[T]) => HANDLERS[type](ctx, msg);

/** Actions of the meeting itself, refused outside the room's window (room/room-window.ts). */
const WINDOWED = /^(floor|chat)\./;

/** Runs the action's use case; what its ack carries. */
export async function dispatch(ctx: RoomContext, msg: RoomAction): Promise<Acked> {
  if (WINDOWED.test(msg.type)) assertRoomOpen(ctx);
  const out = await run(ctx, msg.type, msg);
  return typeof out === 'object' && out !== null ? out : { seq: out };
}
