import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { ml } from '../src/shared/multilingual.ts';
import { migrate, openPostgres, type Database } from '../src/server/db/database.ts';
import * as t from '../src/server/db/schema.ts';
import { seedDemo } from '../src/server/demo/seed-demo.ts';
import { exportFromPostgres } from '../src/server/backup/export-archive.ts';
import { importArchive } from '../src/server/backup/import-archive.ts';
import { withDatabase } from '../test/support/template.ts';
import { random, statementText } from './search-corpus.ts';
import { benchLine, type Figure } from './report.ts';

/**
 * npm run bench:ops — backup and restore on PostgreSQL: a database of 200 dialogues and 20,000
 * statements (with their search entries) exported to the portable archive and loaded into an empty
 * database, beside pg_dump (custom format) and pg_restore of the same data in the same run.
 * Target: the export takes at most twice pg_dump's time. BENCH_OPS_URL (or TEST_DATABASE_URL) names
 * the server; the benchmark makes and drops databases of its own there.
 */
const adminUrl =
  process.env.BENCH_OPS_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const SIZE = { dialogues: 200, statementsPerDialogue: 100 };
const prefix = `ed_bench_ops_${process.pid}`;
const names = { source: `${prefix}_source`, restored: `${prefix}_pg_restore`, imported: `${prefix}_import` };
const dir = mkdtempSync(join(tmpdir(), 'ed-bench-ops-'));

async function admin(statement: string): Promise<void> {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  await c.query(statement);
  await c.end();
}

async function generate(db: Database): Promise<void> {
  const rand = random(15);
  const orgs = (await db.db.select({ id: t.organizations.id }).from(t.organizations)).map((o) => o.id);
  const people = (await db.db.select({ id: t.people.id }).from(t.people)).map((p) => p.id);
  for (let d = 0; d < SIZE.dialogues; d++) {
    const dialogueId = randomUUID();
    const startsAt = new Date(Date.UTC(2016 + Math.floor(d / 20), d % 12, 1 + (d % 27), 5));
    await db.db.insert(t.dialogues).values({
      id: dialogueId,
      title: ml({ en: `Generated dialogue ${d}`, ru: `Диалог ${d}` }),
      format: 'videoconference',
      startsAt,
      endsAt: new Date(startsAt.getTime() + 7_200_000),
      hostZone: 'Asia/Tashkent',
      status: 'concluded',
      confidentiality: d % 10 === 9 ? 'chatham_house' : 'public',
      languages: ['en', 'ru'],
      media: { kind: 'built_in' },
      convenerIds: [],
      referenceDocumentIds: [],
    });
    const participants = people.map((personId, i) => ({
      id: randomUUID(),
      dialogueId,
      personId,
      organizationId: orgs[i % orgs.length]!,
      role: 'delegate' as const,
      invitation: 'accepted' as const,
      attendance: [],
    }));
    await db.db.insert(t.participants).values(participants);
    await db.db.insert(t.statements).values(
      Array.from({ length: SIZE.statementsPerDialogue }, (_, i) => {
        const { lang, text } = statementText(rand);
        return {
          id: randomUUID(),
          dialogueId,
          participantId: participants[Math.floor(rand() * participants.length)]!.id,
          kind: 'remarks' as const,
          text: ml({ [lang]: `${text}. ${statementText(rand).text}.` }),
          position: i,
          areaIds: [],
          provisionIds: [],
        };
      }),
    );
  }
  // Search entries as the write path keeps them, so the archive carries tsvectors and arrays too.
  await db.db.execute(sql`insert into search_entries (kind, ref_id, dialogue_id, lang, text, skeleton, tsv, year)
    select 'statement', s.id, s.dialogue_id, l.key, l.value->>'text', lower(l.value->>'text'),
           to_tsvector('simple', l.value->>'text'), 2020
      from statements s, jsonb_each(s.text->'texts') l on conflict do nothing`);
  await db.db.execute(sql`analyze`);
}

const seconds = async (fn: () => Promise<unknown> | unknown): Promise<number> => {
  const started = performance.now();
  await fn();
  return (performance.now() - started) / 1000;
};

const figures: Figure[] = [];
try {
  for (const name of Object.values(names)) await admin(`drop database if exists ${name} with (force)`);
  await admin(`create database ${names.source}`);
  const sourceUrl = withDatabase(adminUrl, names.source);
  const source = await openPostgres(sourceUrl, { poolSize: 2 });
  await migrate(source, sourceUrl);
  await seedDemo(source.db);
  const made = await seconds(() => generate(source));
  await source.close();
  console.log(
    `generated ${SIZE.dialogues} dialogues, ${SIZE.dialogues * SIZE.statementsPerDialogue} statements in ${made.toFixed(1)} s`,
  );

  const dump = join(dir, 'source.dump');
  const archive = join(dir, 'source.ed.gz');
  const pgDump = await seconds(() => execFileSync('pg_dump', ['--format=custom', `--file=${dump}`, sourceUrl]));
  const pool = new pg.Pool({ connectionString: sourceUrl, max: 1 });
  const exported = await seconds(() => exportFromPostgres(pool, createWriteStream(archive)));
  await pool.end();

  await admin(`create database ${names.restored}`);
  const pgRestore = await seconds(() =>
    execFileSync('pg_restore', [
      '--single-transaction',
      '--no-owner',
      `--dbname=${withDatabase(adminUrl, names.restored)}`,
      dump,
    ]),
  );
  await admin(`create database ${names.imported}`);
  const imported = await seconds(() =>
    importArchive({ kind: 'postgres', url: withDatabase(adminUrl, names.imported) }, createReadStream(archive)),
  );
  const mb = (file: string) => statSync(file).size / 1e6;
  console.table({
    'pg_dump -Fc / pg_restore (baseline)': {
      'export s': pgDump.toFixed(2),
      'import s': pgRestore.toFixed(2),
      MB: mb(dump).toFixed(1),
    },
    'db:export / db:import': {
      'export s': exported.toFixed(2),
      'import s': imported.toFixed(2),
      MB: mb(archive).toFixed(1),
    },
  });
  figures.push(
    {
      name: 'ops.export_s',
      value: exported,
      baseline: 'pg_dump --format=custom',
      baseline_value: pgDump,
      ratio: exported / pgDump,
      target: '<=2x pg_dump',
      met: exported <= 2 * pgDump,
    },
    {
      name: 'ops.import_s',
      value: imported,
      baseline: 'pg_restore --single-transaction',
      baseline_value: pgRestore,
      ratio: imported / pgRestore,
    },
    {
      name: 'ops.archive_mb',
      value: mb(archive),
      baseline: 'pg_dump --format=custom',
      baseline_value: mb(dump),
      ratio: mb(archive) / mb(dump),
    },
  );
} finally {
  for (const name of Object.values(names)) await admin(`drop database if exists ${name} with (force)`);
  rmSync(dir, { recursive: true, force: true });
}
console.log('');
for (const f of figures) console.log(benchLine(f));
