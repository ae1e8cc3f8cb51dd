import { fork, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { migrate, openPglite, openPostgres, type Database } from '../src/server/db/database.ts';

/** What the HTTP benchmarks share: load runs, a server in its own process, and both backends. */
export const seconds = Number(process.env.BENCH_SECONDS ?? 8);
export const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
export const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const pgUrl =
  process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface Run {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

export async function load(url: string, options: Partial<autocannon.Options> = {}): Promise<Run> {
  const result = await autocannon({ url, connections, duration: seconds, ...options });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

export interface BenchServer {
  child: ChildProcess;
  base: string;
  port: number;
  /** Whatever else the script reported once listening. */
  info: Record<string, unknown>;
  /** The process's CPU time so far, in ms (the script answers the message 'cpu'). */
  cpu(): Promise<number>;
  stop(): Promise<void>;
}

/** Forks a bench server script; it answers with its port (and anything else) once listening. */
export async function startServer(script: string, env: Record<string, string>): Promise<BenchServer> {
  const child = fork(script, [], {
    env: {
      ...process.env,
      DEMO: '0',
      PUBLIC_URL: 'http://localhost',
      RATE_LIMIT_WRITES_PER_MINUTE: '1000000',
      LOG_LEVEL: 'silent',
      ...env,
    },
    execArgv: ['--import', 'tsx'],
    stdio: 'inherit',
  });
  const info = await new Promise<Record<string, unknown>>((resolve, reject) => {
    child.once('message', (m) => resolve(m as Record<string, unknown>));
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  const port = info.port as number;
  return {
    child,
    base: `http://127.0.0.1:${port}`,
    port,
    info,
    cpu: () =>
      new Promise((resolve) => {
        child.once('message', (m) => {
          const { user, system } = (m as { cpu: NodeJS.CpuUsage }).cpu;
          resolve((user + system) / 1000);
        });
        child.send('cpu');
      }),
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
}

async function postgresReachable(url: string): Promise<boolean> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    await c.end();
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs `fn` with a fresh embedded data directory, then with a fresh PostgreSQL database when one is
 * reachable. BENCH_KEEP_DATABASE=1 keeps the latter for inspection.
 */
async function onScratch<T>(
  label: string,
  fn: (where: { backend: 'pglite'; dir: string } | { backend: 'postgres'; url: string }) => Promise<T[]>,
): Promise<T[]> {
  const out: T[] = [];
  const dir = await mkdtemp(join(tmpdir(), `ed-bench-${label}-`));
  try {
    out.push(...(await fn({ backend: 'pglite', dir })));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  if (!(await postgresReachable(pgUrl))) {
    console.log(`\nPostgreSQL at ${pgUrl} is not reachable: skipped.`);
    return out;
  }
  const name = `ed_bench_${label}_${process.pid}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(pgUrl);
  url.pathname = `/${name}`;
  try {
    out.push(...(await fn({ backend: 'postgres', url: url.toString() })));
  } finally {
    if (process.env.BENCH_KEEP_DATABASE) console.log(`kept database ${name} for inspection`);
    else await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
  return out;
}

/** For benchmarks of a server in its own process: the environment that points it at each backend. */
export const onBothBackends = <T>(
  fn: (backend: 'pglite' | 'postgres', env: Record<string, string>) => Promise<T[]>,
): Promise<T[]> =>
  onScratch('http', (w) =>
    w.backend === 'pglite' ? fn('pglite', { DATA_DIR: w.dir }) : fn('postgres', { DATABASE_URL: w.url }),
  );

/** For in-process benchmarks: each backend opened and migrated. */
export const onBothDatabases = <T>(
  label: string,
  fn: (backend: 'pglite' | 'postgres', db: Database) => Promise<T[]>,
): Promise<T[]> =>
  onScratch(label, async (w) => {
    const db = w.backend === 'pglite' ? await openPglite({ dataDir: w.dir }) : await openPostgres(w.url);
    try {
      await migrate(db, w.backend === 'postgres' ? w.url : undefined);
      return await fn(w.backend, db);
    } finally {
      await db.close();
    }
  });
