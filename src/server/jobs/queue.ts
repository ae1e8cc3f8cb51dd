import { and, eq, sql } from 'drizzle-orm';
import type { Queryable } from '../db/database.ts';
import { jobs } from '../db/schema.ts';

export interface Job {
  id: number;
  kind: string;
  key: string;
  runAt: Date;
  payload: unknown;
  attempts: number;
}

/** Enqueues a job once per key, inside the caller's transaction when there is one. */
export async function enqueue(
  db: Queryable,
  job: { kind: string; key: string; runAt: Date; payload?: unknown },
): Promise<void> {
  await db
    .insert(jobs)
    .values({ kind: job.kind, key: job.key, runAt: job.runAt, payload: (job.payload ?? {}) as object })
    .onConflictDoNothing({ target: jobs.key });
}

/**
 * Takes the next due job and leases it for `leaseMs`: a worker that dies mid-job leaves the lease to
 * run out, and the job runs again. SKIP LOCKED lets several instances take different jobs.
 */
export async function claimDue(db: Queryable, now: Date, leaseMs = 5 * 60_000): Promise<Job | null> {
  const r = (await db.execute(sql`
    update jobs set locked_until = ${new Date(now.getTime() + leaseMs)}, attempts = attempts + 1
    where id = (select id from jobs where done_at is null and run_at <= ${now} and (locked_until is null or locked_until < ${now})
      order by run_at, id limit 1 for update skip locked)
    returning id, kind, key, run_at, payload, attempts`)) as unknown as {
    rows: { id: number; kind: string; key: string; run_at: Date; payload: unknown; attempts: number }[];
  };
  const row = r.rows[0];
  return row
    ? {
        id: Number(row.id),
        kind: row.kind,
        key: row.key,
        runAt: new Date(row.run_at),
        payload: row.payload,
        attempts: row.attempts,
      }
    : null;
}

export async function complete(db: Queryable, id: number, now: Date): Promise<void> {
  await db
    .update(jobs)
    .set({ doneAt: now, lockedUntil: null, lastError: null })
    .where(and(eq(jobs.id, id)));
}

/** A failed job runs again later, backing off; its last error is kept for the secretariat to read. */
export async function fail(db: Queryable, job: Job, error: string, now: Date): Promise<void> {
  const retryIn = Math.min(6 * 3600_000, 60_000 * 2 ** Math.min(job.attempts, 8));
  await db
    .update(jobs)
    .set({ runAt: new Date(now.getTime() + retryIn), lockedUntil: null, lastError: error.slice(0, 2000) })
    .where(eq(jobs.id, job.id));
}
