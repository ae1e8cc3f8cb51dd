import { eq } from 'drizzle-orm';
import { AppError } from '../../shared/errors.ts';
import { jobs } from '../db/schema.ts';
import type { Deps } from '../deps.ts';
import { appendEvent } from '../events/append-event.ts';
import { write } from '../events/write.ts';
import type { Actor } from '../policy/actor.ts';
import { reviveJob, type JobRow } from './queue.ts';

/** The stream of the secretariat's actions on the job queue. */
export const JOBS_STREAM = 'jobs';

/**
 * The secretariat runs a dead job again: its attempts start from zero and it is due at once (the
 * worker's next tick). Only a dead job: a waiting or done one answers 409 and changes nothing.
 */
export async function retryJob(deps: Pick<Deps, 'db' | 'clock'>, args: { actor: Actor; id: string }): Promise<JobRow> {
  const id = /^\d{1,15}$/.test(args.id) ? Number(args.id) : null;
  if (id === null) throw new AppError('not_found', 'no such job');
  return write(deps.db, async (tx) => {
    const revived = await reviveJob(tx, id, deps.clock());
    if (!revived) {
      const [exists] = await tx.select({ id: jobs.id }).from(jobs).where(eq(jobs.id, id));
      if (!exists) throw new AppError('not_found', 'no such job');
      throw new AppError('conflict', 'only a dead job can be retried', [
        { path: 'id', message: 'this job is not dead', code: 'job_not_dead' },
      ]);
    }
    await appendEvent(tx, {
      stream: JOBS_STREAM,
      type: 'job.retried',
      actorId: args.actor.user?.id ?? null,
      payload: { id, kind: revived.kind, key: revived.key },
    });
    return revived;
  });
}
