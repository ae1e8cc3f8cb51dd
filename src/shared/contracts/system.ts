import { z } from 'zod';
import { systemEndpoints as at } from '../endpoints/system.ts';
import { contract } from './contract.ts';

export const Health = z.object({
  status: z.literal('ok'),
  database: z.enum(['pglite', 'postgres']),
  version: z.string(),
});

export const Readiness = z
  .object({
    status: z.enum(['ready', 'unavailable']),
    database: z.boolean().meta({ description: 'the database answered' }),
    migrations: z.boolean().meta({ description: 'every migration this version ships is applied' }),
    draining: z.boolean().meta({ description: 'the instance is shutting down and takes no new work' }),
  })
  .meta({ id: 'Readiness' });
export type Readiness = z.infer<typeof Readiness>;

/** The pages, the OpenAPI document and the archive answer themselves (their media types: the server's `produces`). */
export const systemContracts = {
  health: contract(at.health, { response: Health }),
  ready: contract(at.ready, { response: Readiness }),
  openapi: contract(at.openapi, {}),
  docs: contract(at.docs, {}),
  problems: contract(at.problems, {}),
  problem: contract(at.problem, { params: z.object({ code: z.string().max(64) }) }),
  backup: contract(at.backup, {}),
};
