import { sql } from 'drizzle-orm';
import type { Tx } from '../db/database.ts';
import type { SfuSeat } from '../../shared/live/messages.ts';
import type { Deps } from '../deps.ts';
import { AppError } from '../../shared/errors.ts';
import type { Actor } from '../policy/actor.ts';
import type { DialogueAccess } from '../policy/dialogue-access.ts';
import { check, type Action } from '../policy/policy.ts';
import type { RoomSettings } from './room-state.ts';

/** Changes to the list that run together: one transaction, the room locked and its settings read once. */
export interface FloorBatch {
  tx: Tx;
  /** As the changes so far left them. */
  settings: RoomSettings;
}

/** One subscribed connection acting in one room. */
export interface RoomContext {
  deps: Deps;
  actor: Actor;
  /** Read again for each action, so a role taken away takes effect at once. */
  access: DialogueAccess;
  dialogueId: string;
  connectionId: string;
  /** The actor's Participant row in this dialogue, if they have one. */
  participantId: string | null;
  /** Set when this change to the list runs in a batch with others (floor/floor-batch.ts). */
  floor?: FloorBatch;
}

/** The same policy table as the HTTP routes: a live action is refused exactly as its route would be. */
export async function authorize(ctx: RoomContext, action: Action): Promise<void> {
  const denied = await check(action, { actor: ctx.actor, dialogue: async () => ctx.access });
  if (denied) throw new AppError(denied);
}

/** Serialises the room's writers: each change reads the list and writes it back whole. */
export async function lockRoom(tx: Tx, dialogueId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`room:${dialogueId}`}))`);
}

/** What an action is answered with: the seq of the event it wrote, if it wrote one; for `media.join`, the seat on the SFU. */
export interface Acked {
  seq: number | null;
  seat?: SfuSeat;
}
