import { endpoint } from '../contracts/contract.ts';

/** The secretariat's background jobs (schemas: contracts/jobs.ts). */
export const jobEndpoints = {
  list: endpoint('jobs.list', 'GET', '/jobs'),
  retry: endpoint('jobs.retry', 'POST', '/jobs/:id/retry'),
};
