import { sql } from 'drizzle-orm';
import type { Tx } from '../db/database.ts';
import { events, eventStreams } from '../db/schema.ts';

/** Streams that are not a dialogue's own. A dialogue's stream is its id. */
export const DIRECTORY_STREAM = 'directory';
export const ACCOUNTS_STREAM = 'accounts';
/** The channel a dialogue's events ring on; the live hubs listen to it. */
export const LIVE_EVENTS_CHANNEL = 'live_events';

/** NOTIFY payloads stop at 8,000 bytes; a bigger event rings with its stream's name only. */
const HEARD_MAX_BYTES = 7900;

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
  // The bell carries the event itself when it fits, so the hubs deliver it without reading it back.
  const notify = event.dialogueId
    ? sql`, pg_notify(${LIVE_EVENTS_CHANNEL}, case when octet_length(heard.m) <= ${HEARD_MAX_BYTES} then heard.m else ${event.stream} end)
      from inserted, lateral (select json_build_object(
        's', ${event.stream}::text, 'q', inserted.seq, 't', inserted.type,
        'a', to_char(inserted.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'p', inserted.payload
      )::text as m) heard`
    : sql` from inserted`;
  const result = await tx.execute<{ seq: string | number }>(sql`
    with counter as (
      insert into ${eventStreams} (stream, last_seq) values (${event.stream}, 1)
      on conflict (stream) do update set last_seq = ${eventStreams}.last_seq + 1
      returning last_seq
    ), inserted as (
      insert into ${events} (stream, seq, dialogue_id, type, actor_id, payload)
      select ${event.stream}, last_seq, ${event.dialogueId ?? null}::uuid, ${event.type}, ${event.actorId}::uuid, ${JSON.stringify(event.payload)}::jsonb from counter
      returning seq, type, payload, at
    )
    select seq${notify}`);
  return Number(result.rows[0]!.seq);
}

/** An event as its bell carried it (see appendEvent). */
export interface HeardEvent {
  stream: string;
  seq: number;
  type: string;
  at: string;
  payload: unknown;
}

/** The bell's payload: the event it carried, or just the stream to read. */
export function parseBell(payload: string): { stream: string; event: HeardEvent | null } {
  if (!payload.startsWith('{')) return { stream: payload, event: null };
  const m = JSON.parse(payload) as { s: string; q: number; t: string; a: string; p: unknown };
  return { stream: m.s, event: { stream: m.s, seq: Number(m.q), type: m.t, at: m.a, payload: m.p } };
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
  const result = await tx.execute<{ seq: string | number }>(sql`
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
  return Number(result.rows[0]!.seq);
}
