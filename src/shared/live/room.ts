import { z } from 'zod';
import { Id, IsoDateTime } from '../common.ts';
import { LanguageTag, MultiText } from '../multilingual.ts';

/** How a participant asks for the floor. Points of order go before replies, replies before statements. */
export const FloorKind = z.enum(['statement', 'reply', 'point_of_order']);
export type FloorKind = z.infer<typeof FloorKind>;
export const FLOOR_PRECEDENCE: Record<FloorKind, number> = { point_of_order: 0, reply: 1, statement: 2 };

/** Who sends video: everyone, or only the floor holder and the chair (saves bandwidth in large rooms). */
export const VideoPolicy = z.enum(['everyone', 'floor_and_chair']);
export type VideoPolicy = z.infer<typeof VideoPolicy>;

export const FloorRequest = z.object({
  requestId: Id,
  participantId: Id,
  kind: FloorKind,
  requestedAt: IsoDateTime,
});
export type FloorRequest = z.infer<typeof FloorRequest>;

export const SpeakingTime = z.object({
  byParticipant: z.array(z.object({ participantId: Id, seconds: z.number(), turns: z.int() })),
  byOrganization: z.array(z.object({ organizationId: Id, seconds: z.number() })),
  byCountry: z.array(z.object({ countryCode: z.string(), seconds: z.number() })),
});
export type SpeakingTime = z.infer<typeof SpeakingTime>;

/**
 * The speakers' list as everyone sees it. Sent whole with every change: it is small, and a client
 * that applies it cannot drift. Speaking time counts finished turns; clients add the current one.
 */
export const Floor = z.object({
  timeLimitSeconds: z.int(),
  balanced: z.boolean(),
  videoPolicy: VideoPolicy,
  current: FloorRequest.extend({ grantedAt: IsoDateTime, timeLimitSeconds: z.int() }).nullable(),
  queue: z.array(FloorRequest),
  speakingTime: SpeakingTime,
  /** A closed list refuses requests; the chair may still put someone on it. (Defaults read events stored before.) */
  open: z.boolean().default(true),
  /** The agenda item the chair has set as current, shown to all. */
  agendaItemId: Id.nullable().default(null),
});
export type Floor = z.infer<typeof Floor>;

/** One signed-in person in the room, however many tabs they have open. */
export const PresenceEntry = z.object({
  userId: Id,
  participantId: Id.nullable(),
  /** The directory person's name; null for a secretariat account that is nobody in the directory. */
  name: MultiText.nullable(),
  organizationId: Id.nullable(),
  countryCode: z.string().nullable(),
  since: IsoDateTime,
});
export type PresenceEntry = z.infer<typeof PresenceEntry>;

/** A connection taking part in audio and video: mesh peers connect to each other by these ids. */
export const MediaPeer = z.object({
  connectionId: Id,
  userId: Id,
  participantId: Id.nullable(),
  /** Set for an interpreter's channel: the language it carries. */
  interpretingInto: LanguageTag.nullable(),
});
export type MediaPeer = z.infer<typeof MediaPeer>;

export const ChatMessage = z.object({
  id: Id,
  userId: Id,
  participantId: Id.nullable(),
  name: MultiText.nullable(),
  text: z.string(),
  at: IsoDateTime,
});
export type ChatMessage = z.infer<typeof ChatMessage>;

/**
 * What a deleted message's `chat.posted` event holds from its deletion on: its text is scrubbed
 * from the stored event, so a client replaying the room from before it never receives the text.
 */
export const ChatTombstone = z.object({ id: Id, deleted: z.literal(true), by: Id, at: IsoDateTime });
export type ChatTombstone = z.infer<typeof ChatTombstone>;

/** What a subscriber gets besides the record: the live state of the room. */
export const RoomState = z.object({
  floor: Floor,
  presence: z.array(PresenceEntry),
  media: z.array(MediaPeer),
  chat: z.array(ChatMessage),
  mutedAllAt: IsoDateTime.nullable(),
});
export type RoomState = z.infer<typeof RoomState>;

/** Room events and their payloads; record events (`statement.created`…) carry the record's own contract. */
export const RoomEvent = z.discriminatedUnion('event', [
  z.object({ event: z.literal('floor.changed'), payload: z.object({ floor: Floor }) }),
  z.object({ event: z.literal('presence.joined'), payload: PresenceEntry }),
  z.object({ event: z.literal('presence.left'), payload: z.object({ userId: Id }) }),
  z.object({ event: z.literal('media.joined'), payload: MediaPeer }),
  z.object({ event: z.literal('media.left'), payload: z.object({ connectionId: Id }) }),
  z.object({ event: z.literal('chat.posted'), payload: z.union([ChatMessage, ChatTombstone]) }),
  z.object({ event: z.literal('chat.deleted'), payload: z.object({ id: Id }) }),
  z.object({
    event: z.literal('media.muted_all'),
    payload: z.object({ byUserId: Id, exceptUserIds: z.array(Id), at: IsoDateTime }),
  }),
]);
export type RoomEvent = z.infer<typeof RoomEvent>;

export const LIVE_LIMITS = {
  chatChars: 2_000,
  chatHistory: 200,
  minTimeLimitSeconds: 15,
  maxTimeLimitSeconds: 3_600,
  queue: 200,
  signalBytes: 16_000,
} as const;
