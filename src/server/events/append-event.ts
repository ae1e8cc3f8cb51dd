import { sql } from 'drizzle-orm';
import type { Tx } from '../db/database.ts';
import { events, eventStreams } from '../db/schema.ts';

/** Streams that are not a dialogue's own. A dialogue's stream is its id. */
export const DIRECTORY_STREAM = 'directory';
export const ACCOUNTS_STREAM = 'accounts';
/** The channel a dialogue's events ring on; the live hubs listen to it. */
export const LIVE_EVENTS_CHANNEL = 'live_events';

export interface NewEvent {
  stream: string;
  dialogueId?: string | null;
  type: string;
  actorId: string | null;
  payload: unknown;
}

/**
 * Takes the stream's next seq and records the event, inside the caller's transaction, in one
 * statement. The upsert locks the stream's counter row, so concurrent writers to one stream queue
 * up and seqs have no gaps; writers to other streams do not wait. A dialogue's event also rings the
 * live hubs: NOTIFY is delivered when (and only if) the transaction commits, on every instance.
 */
export async function appendEvent(tx: Tx, event: NewEvent): Promise<number> {
  const notify = event.dialogueId ? sql`, pg_notify(${LIVE_EVENTS_CHANNEL}, ${event.stream})` : sql``;
  const result = await tx.execute(sql`
    with counter as (
      insert into ${eventStreams} (stream, last_seq) values (${event.stream}, 1)
      on conflict (stream) do update set last_seq = ${eventStreams}.last_seq + 1
      returning last_seq
    ), inserted as (
      insert into ${events} (stream, seq, dialogue_id, type, actor_id, payload)
      select ${event.stream}, last_seq, ${event.dialogueId ?? null}::uuid, ${event.type}, ${event.actorId}::uuid, ${JSON.stringify(event.payload)}::jsonb from counter
      returning seq
    )
    select seq${notify} from inserted`);
  return Number((result as unknown as { rows: { seq: string | number }[] }).rows[0]!.seq);
}

/**
 * Several events on one stream in one statement, with consecutive seqs in the order given: for
 * writes that are grouped (a hall of people joining at once). Returns the last seq.
 */
export async function appendEvents(tx: Tx, stream: string, list: readonly Omit<NewEvent, 'stream'>[]): Promise<number> {
  if (list.length === 0) throw new Error('appendEvents: nothing to append');
  const dialogueId = list[0]!.dialogueId ?? null;
  const rows = sql.join(
    list.map(
      (e, i) =>
        sql`(${i + 1}::int, ${e.dialogueId ?? null}::uuid, ${e.type}, ${e.actorId}::uuid, ${JSON.stringify(e.payload)}::jsonb)`,
    ),
    sql`, `,
  );
  const notify = dialogueId ? sql`, pg_notify(${LIVE_EVENTS_CHANNEL}, ${stream})` : sql``;
  const result = await tx.execute(sql`
    with counter as (
      insert into ${eventStreams} (stream, last_seq) values (${stream}, ${list.length})
      on conflict (stream) do update set last_seq = ${eventStreams}.last_seq + ${list.length}
      returning last_seq
    ), inserted as (
      insert into ${events} (stream, seq, dialogue_id, type, actor_id, payload)
      select ${stream}, counter.last_seq - ${list.length} + v.ord, v.dialogue_id, v.type, v.actor_id, v.payload
      from counter, (values ${rows}) as v(ord, dialogue_id, type, actor_id, payload)
      returning seq
    )
    select max(seq) as seq${notify} from inserted`);
  return Number((result as unknown as { rows: { seq: string | number }[] }).rows[0]!.seq);
}
