import { z } from 'zod';
import { Id } from '../common.ts';
import { DialogueRecord } from '../contracts/dialogue-record.ts';

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
]);
export type ClientMessage = z.infer<typeof ClientMessage>;

/** What the server sends. Every event carries its dialogue's seq: applied in order, never twice. */
export const ServerMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('snapshot'), dialogueId: Id, seq: z.int(), record: DialogueRecord, canAct: z.boolean() }),
  z.object({ type: z.literal('event'), dialogueId: Id, seq: z.int(), event: z.string(), payload: z.unknown(), at: z.string() }),
  z.object({ type: z.literal('error'), code: z.string(), message: z.string(), path: z.string().optional() }),
  z.object({ type: z.literal('pong'), id: z.int(), serverTime: z.string() }),
]);
export type ServerMessage = z.infer<typeof ServerMessage>;
