import { copyFileSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import pg from 'pg';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { PGlite } from '@electric-sql/pglite';
import { migrationsFolder } from '../db/database.ts';
import type { SqlSession } from './sql-session.ts';

/** The schema a database is at: the last migration applied to it. */
export const SchemaVersion = z.object({
  /** The migration's file name, e.g. `0014_mail_and_job_leases`. */
  tag: z.string(),
  /** drizzle's key for a migration: the time it was generated (its journal's `when`). */
  when: z.number().int(),
  /** How many migrations are applied. */
  count: z.number().int(),
});
export type SchemaVersion = z.infer<typeof SchemaVersion>;

const Journal = z.object({ entries: z.array(z.object({ when: z.number(), tag: z.string() }).passthrough()) });

export function journal(folder = migrationsFolder): z.infer<typeof Journal> {
  return Journal.parse(JSON.parse(readFileSync(join(folder, 'meta/_journal.json'), 'utf8')));
}

/** This code's schema version: every migration it ships. */
export function codeSchemaVersion(): SchemaVersion {
  const { entries } = journal();
  const last = entries.at(-1)!;
  return { tag: last.tag, when: last.when, count: entries.length };
}

/** The database's schema version, or null when it was never migrated. */
export async function readSchemaVersion(session: SqlSession): Promise<SchemaVersion | null> {
  const [exists] = await session.query<{ t: string | null }>(
    `select to_regclass('drizzle.__drizzle_migrations')::text as t`,
  );
  if (!exists?.t) return null;
  const [row] = await session.query<{ when: string | null; count: string }>(
    `select max(created_at)::text as when, count(*)::text as count from drizzle.__drizzle_migrations`,
  );
  if (!row?.when) return null;
  const when = Number(row.when);
  const tag = journal().entries.find((e) => e.when === when)?.tag ?? `unknown migration of ${when}`;
  return { tag, when, count: Number(row.count) };
}

export const describeVersion = (v: SchemaVersion | null): string => (v ? `${v.tag} (${v.count} migrations)` : 'none');

/**
 * Migrates a database to the given version and no further, so an archive made by an older release
 * loads into the schema it was made from; the migrations after it then run over the loaded data,
 * exactly as an upgrade would run them.
 */
export async function migrateTo(target: MigrationTarget, version: SchemaVersion): Promise<void> {
  const { entries, ...rest } = journal();
  const upTo = entries.findIndex((e) => e.when === version.when);
  if (upTo < 0) throw new Error(`this release does not know migration ${version.tag}`);
  const folder = mkdtempSync(join(tmpdir(), 'ed-migrations-'));
  try {
    mkdirSync(join(folder, 'meta'));
    const kept = entries.slice(0, upTo + 1);
    writeFileSync(join(folder, 'meta/_journal.json'), JSON.stringify({ ...rest, entries: kept }));
    for (const e of kept) copyFileSync(join(migrationsFolder, `${e.tag}.sql`), join(folder, `${e.tag}.sql`));
    await migrateFrom(target, folder);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

export type MigrationTarget = { kind: 'pglite'; client: PGlite } | { kind: 'postgres'; url: string };

/** The same key database.ts holds while migrating, so an instance starting meanwhile waits for us. */
const MIGRATION_LOCK = 727_283;

async function migrateFrom(target: MigrationTarget, folder: string): Promise<void> {
  if (target.kind === 'pglite') {
    await migratePglite(drizzlePglite({ client: target.client }), { migrationsFolder: folder });
    return;
  }
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migratePg(drizzlePg({ client }), { migrationsFolder: folder });
  } finally {
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await client.end();
  }
}

/** Every migration this release ships. */
export const migrateToCode = (target: MigrationTarget): Promise<void> => migrateFrom(target, migrationsFolder);
