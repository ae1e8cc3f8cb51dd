import type { DialogueRecord } from '../contracts/dialogue-record.ts';
import type { Statement } from '../contracts/record.ts';
import type { MediaSettings, ServerMessage, You } from './messages.ts';
import { RoomEvent, type RoomState } from './room.ts';

/** What a page shows of a room: the record and the live state, as of `seq`. */
export interface RoomView {
  dialogueId: string;
  seq: number;
  record: DialogueRecord;
  room: RoomState;
  you: You;
  media: MediaSettings;
  /** A record event this view cannot apply by itself (an outcome, a participant…): fetch the record again. */
  recordStale: boolean;
}

export function viewFromSnapshot(s: Extract<ServerMessage, { type: 'snapshot' }>): RoomView {
  return {
    dialogueId: s.dialogueId,
    seq: s.seq,
    record: s.record,
    room: s.room,
    you: s.you,
    media: s.media,
    recordStale: false,
  };
}

const upsert = <T>(list: readonly T[], item: T, key: (x: T) => string): T[] => {
  const at = list.findIndex((x) => key(x) === key(item));
  return at < 0 ? [...list, item] : list.map((x, i) => (i === at ? item : x));
};

/**
 * Applies one event. Every change is keyed (replace the list, put or remove one entry), so
 * replaying events the snapshot already reflects ends in the same state: a snapshot may be a
 * little newer than its seq, and the stream meets it without a gap or a double.
 */
export function applyEvent(view: RoomView, e: Extract<ServerMessage, { type: 'event' }>): RoomView {
  if (e.seq <= view.seq) return view;
  const next = { ...view, seq: e.seq };
  const parsed = RoomEvent.safeParse({ event: e.event, payload: e.payload });
  if (parsed.success) return { ...next, room: applyRoomEvent(view.room, parsed.data) };
  const [kind, verb] = e.event.split('.');
  if (kind === 'statement') {
    const statements =
      verb === 'deleted'
        ? view.record.statements.filter((s) => s.id !== (e.payload as { id: string }).id)
        : upsert(view.record.statements, e.payload as Statement, (s) => s.id).sort((a, b) => a.position - b.position);
    return { ...next, record: { ...view.record, statements, seq: e.seq } };
  }
  const recordKinds = ['outcome', 'participant', 'agenda_item', 'dialogue', 'publication'];
  return recordKinds.includes(kind ?? '') ? { ...next, recordStale: true } : next;
}

function applyRoomEvent(room: RoomState, e: RoomEvent): RoomState {
  switch (e.event) {
    case 'floor.changed':
      return { ...room, floor: e.payload.floor };
    case 'presence.joined':
      return { ...room, presence: upsert(room.presence, e.payload, (p) => p.userId) };
    case 'presence.left':
      return { ...room, presence: room.presence.filter((p) => p.userId !== e.payload.userId) };
    case 'media.joined':
      return { ...room, media: upsert(room.media, e.payload, (p) => p.connectionId) };
    case 'media.left':
      return { ...room, media: room.media.filter((p) => p.connectionId !== e.payload.connectionId) };
    case 'chat.posted': {
      const posted = e.payload;
      // A message deleted since: its stored event is a tombstone, and it is not shown.
      if ('deleted' in posted) return { ...room, chat: room.chat.filter((m) => m.id !== posted.id) };
      return { ...room, chat: upsert(room.chat, posted, (m) => m.id) };
    }
    case 'chat.deleted':
      return { ...room, chat: room.chat.filter((m) => m.id !== e.payload.id) };
    case 'media.muted_all':
      return { ...room, mutedAllAt: e.payload.at };
  }
}

/** Seconds left in the current turn, by the server's clock (the local clock plus the measured offset). */
export function secondsLeft(room: RoomState, serverNow: number): number | null {
  const current = room.floor.current;
  if (!current) return null;
  return Math.ceil((Date.parse(current.grantedAt) + current.timeLimitSeconds * 1000 - serverNow) / 1000);
}
