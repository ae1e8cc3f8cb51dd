import type { Deps } from '../deps.ts';
import { claimDue, complete, fail } from './queue.ts';

export type Handler = (deps: Deps, payload: unknown, job: { key: string; runAt: Date }) => Promise<void>;

/**
 * Runs every job due now, one at a time; returns how many ran. A job that throws runs again later
 * with a doubling wait, and after JOB_MAX_ATTEMPTS runs is dead until the secretariat retries it
 * (POST /jobs/:id/retry). Mail a job queues goes out through the courier, which it rings.
 */
export async function runDueJobs(deps: Deps, handlers: Record<string, Handler>): Promise<number> {
  let ran = 0;
  for (;;) {
    const now = deps.clock();
    const job = await claimDue(deps.db, now);
    if (!job) return ran;
    const handler = handlers[job.kind];
    try {
      if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
      await handler(deps, job.payload, job);
      await complete(deps.db, job.id, deps.clock());
    } catch (err) {
      if ((await fail(deps.db, job, (err as Error).stack ?? String(err), deps.clock())) === 'dead')
        console.error(`job ${job.id} (${job.key}) is dead after ${job.attempts} attempts:`, (err as Error).message);
    }
    ran++;
  }
}

/** Polls for due jobs until stopped. Jobs live in the database, so a restart picks up where it was. */
export function startWorker(
  deps: Deps,
  handlers: Record<string, Handler>,
  intervalMs = 30_000,
): { stop(): Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const tick = () => {
    if (stopped) return;
    // Mail is not sent here: every instance's courier (mail/courier.ts) delivers the outbox.
    running = runDueJobs(deps, handlers)
      .catch((err) => console.error('job worker:', err))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs);
      });
  };
  let timer = setTimeout(tick, 1_000);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
