import { z } from 'zod';
import { IsoDateTime, PageQuery } from '../common.ts';
import { jobEndpoints } from '../endpoints/jobs.ts';
import { contract } from './contract.ts';

export const JobState = z.enum(['waiting', 'done', 'dead']).meta({
  description: 'waiting: to run (again) at runAt; done; dead: out of attempts, until the secretariat retries it',
});
export type JobState = z.infer<typeof JobState>;

export const JobQuery = PageQuery.extend({ state: JobState.default('dead') }).meta({ id: 'JobQuery' });
export type JobQuery = z.infer<typeof JobQuery>;

/** Job ids are numbers; the path takes any short string so a refused caller learns nothing of its form. */
export const JobParams = z.strictObject({ id: z.string().max(40) });

export const Job = z
  .object({
    id: z.int(),
    kind: z.string(),
    key: z.string(),
    state: JobState,
    attempts: z.int(),
    maxAttempts: z.int(),
    runAt: IsoDateTime,
    doneAt: IsoDateTime.nullable(),
    deadAt: IsoDateTime.nullable(),
    lastError: z.string().nullable(),
  })
  .meta({ id: 'Job' });
export type Job = z.infer<typeof Job>;

export const JobList = z.object({ items: z.array(Job) }).meta({ id: 'JobList' });
export type JobList = z.infer<typeof JobList>;

export const jobContracts = {
  list: contract(jobEndpoints.list, { query: JobQuery, response: JobList }),
  retry: contract(jobEndpoints.retry, { params: JobParams, response: Job }),
};
