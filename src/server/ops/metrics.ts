import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Database } from '../db/database.ts';

/** What the metrics read besides the requests themselves: the database, the live hub and its sockets. */
export interface MetricSources {
  database: Database;
  /** The live hub's counts on this instance (LiveHub.counts). */
  live: () => { rooms: number; subscriptions: number };
  /** Open WebSockets on this instance, subscribed to a room or not. */
  sockets: () => number;
}

/**
 * The server's Prometheus metrics, in a registry of this app's own (tests build several apps in one
 * process). Requests are counted by route pattern, never the raw URL, so ids in paths neither leak
 * into a scrape nor grow the label set. The rest is read when scraped: the live hub's counts, and
 * the queues and events from the database, which every instance shares (use max() across instances).
 */
export function createMetrics(sources: MetricSources) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'ed_' });
  const { database, live } = sources;
  const db = database.db;

  const requests = new Counter({
    name: 'ed_http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'ed_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by method and route pattern',
    labelNames: ['method', 'route'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });

  new Gauge({
    name: 'ed_live_connections',
    help: 'Open live WebSockets on this instance',
    registers: [registry],
    collect() {
      this.set(sources.sockets());
    },
  });
  new Gauge({
    name: 'ed_live_rooms',
    help: 'Rooms with at least one subscriber on this instance',
    registers: [registry],
    collect() {
      this.set(live().rooms);
    },
  });
  new Gauge({
    name: 'ed_live_subscriptions',
    help: 'Room subscriptions on this instance (a socket may hold several)',
    registers: [registry],
    collect() {
      this.set(live().subscriptions);
    },
  });

  // Event ids come from one sequence: the highest is the number appended so far (a rolled-back write's
  // id leaves a gap). A counter, so rate() gives events appended per second.
  let eventsSeen = 0;
  new Counter({
    name: 'ed_events_appended_total',
    help: 'Events appended to the log, by every instance of this database',
    registers: [registry],
    async collect() {
      const [row] = (await db.execute<{ max: string | number | null }>(sql`select max(id) as max from events`)).rows;
      const now = Number(row?.max ?? 0);
      if (now > eventsSeen) this.inc(now - eventsSeen);
      eventsSeen = Math.max(eventsSeen, now);
    },
  });

  new Gauge({
    name: 'ed_jobs',
    help: 'Background jobs by state: due (waiting and due now), waiting (all not yet done), retrying (waiting after a failed run), dead',
    labelNames: ['state'] as const,
    registers: [registry],
    async collect() {
      const [r] = (
        await db.execute<Record<string, string | number>>(sql`select
          count(*) filter (where done_at is null and dead_at is null and run_at <= now()) as due,
          count(*) filter (where done_at is null and dead_at is null) as waiting,
          count(*) filter (where done_at is null and dead_at is null and last_error is not null) as retrying,
          count(*) filter (where dead_at is not null) as dead
        from jobs where done_at is null`)
      ).rows;
      for (const state of ['due', 'waiting', 'retrying', 'dead']) this.set({ state }, Number(r?.[state] ?? 0));
    },
  });
  new Gauge({
    name: 'ed_mail_outbox',
    help: 'Mail not yet sent, by state: pending (never tried), retrying (a try failed; waits for the next), failed (given up)',
    labelNames: ['state'] as const,
    registers: [registry],
    async collect() {
      const [r] = (
        await db.execute<Record<string, string | number>>(sql`select
          count(*) filter (where failed_at is null and attempts = 0) as pending,
          count(*) filter (where failed_at is null and attempts > 0) as retrying,
          count(*) filter (where failed_at is not null) as failed
        from mail_outbox where sent_at is null`)
      ).rows;
      for (const state of ['pending', 'retrying', 'failed']) this.set({ state }, Number(r?.[state] ?? 0));
    },
  });
  new Gauge({
    name: 'ed_db_pool_connections',
    help: 'PostgreSQL connection pool: total open, idle, requests waiting for one, and the maximum (absent on the embedded database)',
    labelNames: ['state'] as const,
    registers: [registry],
    collect() {
      const pool = database.pool?.();
      if (!pool) return;
      for (const state of ['total', 'idle', 'waiting', 'max'] as const) this.set({ state }, pool[state]);
    },
  });

  return {
    registry,
    /** Counts every answer by the route pattern that matched it (`unmatched` for a 404 of no route). */
    observe(fastify: FastifyInstance): void {
      fastify.addHook('onResponse', async (req, reply) => {
        const route = req.routeOptions.url ?? 'unmatched';
        requests.inc({ method: req.method, route, status: String(reply.statusCode) });
        duration.observe({ method: req.method, route }, reply.elapsedTime / 1000);
      });
    },
    async text(): Promise<string> {
      return registry.metrics();
    },
  };
}
export type Metrics = ReturnType<typeof createMetrics>;
