import { fork, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { DIALOGUE_2020_ID, participantId } from '../src/server/demo/dialogue-2020.ts';
import { ml } from '../src/shared/multilingual.ts';
import { benchLine, median, type Figure } from './report.ts';

/**
 * npm run bench:api — the full-record read and the statement write, on PGlite and on PostgreSQL,
 * each beside the same server answering a static body of the same size.
 * Options (env): BENCH_SECONDS (default 8 per run), BENCH_ROUNDS (default 3), BENCH_CONNECTIONS (10),
 * BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test, skipped if unreachable).
 */
const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

interface Run { rps: number; p50: number; p99: number; errors: number }

async function load(url: string, options: Partial<autocannon.Options> = {}): Promise<Run> {
  const result = await autocannon({ url, connections, duration: seconds, ...options });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

async function startServer(env: Record<string, string>): Promise<{ child: ChildProcess; base: string }> {
  const child = fork(join(import.meta.dirname, 'api-server.ts'), [], {
    env: { ...process.env, DEMO: '0', LOG_LEVEL: 'silent', ...env }, execArgv: ['--import', 'tsx'], stdio: 'inherit',
  });
  const { port } = await new Promise<{ port: number }>((resolve, reject) => {
    child.once('message', (m) => resolve(m as { port: number }));
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  return { child, base: `http://127.0.0.1:${port}` };
}

async function signIn(base: string): Promise<Record<string, string>> {
  const res = await fetch(`${base}/api/v1/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'bench@bench.example', password: 'bench password 123' }) });
  const cookie = res.headers.getSetCookie()[0]!.split(';')[0]!;
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
}

async function benchBackend(backend: 'pglite' | 'postgres', env: Record<string, string>): Promise<Figure[]> {
  const { child, base } = await startServer(env);
  try {
    const record = `${base}/api/v1/dialogues/${DIALOGUE_2020_ID}`;
    await load(record, { duration: 2 });
    await load(`${base}/bench/static`, { duration: 2 });
    const reads: Run[] = [];
    const statics: Run[] = [];
    for (let i = 0; i < rounds; i++) {
      // Interleaved, so drift in the machine's load falls on both alike.
      statics.push(await load(`${base}/bench/static`));
      reads.push(await load(record));
    }
    const headers = await signIn(base);
    const body = JSON.stringify({
      speaker: { kind: 'participant', participantId: participantId('isrs') }, kind: 'remarks',
      text: ml({ en: 'A statement written by the benchmark.' }), areaIds: [], provisionIds: [],
    });
    const writes: Run[] = [];
    for (let i = 0; i < rounds; i++) writes.push(await load(`${base}/api/v1/dialogues/${DIALOGUE_2020_ID}/statements`, { method: 'POST', headers, body }));

    const m = (runs: Run[], k: keyof Run) => median(runs.map((r) => r[k]));
    const staticRps = m(statics, 'rps');
    console.log(`\n${backend}: median of ${rounds} runs of ${seconds}s, ${connections} connections`);
    console.table({
      'static body (baseline)': { 'req/s': Math.round(staticRps), 'p50 ms': m(statics, 'p50'), 'p99 ms': m(statics, 'p99'), errors: m(statics, 'errors') },
      'GET full record': { 'req/s': Math.round(m(reads, 'rps')), 'p50 ms': m(reads, 'p50'), 'p99 ms': m(reads, 'p99'), errors: m(reads, 'errors'), ratio: (m(reads, 'rps') / staticRps).toFixed(2) },
      'POST statement': { 'req/s': Math.round(m(writes, 'rps')), 'p50 ms': m(writes, 'p50'), 'p99 ms': m(writes, 'p99'), errors: m(writes, 'errors'), ratio: (m(writes, 'rps') / staticRps).toFixed(2) },
    });
    const readRatio = m(reads, 'rps') / staticRps;
    return [
      { name: `api.record_get.${backend}.rps`, value: m(reads, 'rps'), baseline: 'static-json', baseline_value: staticRps, ratio: readRatio,
        ...(backend === 'postgres' ? { target: '>=0.30 of baseline', met: readRatio >= 0.3 } : {}) },
      { name: `api.record_get.${backend}.p99_ms`, value: m(reads, 'p99'), baseline: 'static-json', baseline_value: m(statics, 'p99'), ratio: m(reads, 'p99') / m(statics, 'p99') },
      { name: `api.statement_post.${backend}.rps`, value: m(writes, 'rps'), baseline: 'static-json', baseline_value: staticRps, ratio: m(writes, 'rps') / staticRps },
      { name: `api.statement_post.${backend}.p99_ms`, value: m(writes, 'p99'), baseline: 'static-json', baseline_value: m(statics, 'p99'), ratio: m(writes, 'p99') / m(statics, 'p99') },
    ];
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
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

const figures: Figure[] = [];
const dir = await mkdtemp(join(tmpdir(), 'ed-bench-'));
try {
  figures.push(...(await benchBackend('pglite', { DATA_DIR: dir })));
} finally {
  await rm(dir, { recursive: true, force: true });
}
if (await postgresReachable(pgUrl)) {
  const name = `ed_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(pgUrl);
  url.pathname = `/${name}`;
  try {
    figures.push(...(await benchBackend('postgres', { DATABASE_URL: url.toString() })));
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
} else {
  console.log(`\nPostgreSQL at ${pgUrl} is not reachable: skipped.`);
}
console.log('');
for (const f of figures) console.log(benchLine(f));
