import { readFile, writeFile } from 'node:fs/promises';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate, openPostgres, type Db } from '../../src/server/db/database.ts';
import { seedDemo } from '../../src/server/demo/seed-demo.ts';
import * as schema from '../../src/server/db/schema.ts';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrationsFolder, PGLITE_EXTENSIONS } from '../../src/server/db/database.ts';

/** One migrated, seeded PGlite per test run, saved as a snapshot every test file loads (~0.3 s vs ~5 s initdb). */
export async function buildPgliteTemplate(path: string): Promise<void> {
  const client = await PGlite.create({ extensions: PGLITE_EXTENSIONS });
  const db = drizzle({ client, schema });
  await migratePglite(db, { migrationsFolder });
  await seedDemo(db as unknown as Db);
  const blob = await client.dumpDataDir('none');
  await writeFile(path, Buffer.from(await blob.arrayBuffer()));
  await client.close();
}

/**
 * Fills an empty data directory from the run's seeded template, as a server's `DEMO=1` start would
 * leave it, in a few seconds instead of an initdb, the migrations and the seed (30–60 s on a busy
 * machine). False when no template was built (a test file run on its own): the server seeds itself.
 */
export async function loadPgliteTemplate(dataDir: string): Promise<boolean> {
  const path = process.env.ED_PGLITE_TEMPLATE;
  if (!path) return false;
  const client = await PGlite.create({
    dataDir,
    loadDataDir: new Blob([await readFile(path)]),
    extensions: PGLITE_EXTENSIONS,
  });
  await client.close();
  return true;
}

export const withDatabase = (url: string, name: string): string => {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
};

/** The same on the PostgreSQL server: a template database each test file copies with CREATE DATABASE … TEMPLATE. */
export async function buildPostgresTemplate(adminUrl: string, name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists "${name}"`);
  await admin.query(`create database "${name}"`);
  await admin.end();
  const url = withDatabase(adminUrl, name);
  const database = await openPostgres(url, { poolSize: 2 });
  await migrate(database, url);
  await seedDemo(database.db);
  await database.close();
}

export async function dropPostgresDatabases(adminUrl: string, prefix: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const { rows } = await admin.query<{ datname: string }>('select datname from pg_database where datname like $1', [
    `${prefix}%`,
  ]);
  for (const { datname } of rows) await admin.query(`drop database if exists "${datname}" with (force)`);
  await admin.end();
}
