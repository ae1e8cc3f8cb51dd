import { sql } from 'drizzle-orm';
import type { Tx } from '../db/database.ts';
import { events, eventStreams } from '../db/schema.ts';

/** Streams that are not a dialogue's own. A dialogue's stream is its id. */
export const DIRECTORY_STREAM = 'directory';
export const ACCOUNTS_STREAM = 'accounts';

export interface NewEvent {
  stream: string;
  dialogueId?: string | null;
  type: string;
  actorId: string | null;
  payload: unknown;
}

/**
 * Takes the stream's next seq and records the event, inside the caller's transaction.
 * The upsert locks the stream's counter row, so concurrent writers to one stream queue up
 * and seqs have no gaps; writers to other streams do not wait.
 */
export async function appendEvent(tx: Tx, event: NewEvent): Promise<number> {
  const [counter] = await tx
    .insert(eventStreams)
    .values({ stream: event.stream, lastSeq: 1 })
    .onConflictDoUpdate({ target: eventStreams.stream, set: { lastSeq: sql`${eventStreams.lastSeq} + 1` } })
    .returning({ seq: eventStreams.lastSeq });
  const seq = Number(counter!.seq);
  await tx.insert(events).values({
    stream: event.stream,
    seq,
    dialogueId: event.dialogueId ?? null,
    type: event.type,
    actorId: event.actorId,
    payload: event.payload as object,
  });
  // Delivered when (and only if) the transaction commits: every instance's live hub reads the room.
  if (event.dialogueId) await tx.execute(sql`select pg_notify('live_events', ${event.stream})`);
  return seq;
}
