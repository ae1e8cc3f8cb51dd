import { and, asc, desc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
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

/** Runs a job may take (a worker that died holding it counts too); after the last it is dead. */
export const JOB_MAX_ATTEMPTS = 6;
/** How long a worker holds a job it took; one that dies lets it run again after. */
export const JOB_LEASE_MS = 5 * 60_000;
/** The wait after `attempts` failed runs: 1, 2, 4 … minutes, at most 6 hours. */
export const jobRetryDelay = (attempts: number): number =>
  Math.min(6 * 3600_000, 60_000 * 2 ** Math.max(0, attempts - 1));

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
 * run out, and the job runs again. SKIP LOCKED lets several instances take different jobs. A job whose
 * last allowed run ended with its worker gone (the lease ran out) is declared dead here, so a job that
 * kills its worker does not loop forever.
 */
export async function claimDue(db: Queryable, now: Date, leaseMs = JOB_LEASE_MS): Promise<Job | null> {
  await db.execute(sql`
    update jobs set dead_at = ${now}, locked_until = null,
      last_error = coalesce(last_error || E'\n', '') || 'its worker stopped during the last allowed run'
    where done_at is null and dead_at is null and attempts >= ${JOB_MAX_ATTEMPTS} and locked_until < ${now}`);
  const r = await db.execute<{
    id: number;
    kind: string;
    key: string;
    run_at: Date;
    payload: unknown;
    attempts: number;
  }>(sql`
    update jobs set locked_until = ${new Date(now.getTime() + leaseMs)}, attempts = attempts + 1
    where id = (select id from jobs where done_at is null and dead_at is null and run_at <= ${now}
        and attempts < ${JOB_MAX_ATTEMPTS} and (locked_until is null or locked_until < ${now})
      order by run_at, id limit 1 for update skip locked)
    returning id, kind, key, run_at, payload, attempts`);
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

/**
 * A failed job runs again later, each time waiting twice as long; after JOB_MAX_ATTEMPTS runs it is
 * dead. Its last error is kept for the secretariat to read (GET /jobs?state=dead).
 */
export async function fail(db: Queryable, job: Job, error: string, now: Date): Promise<'retry' | 'dead'> {
  const dead = job.attempts >= JOB_MAX_ATTEMPTS;
  await db
    .update(jobs)
    .set({
      lockedUntil: null,
      lastError: error.slice(0, 2000),
      ...(dead ? { deadAt: now } : { runAt: new Date(now.getTime() + jobRetryDelay(job.attempts)) }),
    })
    .where(eq(jobs.id, job.id));
  return dead ? 'dead' : 'retry';
}

export type JobRow = typeof jobs.$inferSelect;

const STATE = {
  waiting: and(isNull(jobs.doneAt), isNull(jobs.deadAt)),
  done: isNotNull(jobs.doneAt),
  dead: isNotNull(jobs.deadAt),
} as const;

/** Jobs in one state: dead ones newest death first, waiting ones by when they run, done ones newest first. */
export async function listJobs(
  db: Queryable,
  query: { state: keyof typeof STATE; limit: number; offset: number },
): Promise<JobRow[]> {
  const order = {
    waiting: [asc(jobs.runAt), asc(jobs.id)],
    done: [desc(jobs.doneAt), desc(jobs.id)],
    dead: [desc(jobs.deadAt), desc(jobs.id)],
  }[query.state];
  return db
    .select()
    .from(jobs)
    .where(STATE[query.state])
    .orderBy(...order)
    .limit(query.limit)
    .offset(query.offset);
}

/** A dead job brought back: attempts start again and it is due now. Only a dead job; null if it is not. */
export async function reviveJob(db: Queryable, id: number, now: Date): Promise<JobRow | null> {
  const [row] = await db
    .update(jobs)
    .set({ deadAt: null, attempts: 0, runAt: now, lockedUntil: null })
    .where(and(eq(jobs.id, id), isNotNull(jobs.deadAt)))
    .returning();
  return row ?? null;
}

export const jobState = (j: JobRow): keyof typeof STATE => (j.deadAt ? 'dead' : j.doneAt ? 'done' : 'waiting');
