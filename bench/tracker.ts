import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { ml } from '../src/shared/multilingual.ts';
import type { Database } from '../src/server/db/database.ts';
import * as t from '../src/server/db/schema.ts';
import { seedDemo } from '../src/server/demo/seed-demo.ts';
import type { Deps } from '../src/server/deps.ts';
import { ANONYMOUS, type Actor } from '../src/server/policy/actor.ts';
import { trackerMatrix } from '../src/server/tracker/matrix.ts';
import { random } from './search-corpus.ts';
import { benchLine, median, type Figure } from './report.ts';
import { onBothDatabases } from './harness.ts';

/**
 * npm run bench:tracker — the follow-up matrix of a document with 50 provisions × the region's
 * countries, over ten years of generated dialogues (200 dialogues, 20,000 statements, 2,000
 * actions), on PGlite and on PostgreSQL, for the public and for the secretariat; beside a plain
 * query counting statements per provision without any join. Target: p95 < 100 ms on PostgreSQL.
 * BENCH_TRACKER_RUNS (default 60) sets the timed runs per reader; BENCH_KEEP_DATABASE=1 keeps the
 * PostgreSQL database for inspection.
 */
const RUNS = Number(process.env.BENCH_TRACKER_RUNS ?? 60);
const SIZE = { provisions: 50, dialogues: 200, statementsPerDialogue: 100, actionsPerDialogue: 10 };
const COUNTRIES = ['KZ', 'KG', 'TJ', 'TM', 'UZ'];
const STATUSES = ['planned', 'in_progress', 'done', 'stalled', 'dropped'] as const;
const ADMIN: Actor = {
  user: { id: randomUUID(), email: 'bench@bench.example', role: 'admin', personId: null, locale: null },
  sessionId: null,
  csrfToken: null,
};

async function generate(db: Database): Promise<string> {
  const rand = random(2040);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const documentId = randomUUID();
  await db.db
    .insert(t.referenceDocuments)
    .values({ id: documentId, kind: 'roadmap', title: ml({ en: 'A generated roadmap' }), adoptedOn: '2016-01-01' });
  const provisionIds = Array.from({ length: SIZE.provisions }, () => randomUUID());
  await db.db.insert(t.provisions).values(
    provisionIds.map((id, i) => ({
      id,
      documentId,
      number: String(i + 1),
      position: i,
      text: ml({ en: `Provision ${i + 1}` }),
      placeholder: true,
    })),
  );
  const orgs = COUNTRIES.flatMap((country) => [0, 1].map((n) => ({ id: randomUUID(), country, n })));
  await db.db
    .insert(t.organizations)
    .values(orgs.map((o) => ({ id: o.id, kind: 'research_institute' as const, countryCode: o.country })));
  await db.db.insert(t.organizationNames).values(
    orgs.map((o) => ({
      id: randomUUID(),
      organizationId: o.id,
      name: ml({ en: `Institute ${o.n} of ${o.country}` }),
      position: 0,
    })),
  );
  const people = orgs.map((o) => ({ id: randomUUID(), org: o.id }));
  await db.db.insert(t.people).values(people.map((p, i) => ({ id: p.id, name: ml({ en: `Expert ${i}` }) })));

  for (let d = 0; d < SIZE.dialogues; d++) {
    const dialogueId = randomUUID();
    const year = 2016 + Math.floor(d / 20);
    const startsAt = new Date(Date.UTC(year, (d % 20) * 0.6, 1 + (d % 27), 5));
    await db.db.insert(t.dialogues).values({
      id: dialogueId,
      title: ml({ en: `Generated dialogue ${d}` }),
      format: 'videoconference',
      startsAt,
      endsAt: new Date(startsAt.getTime() + 7_200_000),
      hostZone: 'Asia/Tashkent',
      status: 'concluded',
      confidentiality: d % 10 === 9 ? 'chatham_house' : d % 10 === 8 ? 'restricted' : 'public',
      languages: ['en'],
      media: { kind: 'built_in' },
      convenerIds: [],
      referenceDocumentIds: [documentId],
    });
    const participants = people.map((p) => ({
      id: randomUUID(),
      dialogueId,
      personId: p.id,
      organizationId: p.org,
      role: 'delegate' as const,
      invitation: 'accepted' as const,
      attendance: [],
    }));
    await db.db.insert(t.participants).values(participants);
    await db.db.insert(t.statements).values(
      Array.from({ length: SIZE.statementsPerDialogue }, (_, i) => ({
        id: randomUUID(),
        dialogueId,
        participantId: pick(participants).id,
        kind: 'remarks' as const,
        text: ml({ en: `Statement ${i}` }),
        position: i,
        areaIds: [],
        provisionIds: [...new Set([pick(provisionIds), ...(rand() < 0.3 ? [pick(provisionIds)] : [])])],
      })),
    );
    await db.db.insert(t.outcomes).values(
      Array.from({ length: SIZE.actionsPerDialogue }, (_, i) => ({
        id: randomUUID(),
        dialogueId,
        kind: pick(['commitment', 'follow_up_action'] as const),
        text: ml({ en: `Action ${i}` }),
        position: i,
        proposerIds: [],
        endorserIds: [],
        areaIds: [],
        provisionIds: [pick(provisionIds)],
        ownerOrganizationId: pick(orgs).id,
        dueOn: `${year + 1}-06-30`,
        status: pick(STATUSES),
      })),
    );
  }
  await db.db.execute(sql`analyze`);
  return documentId;
}

async function timeRuns(fn: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < 5; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await fn();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { p50: median(times), p95: times[Math.min(times.length - 1, Math.floor(0.95 * times.length))]! };
}

async function benchBackend(name: 'pglite' | 'postgres', db: Database): Promise<Figure[]> {
  await seedDemo(db.db);
  const started = performance.now();
  const documentId = await generate(db);
  console.log(
    `\n${name}: generated ${SIZE.dialogues} dialogues, ${SIZE.dialogues * SIZE.statementsPerDialogue} statements, ${SIZE.dialogues * SIZE.actionsPerDialogue} actions in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  const deps = { db: db.db, clock: () => new Date('2026-06-01T00:00:00Z') } as Deps;
  const baseline = await timeRuns(() =>
    db.db.execute(sql`select pid, count(*) from statements, unnest(provision_ids) pid
    where provision_ids && (select array_agg(id) from provisions where document_id = ${documentId}) group by pid`),
  );
  const outside = await timeRuns(() => trackerMatrix(deps, { actor: ANONYMOUS, documentId, query: {} }));
  const inside = await timeRuns(() => trackerMatrix(deps, { actor: ADMIN, documentId, query: {} }));
  const check = await trackerMatrix(deps, { actor: ADMIN, documentId, query: {} });
  const statements = check.rows.reduce((n, r) => n + r.total.statements, 0);
  console.table({
    'count per provision, no joins (baseline)': {
      'p50 ms': baseline.p50.toFixed(1),
      'p95 ms': baseline.p95.toFixed(1),
    },
    'matrix, public': { 'p50 ms': outside.p50.toFixed(1), 'p95 ms': outside.p95.toFixed(1) },
    'matrix, secretariat (with the actions)': { 'p50 ms': inside.p50.toFixed(1), 'p95 ms': inside.p95.toFixed(1) },
  });
  console.log(
    `the matrix counts ${statements} statement mentions over ${check.rows.length} provisions × ${check.columns.length} columns`,
  );
  const target = name === 'postgres' ? { target: '<100', met: Math.max(outside.p95, inside.p95) < 100 } : {};
  return [
    {
      name: `tracker.${name}.public_p95_ms`,
      value: outside.p95,
      baseline: 'count-per-provision',
      baseline_value: baseline.p95,
      ratio: outside.p95 / baseline.p95,
      ...target,
    },
    {
      name: `tracker.${name}.secretariat_p95_ms`,
      value: inside.p95,
      baseline: 'count-per-provision',
      baseline_value: baseline.p95,
      ratio: inside.p95 / baseline.p95,
      ...target,
    },
    {
      name: `tracker.${name}.public_p50_ms`,
      value: outside.p50,
      baseline: 'count-per-provision',
      baseline_value: baseline.p50,
      ratio: outside.p50 / baseline.p50,
    },
  ];
}

const figures = await onBothDatabases('tracker', benchBackend);
console.log('');
for (const f of figures) console.log(benchLine(f));
