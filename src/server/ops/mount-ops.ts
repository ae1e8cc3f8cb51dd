import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import type { LiveHub } from '../live/hub.ts';
import { createMetrics, type Metrics } from './metrics.ts';
import { answerWithRequestId } from './request-id.ts';

/** The close code live clients get when their instance shuts down: reconnect (to another) and resume. */
export const RESTART_CLOSE_CODE = 1012;

export interface Ops {
  /** Set once shutdown begins: /api/v1/ready answers 503 from then on. */
  draining: boolean;
  metrics: Metrics | null;
  /** Where the separate metrics port listens, once the server does (METRICS_PORT set); else null. */
  metricsUrl(): string | null;
}

/**
 * The operator's side of the server: the request id on every answer, the request metrics, and
 * /metrics on the main port or a port of its own. Call before any route is mounted, so the hooks
 * see every route; `live` is read only when scraped, as the hub is made later.
 */
export function mountOps(
  fastify: FastifyInstance,
  config: Config,
  database: Database,
  live: () => LiveHub | undefined,
): Ops {
  answerWithRequestId(fastify);
  let metricsServer: Server | null = null;
  const ops: Ops = {
    draining: false,
    metrics: null,
    metricsUrl: () => {
      const address = metricsServer?.address() as AddressInfo | null | undefined;
      return address ? `http://${config.metricsHost}:${address.port}/metrics` : null;
    },
  };
  // A shutting-down instance tells its live clients to go elsewhere and resume, rather than just vanish.
  fastify.addHook('preClose', (done) => {
    ops.draining = true;
    const server = (fastify as { websocketServer?: { clients: Set<{ close(code: number, reason: string): void }> } })
      .websocketServer;
    for (const client of server?.clients ?? []) client.close(RESTART_CLOSE_CODE, 'the server is restarting; resume');
    done();
  });
  if (!config.metrics) return ops;

  const metrics = createMetrics({
    database,
    live: () => live()?.counts() ?? { rooms: 0, subscriptions: 0 },
    sockets: () => (fastify as { websocketServer?: { clients: Set<unknown> } }).websocketServer?.clients.size ?? 0,
  });
  ops.metrics = metrics;
  metrics.observe(fastify);
  const answer = async () => ({ type: metrics.registry.contentType, body: await metrics.text() });

  if (config.metricsPort === null) {
    // Not on the route table: Prometheus text outside /api/v1, here only when no METRICS_PORT is set.
    fastify.get('/metrics', { config: { action: 'public.read' } }, async (_req, reply) => {
      const { type, body } = await answer();
      return reply.type(type).header('cache-control', 'no-store').send(body);
    });
    return ops;
  }
  // A port of its own, on a private interface by default: the main port answers /metrics with a 404.
  fastify.addHook('onListen', async () => {
    metricsServer = createServer((req, res) => {
      if (req.method !== 'GET' || req.url?.split('?')[0] !== '/metrics') {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
        return;
      }
      answer().then(
        ({ type, body }) => res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body),
        (err: Error) => res.writeHead(500, { 'content-type': 'text/plain' }).end(`${err.message}\n`),
      );
    });
    await new Promise<void>((resolve, reject) => {
      metricsServer!.once('error', reject);
      metricsServer!.listen(config.metricsPort!, config.metricsHost, () => resolve());
    });
  });
  fastify.addHook('onClose', async () => {
    if (metricsServer) await new Promise((resolve) => metricsServer!.close(resolve));
  });
  return ops;
}
