import pg from 'pg';
import { withDatabase } from '../support/template.ts';

/**
 * A PostgreSQL database of the test's own for real server processes, copied from the run's migrated
 * and seeded template (so they start in a second, not a minute), dropped by the returned function.
 */
export async function makeDatabase(label: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const adminUrl = process.env.TEST_DATABASE_URL!;
  const name = `${process.env.ED_PG_PREFIX ?? 'ed_test_'}${label}_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`drop database if exists "${name}" with (force)`);
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(`create database "${name}" template "${process.env.ED_PG_TEMPLATE}"`);
        break;
      } catch (err) {
        if (attempt > 50 || !/being accessed by other users/.test((err as Error).message)) throw err;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
  } finally {
    await admin.end();
  }
  return {
    url: withDatabase(adminUrl, name),
    drop: async () => {
      const a = new pg.Client({ connectionString: adminUrl });
      await a.connect();
      await a.query(`drop database if exists "${name}" with (force)`);
      await a.end();
    },
  };
}
