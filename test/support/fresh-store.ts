import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { loadPgliteTemplate, withDatabase } from './template.ts';
import { copyTemplate, type Backend } from './databases.ts';

/**
 * A fresh store for one server: a data directory, or a new database on the server. Empty, or with
 * `seeded` a copy of the run's migrated template with the demo data (what `DEMO=1` would load).
 */
export async function freshStore(
  backend: Backend,
  options: { seeded?: boolean } = {},
): Promise<{ env: Record<string, string>; drop: () => Promise<void> }> {
  if (backend === 'pglite') {
    const dir = await mkdtemp(join(tmpdir(), 'ed-store-'));
    if (options.seeded) await loadPgliteTemplate(dir);
    return { env: { DATA_DIR: dir }, drop: () => rm(dir, { recursive: true, force: true }) };
  }
  const adminUrl = process.env.TEST_DATABASE_URL!;
  const name = `${process.env.ED_PG_PREFIX ?? 'ed_test_'}dur_${randomBytes(4).toString('hex')}`;
  if (options.seeded && process.env.ED_PG_TEMPLATE) await copyTemplate(adminUrl, name);
  else {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database "${name}"`);
    await admin.end();
  }
  return {
    env: { DATABASE_URL: withDatabase(adminUrl, name) },
    drop: async () => {
      const a = new pg.Client({ connectionString: adminUrl });
      await a.connect();
      await a.query(`drop database if exists "${name}" with (force)`);
      await a.end();
    },
  };
}
