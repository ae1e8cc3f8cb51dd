import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import MiniSearch from 'minisearch';
import { skeleton } from '../src/shared/transliteration/skeleton.ts';
import type { Database } from '../src/server/db/database.ts';
import { searchEntries } from '../src/server/db/schema.ts';
import { entryRow, recountWords } from '../src/server/search/entries.ts';
import { searchRecords } from '../src/server/search/search-records.ts';
import { ANONYMOUS } from '../src/server/policy/actor.ts';
import type { Deps } from '../src/server/deps.ts';
import { random, statementText, type LabelledQuery, type Needle } from './search-corpus.ts';
import { benchLine, median, type Figure } from './report.ts';
import { onBothDatabases } from './harness.ts';

/**
 * npm run bench:search — relevance (recall@10, MRR) on the labelled set in bench/search-set.json and
 * latency over 500 mixed queries, on a synthetic multilingual corpus: ours beside a plain PostgreSQL
 * `simple` full-text search without skeletons, and MiniSearch in-process.
 * BENCH_SEARCH_PGLITE (default 100000) and BENCH_SEARCH_POSTGRES (default 1000000) set the corpus sizes;
 * BENCH_MINISEARCH_MAX (default 200000) caps the corpus MiniSearch indexes, for memory.
 */
const set = JSON.parse(await readFile(join(import.meta.dirname, 'search-set.json'), 'utf8')) as {
  needles: Needle[];
  queries: LabelledQuery[];
};
const sizes = {
  pglite: Number(process.env.BENCH_SEARCH_PGLITE ?? 100_000),
  postgres: Number(process.env.BENCH_SEARCH_POSTGRES ?? 1_000_000),
};
const miniMax = Number(process.env.BENCH_MINISEARCH_MAX ?? 200_000);

const uuidOf = (key: string) => {
  const h = createHash('sha1').update(key).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
};
const expectedId = new Map(set.needles.map((n) => [n.key, uuidOf(n.key)]));

interface Doc {
  id: string;
  lang: string;
  text: string;
}
function* corpus(n: number): Generator<Doc> {
  for (const needle of set.needles) yield { id: expectedId.get(needle.key)!, lang: needle.lang, text: needle.text };
  const rand = random(7);
  for (let i = 0; i < n; i++) yield { id: uuidOf(`doc-${i}`), ...statementText(rand) };
}

async function load(db: Database, n: number): Promise<number> {
  await db.db.execute(sql`drop index if exists search_entries_tsv_idx`);
  await db.db.execute(sql`drop index if exists search_words_trgm_idx`);
  const started = performance.now();
  let batch: Doc[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const entries = batch.map((d) => ({ id: d.id, lang: d.lang, text: d.text, skeleton: skeleton(d.text) }));
    await db.db.insert(searchEntries).values(entries.map((e) => entryRow('statement', e.id, e)));
    batch = [];
  };
  for (const doc of corpus(n)) {
    batch.push(doc);
    if (batch.length === 1000) await flush();
  }
  await flush();
  await recountWords(db.db);
  return performance.now() - started;
}

async function timed(db: Database, statement: string): Promise<number> {
  const started = performance.now();
  await db.db.execute(sql.raw(statement));
  return performance.now() - started;
}

async function indexSize(db: Database, name: string): Promise<number> {
  const r = (await db.db.execute(sql`select pg_relation_size(${name}::regclass) as bytes`)) as unknown as {
    rows: { bytes: string | number }[];
  };
  return Number(r.rows[0]!.bytes);
}

type Engine = (q: string) => Promise<string[]>;

async function evaluate(engine: Engine) {
  const byKind = new Map<string, { found: number; rr: number; n: number }>();
  for (const q of set.queries) {
    const ids = await engine(q.query);
    const rank = ids.indexOf(expectedId.get(q.expect)!) + 1;
    for (const k of [q.kind, q.kind === 'demo-pair' || q.kind === 'cross-script' ? 'all cross-script' : null, 'all']) {
      if (!k) continue;
      const s = byKind.get(k) ?? { found: 0, rr: 0, n: 0 };
      s.n++;
      if (rank > 0 && rank <= 10) {
        s.found++;
        s.rr += 1 / rank;
      }
      byKind.set(k, s);
    }
  }
  return byKind;
}

async function latency(engine: Engine, queries: string[]): Promise<{ p50: number; p95: number; p99: number }> {
  const times: number[] = [];
  for (const q of queries) {
    const t = performance.now();
    await engine(q);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;
  return { p50: median(times), p95: at(0.95), p99: at(0.99) };
}

function mixedQueries(): string[] {
  const rand = random(11);
  const out: string[] = [];
  for (let i = 0; i < 500; i++) {
    if (i % 2 === 0) out.push(set.queries[i % set.queries.length]!.query);
    else
      out.push(
        statementText(rand)
          .text.split(' ')
          .slice(0, 1 + Math.floor(rand() * 2))
          .join(' '),
      );
  }
  return out;
}

async function benchBackend(name: 'pglite' | 'postgres', db: Database, n: number): Promise<Figure[]> {
  console.log(`\n${name}: ${n.toLocaleString('en')} synthetic statements + ${set.needles.length} needles`);
  const loadMs = await load(db, n);
  const oursBuild =
    (await timed(db, 'create index search_entries_tsv_idx on search_entries using gin (tsv)')) +
    (await timed(db, 'create index search_words_trgm_idx on search_words using gin (word gin_trgm_ops)'));
  const simpleBuild = await timed(
    db,
    "create index bench_simple_fts_idx on search_entries using gin (to_tsvector('simple', text))",
  );
  await db.db.execute(sql`analyze search_entries`);
  await db.db.execute(sql`analyze search_words`);
  const oursSize = (await indexSize(db, 'search_entries_tsv_idx')) + (await indexSize(db, 'search_words_trgm_idx'));
  const simpleSize = await indexSize(db, 'bench_simple_fts_idx');

  const deps = { db: db.db, clock: () => new Date() } as Deps;
  const ours: Engine = async (q) =>
    (await searchRecords(deps, { actor: ANONYMOUS, query: { q, limit: 10 } })).hits.map((h) => h.id);
  const simple: Engine = async (q) => {
    const r = (await db.db.execute(sql`select ref_id from search_entries
      where to_tsvector('simple', text) @@ plainto_tsquery('simple', ${q})
      order by ts_rank(to_tsvector('simple', text), plainto_tsquery('simple', ${q})) desc limit 10`)) as unknown as {
      rows: { ref_id: string }[];
    };
    return r.rows.map((x) => x.ref_id);
  };
  let mini: Engine | null = null;
  let miniBuild = 0;
  if (n <= miniMax) {
    const started = performance.now();
    const ms = new MiniSearch<Doc>({ fields: ['text'], storeFields: [] });
    ms.addAll([...corpus(n)]);
    miniBuild = performance.now() - started;
    mini = async (q) =>
      ms
        .search(q, { fuzzy: 0.2, prefix: true })
        .slice(0, 10)
        .map((r) => String(r.id));
  }

  const rel = { ours: await evaluate(ours), simple: await evaluate(simple), mini: mini ? await evaluate(mini) : null };
  const queries = mixedQueries();
  const lat = {
    ours: await latency(ours, queries),
    simple: await latency(simple, queries),
    mini: mini ? await latency(mini, queries) : null,
  };

  const recall = (m: Map<string, { found: number; n: number }> | null, k: string) =>
    m?.get(k) ? m.get(k)!.found / m.get(k)!.n : NaN;
  const mrr = (m: Map<string, { rr: number; n: number }> | null, k: string) =>
    m?.get(k) ? m.get(k)!.rr / m.get(k)!.n : NaN;
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const row = (
    label: string,
    m: typeof rel.ours | null,
    l: typeof lat.ours | null,
    build: number,
    size: number | null,
  ) => ({
    engine: label,
    'recall@10 cross-script': round(recall(m, 'all cross-script')),
    'recall@10 typo': round(recall(m, 'typo')),
    'recall@10 all': round(recall(m, 'all')),
    'MRR all': round(mrr(m, 'all')),
    'p50 ms': l ? round(l.p50) : NaN,
    'p95 ms': l ? round(l.p95) : NaN,
    'p99 ms': l ? round(l.p99) : NaN,
    'index build s': round(build / 1000),
    'index MB': size === null ? NaN : round(size / 1048576),
  });
  console.log(`corpus loaded in ${(loadMs / 1000).toFixed(1)} s`);
  console.table([
    row('ours (skeleton words + lexicon trigrams + stemmed tsvector)', rel.ours, lat.ours, oursBuild, oursSize),
    row('PostgreSQL simple full text (baseline)', rel.simple, lat.simple, simpleBuild, simpleSize),
    row(
      mini ? 'MiniSearch in-process (baseline)' : `MiniSearch: skipped above ${miniMax.toLocaleString('en')} rows`,
      rel.mini,
      lat.mini,
      miniBuild,
      null,
    ),
  ]);
  const cross = recall(rel.ours, 'all cross-script');
  return [
    {
      name: `search.${name}.recall_at_10_cross_script`,
      value: cross,
      baseline: 'pg-simple-fts',
      baseline_value: recall(rel.simple, 'all cross-script'),
      ratio: cross / Math.max(recall(rel.simple, 'all cross-script'), 0.001),
      target: '>=0.95',
      met: cross >= 0.95,
    },
    {
      name: `search.${name}.mrr`,
      value: mrr(rel.ours, 'all'),
      baseline: 'pg-simple-fts',
      baseline_value: mrr(rel.simple, 'all'),
      ratio: mrr(rel.ours, 'all') / Math.max(mrr(rel.simple, 'all'), 0.001),
    },
    {
      name: `search.${name}.p95_ms`,
      value: lat.ours.p95,
      baseline: 'pg-simple-fts',
      baseline_value: lat.simple.p95,
      ratio: lat.ours.p95 / lat.simple.p95,
      ...(name === 'postgres' && n >= 1_000_000 ? { target: '<=30', met: lat.ours.p95 <= 30 } : {}),
    },
    {
      name: `search.${name}.index_build_s`,
      value: oursBuild / 1000,
      baseline: 'pg-simple-fts',
      baseline_value: simpleBuild / 1000,
      ratio: oursBuild / simpleBuild,
    },
  ];
}

const figures = await onBothDatabases('search', (backend, db) => benchBackend(backend, db, sizes[backend]));
console.log('');
for (const f of figures) console.log(benchLine(f));
