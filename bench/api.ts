import { join } from 'node:path';
import { DIALOGUE_2020_ID, participantId } from '../src/server/demo/dialogue-2020.ts';
import { ml } from '../src/shared/multilingual.ts';
import { benchLine, median, type Figure } from './report.ts';
import { connections, load, onBothBackends, rounds, seconds, startServer, type Run } from './harness.ts';

/**
 * npm run bench:api — the full-record read and the statement write, on PGlite and on PostgreSQL,
 * each beside the same server answering a static body of the same size.
 * Options (env): BENCH_SECONDS (default 8 per run), BENCH_ROUNDS (default 3), BENCH_CONNECTIONS (10),
 * BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test, skipped if unreachable).
 */
async function signIn(base: string): Promise<Record<string, string>> {
  const res = await fetch(`${base}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'bench@bench.example', password: 'bench password 123' }),
  });
  const cookie = res.headers.getSetCookie()[0]!.split(';')[0]!;
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
}

async function benchBackend(backend: 'pglite' | 'postgres', env: Record<string, string>): Promise<Figure[]> {
  const { base, stop } = await startServer(join(import.meta.dirname, 'api-server.ts'), env);
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
      speaker: { kind: 'participant', participantId: participantId('isrs') },
      kind: 'remarks',
      text: ml({ en: 'A statement written by the benchmark.' }),
      areaIds: [],
      provisionIds: [],
    });
    const writes: Run[] = [];
    for (let i = 0; i < rounds; i++)
      writes.push(
        await load(`${base}/api/v1/dialogues/${DIALOGUE_2020_ID}/statements`, { method: 'POST', headers, body }),
      );

    const m = (runs: Run[], k: keyof Run) => median(runs.map((r) => r[k]));
    const staticRps = m(statics, 'rps');
    console.log(`\n${backend}: median of ${rounds} runs of ${seconds}s, ${connections} connections`);
    console.table({
      'static body (baseline)': {
        'req/s': Math.round(staticRps),
        'p50 ms': m(statics, 'p50'),
        'p99 ms': m(statics, 'p99'),
        errors: m(statics, 'errors'),
      },
      'GET full record': {
        'req/s': Math.round(m(reads, 'rps')),
        'p50 ms': m(reads, 'p50'),
        'p99 ms': m(reads, 'p99'),
        errors: m(reads, 'errors'),
        ratio: (m(reads, 'rps') / staticRps).toFixed(2),
      },
      'POST statement': {
        'req/s': Math.round(m(writes, 'rps')),
        'p50 ms': m(writes, 'p50'),
        'p99 ms': m(writes, 'p99'),
        errors: m(writes, 'errors'),
        ratio: (m(writes, 'rps') / staticRps).toFixed(2),
      },
    });
    const readRatio = m(reads, 'rps') / staticRps;
    return [
      {
        name: `api.record_get.${backend}.rps`,
        value: m(reads, 'rps'),
        baseline: 'static-json',
        baseline_value: staticRps,
        ratio: readRatio,
        ...(backend === 'postgres' ? { target: '>=0.30 of baseline', met: readRatio >= 0.3 } : {}),
      },
      {
        name: `api.record_get.${backend}.p99_ms`,
        value: m(reads, 'p99'),
        baseline: 'static-json',
        baseline_value: m(statics, 'p99'),
        ratio: m(reads, 'p99') / m(statics, 'p99'),
      },
      {
        name: `api.statement_post.${backend}.rps`,
        value: m(writes, 'rps'),
        baseline: 'static-json',
        baseline_value: staticRps,
        ratio: m(writes, 'rps') / staticRps,
      },
      {
        name: `api.statement_post.${backend}.p99_ms`,
        value: m(writes, 'p99'),
        baseline: 'static-json',
        baseline_value: m(statics, 'p99'),
        ratio: m(writes, 'p99') / m(statics, 'p99'),
      },
    ];
  } finally {
    await stop();
  }
}

const figures = await onBothBackends(benchBackend);
console.log('');
for (const f of figures) console.log(benchLine(f));
