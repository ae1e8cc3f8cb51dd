import { buildApp } from './app.ts';
import { loadConfig, type Config } from './config.ts';
import { openDatabase } from './db/database.ts';
import { ensureDemoAdmin } from './demo/ensure-admin.ts';
import { seedDemo } from './demo/seed-demo.ts';
import { JOB_HANDLERS } from './jobs/handlers.ts';
import { startWorker } from './jobs/worker.ts';
import { scheduleDigest } from './tracker/digest.ts';

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
  if (admin?.password) {
    console.log(`Admin sign-in: ${admin.email} / ${admin.password}  (shown once; change it with npm run user:create)`);
  } else if (admin) {
    console.log(
      `Admin sign-in: ${admin.email} (password as first printed; reset: npm run user:create -- --email ${admin.email} --password <new> --role admin)`,
    );
  }

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`${signal}: closing`);
    await app.fastify.close();
    await worker.stop();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
