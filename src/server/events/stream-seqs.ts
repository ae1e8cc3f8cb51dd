import { inArray } from 'drizzle-orm';
import type { Queryable } from '../db/database.ts';
import { eventStreams } from '../db/schema.ts';

/** The last seq of each stream asked for; 0 for a stream with no events yet. */
export async function streamSeqs(db: Queryable, streams: string[]): Promise<Map<string, number>> {
  const rows = await db.select().from(eventStreams).where(inArray(eventStreams.stream, streams));
  const seqs = new Map(streams.map((s) => [s, 0]));
  for (const row of rows) seqs.set(row.stream, Number(row.lastSeq));
  return seqs;
}
