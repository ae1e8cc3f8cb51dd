import { z } from 'zod';
import { Id } from '../common.ts';
import { DialogueRecord } from '../contracts/dialogue-record.ts';
import { StatementCreate } from '../contracts/record.ts';
import { LanguageTag } from '../multilingual.ts';
import { FloorKind, LIVE_LIMITS, RoomState, VideoPolicy } from './room.ts';

/** A client's name for one request, echoed in the ack or the error that answers it. */
const Ref = z.string().max(64).optional();
/** Every action in a room names the room and may carry a ref. */
const action = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.strictObject({ type: z.literal(type), ref: Ref, dialogueId: Id, ...shape });

/** WebRTC signalling, relayed as is to one connection of the same room. */
export const SignalData = z.union([
  z.strictObject({
    description: z.strictObject({
      type: z.enum(['offer', 'answer', 'pranswer', 'rollback']),
      sdp: z.string().max(LIVE_LIMITS.signalBytes),
    }),
  }),
  z.strictObject({
    candidate: z
      .strictObject({
        candidate: z.string().max(1_000),
        sdpMid: z.string().max(64).nullable(),
        sdpMLineIndex: z.int().min(0).max(64).nullable(),
        usernameFragment: z.string().max(256).nullable().optional(),
      })
      .nullable(),
  }),
]);
export type SignalData = z.infer<typeof SignalData>;

/** What a client may send on the live channel: one validated union, on both ends. */
export const ClientMessage = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('subscribe'),
    dialogueId: Id,
    /** The last seq this client applied: it gets every event after it, and no snapshot. */
    afterSeq: z.int().min(0).optional(),
  }),
  z.strictObject({ type: z.literal('unsubscribe'), dialogueId: Id }),
  z.strictObject({ type: z.literal('ping'), id: z.int().min(0) }),
  action('floor.request', { kind: FloorKind }),
  action('floor.withdraw', { requestId: Id }),
  /** Gives the floor to this request, or to the head of the queue; the current turn ends. */
  action('floor.grant', { requestId: Id.optional() }),
  /** Ends the current turn: the speaker yields, or the moderator closes it. */
  action('floor.end', {}),
  /** Takes a request off the list, or the floor from its holder. */
  action('floor.revoke', { requestId: Id }),
  action('floor.reorder', { order: z.array(Id).max(LIVE_LIMITS.queue) }),
  action('floor.settings', {
    timeLimitSeconds: z.int().min(LIVE_LIMITS.minTimeLimitSeconds).max(LIVE_LIMITS.maxTimeLimitSeconds).optional(),
    balanced: z.boolean().optional(),
    videoPolicy: VideoPolicy.optional(),
  }),
  /** The chair puts a participant on the list (someone in the hall, or who raised a hand); open or closed. */
  action('floor.enlist', { participantId: Id, kind: FloorKind }),
  /** The chair opens or closes the speakers' list: a closed list refuses requests. */
  action('floor.open', { open: z.boolean() }),
  /** The chair sets the current agenda item (null: none), shown to everyone and on the projector. */
  action('floor.agenda', { agendaItemId: Id.nullable() }),
  action('chat.post', { text: z.string().trim().min(1).max(LIVE_LIMITS.chatChars) }),
  action('chat.delete', { messageId: Id }),
  /** The side panel's statement, written by the same use case as POST …/statements. */
  action('statement.record', { statement: StatementCreate }),
  action('media.join', { interpretingInto: LanguageTag.nullable().optional() }),
  action('media.leave', {}),
  action('media.mute_all', {}),
  /** The chair reopens the room after its window closed (the dialogue concluded, or the meeting ran over). */
  action('room.reopen', {}),
  z.strictObject({ type: z.literal('signal'), dialogueId: Id, to: Id, data: SignalData }),
]);
export type ClientMessage = z.infer<typeof ClientMessage>;
export type RoomAction = Exclude<ClientMessage, { type: 'subscribe' | 'unsubscribe' | 'ping' | 'signal' }>;

/** The subscriber, as the room sees it, and what it may do there. */
export const You = z.object({
  connectionId: Id,
  userId: Id,
  participantId: Id.nullable(),
  canAct: z.boolean(),
  canModerate: z.boolean(),
  canRecord: z.boolean(),
});
export type You = z.infer<typeof You>;

export const IceServer = z.object({
  urls: z.union([z.string(), z.array(z.string())]),
  username: z.string().optional(),
  credential: z.string().optional(),
});
export const MediaSettings = z.object({
  /** Mesh below the threshold; through the SFU when one is configured. */
  topology: z.enum(['mesh', 'sfu']),
  iceServers: z.array(IceServer),
  /** The SFU's WebSocket, when the topology is sfu. */
  sfuUrl: z.string().nullable(),
  sfuRoom: z.int().nullable(),
  /** The room's PIN, for the dialogue's insiders only: it lets a seated page subscribe, and alone lets no one in. */
  sfuPin: z.string().nullable(),
});
export type MediaSettings = z.infer<typeof MediaSettings>;

/**
 * A connection's seat in the dialogue's room on the SFU, answered to its `media.join`: the server made
 * the Janus session and joined its publisher, named after the connection, as only the server can (the
 * room's ACL holds the server's token alone); the page claims the session and publishes on that handle.
 */
export const SfuSeat = z.object({
  session: z.int().positive(),
  handle: z.int().positive(),
  /** The publisher's id in the room: `sfuFeedOf` the connection's id. */
  feed: z.int().positive(),
  /** Lets the page's subscriptions into the room (it requires a publisher's private id). */
  privateId: z.int(),
});
export type SfuSeat = z.infer<typeof SfuSeat>;

/**
 * A connection's publisher id on the SFU, read from its id: every page checks that a feed's display
 * name (the connection id) is its own, so a publisher that renames itself after someone else is not
 * taken for them. Connection ids are random UUIDs the server draws; 52 bits fit a JSON number.
 */
export const sfuFeedOf = (connectionId: string): number =>
  Number.parseInt(connectionId.replaceAll('-', '').slice(0, 13), 16);

/** What the server sends. Every event carries its dialogue's seq: applied in order, never twice. */
export const ServerMessage = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('snapshot'),
    dialogueId: Id,
    seq: z.int(),
    record: DialogueRecord,
    room: RoomState,
    you: You,
    media: MediaSettings,
    /** Kept for older clients: the same as you.canAct. */
    canAct: z.boolean(),
  }),
  /** Sent after a resume: who this connection now is. The events since afterSeq follow. */
  z.object({ type: z.literal('resumed'), dialogueId: Id, seq: z.int(), you: You, media: MediaSettings }),
  z.object({
    type: z.literal('event'),
    dialogueId: Id,
    seq: z.int(),
    event: z.string(),
    payload: z.unknown(),
    at: z.string(),
  }),
  z.object({ type: z.literal('ack'), ref: z.string(), seq: z.int().nullable(), seat: SfuSeat.optional() }),
  z.object({
    type: z.literal('error'),
    code: z.string(),
    message: z.string(),
    path: z.string().optional(),
    ref: z.string().optional(),
  }),
  z.object({ type: z.literal('pong'), id: z.int(), serverTime: z.string() }),
  z.object({ type: z.literal('signal'), dialogueId: Id, from: Id, data: SignalData }),
]);
export type ServerMessage = z.infer<typeof ServerMessage>;
