import { readFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openPglite, openPostgres, type Database } from '../../src/server/db/database.ts';
import { withDatabase } from './template.ts';

export type Backend = 'pglite' | 'postgres';

/** Every backend this run covers: PGlite always, the PostgreSQL server when TEST_DATABASE_URL is set. */
export const BACKENDS: Backend[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

export interface TestDatabase extends Database {
  url: string | null;
}

let snapshot: Blob | undefined;

/** A new database on the server, copied from the run's migrated, seeded template. */
export async function copyTemplate(adminUrl: string, name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    // Several files copy the template at once; Postgres refuses a copy while another copy is being made.
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(`create database "${name}" template "${process.env.ED_PG_TEMPLATE}"`);
        return;
      } catch (err) {
        if (attempt > 50 || !/being accessed by other users/.test((err as Error).message)) throw err;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
  } finally {
    await admin.end();
  }
}

/** A private copy of the migrated, seeded template for one test file or suite. */
export async function openTestDatabase(backend: Backend): Promise<TestDatabase> {
  if (backend === 'pglite') {
    const path = process.env.ED_PGLITE_TEMPLATE;
    if (!path) throw new Error('Run tests with npm test (it builds the database templates first).');
    snapshot ??= new Blob([await readFile(path)]);
    return { ...(await openPglite({ snapshot })), url: null };
  }
  const adminUrl = process.env.TEST_DATABASE_URL!;
  const name = `${process.env.ED_PG_PREFIX}${randomBytes(6).toString('hex')}`;
  await copyTemplate(adminUrl, name);
  const url = withDatabase(adminUrl, name);
  const database = await openPostgres(url, { poolSize: 4 });
  return {
    ...database,
    url,
    close: async () => {
      await database.close();
      const a = new pg.Client({ connectionString: adminUrl });
      await a.connect();
      await a.query(`drop database if exists "${name}" with (force)`);
      await a.end();
    },
  };
}
