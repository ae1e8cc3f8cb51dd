import { jobContracts as C, type Job } from '../../shared/contracts/jobs.ts';
import { serve, type AnyRoute } from '../http/route.ts';
import { JOB_MAX_ATTEMPTS, jobState, listJobs, type JobRow } from './queue.ts';
import { retryJob } from './retry-job.ts';

/** A job as the secretariat reads it (its payload stays inside: it may name people). */
const present = (j: JobRow): Job => ({
  id: j.id,
  kind: j.kind,
  key: j.key,
  state: jobState(j),
  attempts: j.attempts,
  maxAttempts: JOB_MAX_ATTEMPTS,
  runAt: j.runAt.toISOString(),
  doneAt: j.doneAt?.toISOString() ?? null,
  deadAt: j.deadAt?.toISOString() ?? null,
  lastError: j.lastError,
});

export const jobRoutes: AnyRoute[] = [
  serve(C.list, {
    action: 'job.read',
    tag: 'System',
    summary:
      'Background jobs in one state: dead (out of attempts, with their last error; the default), waiting, or done',
    handler: async ({ query, deps, reply }) => {
      reply.header('cache-control', 'no-store');
      return { items: (await listJobs(deps.db, query)).map(present) };
    },
  }),
  serve(C.retry, {
    action: 'job.retry',
    tag: 'System',
    summary: 'Run a dead job again: its attempts start from zero and it is due at once; any other job answers 409',
    handler: async ({ params, actor, deps }) => present(await retryJob(deps, { actor, id: params.id })),
  }),
];
