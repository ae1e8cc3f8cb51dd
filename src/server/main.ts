import { buildApp } from './app.ts';
import { loadConfig, type Config } from './config.ts';
import { openDatabase } from './db/database.ts';
import { ensureDemoAdmin } from './demo/ensure-admin.ts';
import { seedDemo } from './demo/seed-demo.ts';
import { JOB_HANDLERS } from './jobs/handlers.ts';
import { startWorker } from './jobs/worker.ts';
import { scheduleDigest } from './tracker/digest.ts';

/** How long a shutdown may take to finish the requests in flight before the process exits anyway. */
const SHUTDOWN_GRACE_MS = 25_000;

async function main() {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    console.error((err as Error).message);
    process.exit(2);
  }
  const started = Date.now();
  const database = await openDatabase(config);
  let admin: { email: string; password: string | null } | null = null;
  if (config.demo) {
    if (await seedDemo(database.db)) console.log('Loaded the demo data.');
    admin = await ensureDemoAdmin(database.db);
  }
  const app = await buildApp(config, database);
  await scheduleDigest(database.db, app.deps.clock());
  const worker = startWorker(app.deps, JOB_HANDLERS);
  await app.fastify.listen({ port: config.port, host: config.host });
  const address = app.fastify.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = config.publicUrl ?? `http://localhost:${port}`;

  console.log(
    `Expert Dialogue is serving at ${url} (database: ${database.kind === 'pglite' ? `embedded, ${config.dataDir}` : 'PostgreSQL'}; ready in ${Date.now() - started} ms)`,
  );
  console.log(`API docs: ${url}/api/v1/docs`);
  // Behind a proxy the public address is not where this process listens: say both.
  if (url !== `http://localhost:${port}`) console.log(`Listening on http://${config.host}:${port}`);
  if (config.metrics) console.log(`Metrics: ${app.ops.metricsUrl() ?? `${url}/metrics`}`);
  if (admin?.password) {
    console.log(`Admin sign-in: ${admin.email} / ${admin.password}  (shown once; change it with npm run user:create)`);
  } else if (admin) {
    console.log(
      `Admin sign-in: ${admin.email} (password as first printed; reset: npm run user:create -- --email ${admin.email} --password <new> --role admin)`,
    );
  }

  // Graceful: stop accepting connections (a proxy sends new ones to another instance), tell live
  // clients to resume elsewhere (close code 1012), finish the requests in flight and the running
  // job, then leave the rooms and close the database.
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`${signal}: closing; finishing the requests in flight`);
    setTimeout(() => {
      console.error(`${signal}: still closing after ${SHUTDOWN_GRACE_MS} ms; exiting`);
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
    await Promise.all([app.fastify.close(), worker.stop()]);
    await database.close();
    console.log(`${signal}: closed`);
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
