import { PassThrough } from 'node:stream';
import { PGlite } from '@electric-sql/pglite';
import type { FastifyReply } from 'fastify';
import { AppError } from '../../shared/errors.ts';
import type { Deps } from '../deps.ts';
import { systemContracts as C } from '../../shared/contracts/system.ts';
import { serve, type AnyRoute } from '../http/route.ts';
import { exportFromLivePglite, exportFromPostgres } from './export-archive.ts';

/** Exports one instance runs at once, and in an hour: each reads the whole database. */
const EXPORTS_PER_HOUR = 12;
const running = new WeakMap<Deps, { busy: boolean; started: number[] }>();

function admit(deps: Deps, reply: FastifyReply): () => void {
  const state = running.get(deps) ?? { busy: false, started: [] };
  running.set(deps, state);
  const now = deps.clock().getTime();
  state.started = state.started.filter((t) => now - t < 3_600_000);
  if (state.busy || state.started.length >= EXPORTS_PER_HOUR) {
    const wait = state.busy ? 60 : Math.ceil((state.started[0]! + 3_600_000 - now) / 1000);
    reply.header('retry-after', String(wait));
    throw new AppError('too_many_attempts', `an export is running or too many were made; try again in ${wait} s`);
  }
  state.busy = true;
  state.started.push(now);
  return () => {
    state.busy = false;
  };
}

/**
 * The whole database as one archive (db:export asks here when a running server holds the embedded
 * database). The secretariat's alone: it holds every account, session and word said under the Rule.
 */
export const backupRoutes: AnyRoute[] = [
  serve(C.backup, {
    action: 'backup.export',
    tag: 'System',
    summary: `The whole database as a portable archive (gzip; rows, schema version and a SHA-256 checksum), from one consistent snapshot taken without stopping writers; at most one at a time and ${EXPORTS_PER_HOUR} an hour. npm run db:import loads it`,
    produces: 'application/gzip',
    handler: async ({ deps, reply }) => {
      const done = admit(deps, reply);
      const client = deps.db.$client;
      const body = new PassThrough();
      const exported = client instanceof PGlite ? exportFromLivePglite(client, body) : exportFromPostgres(client, body);
      // A failure midway ends the body without its trailer: the client's check refuses it.
      exported.catch((err: Error) => reply.log.error({ err }, 'export failed')).finally(done);
      const stamp = deps.clock().toISOString().replace(/[:.]/g, '-');
      return reply
        .header('cache-control', 'no-store')
        .header('content-disposition', `attachment; filename="expert-dialogue-${stamp}.ed.gz"`)
        .type('application/gzip')
        .send(body);
    },
  }),
];
