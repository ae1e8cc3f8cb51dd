import { sql } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { migrationsFolder, type Db } from '../db/database.ts';

import type { Readiness } from '../../shared/contracts/system.ts';

/** The newest migration this build ships: drizzle records each applied one with its folder time. */
let shipped: number | undefined;
const newestShipped = () =>
  (shipped ??= Math.max(0, ...readMigrationFiles({ migrationsFolder }).map((m) => m.folderMillis)));

/**
 * Whether this instance should be sent traffic: its database answers and holds every migration this
 * build ships (an instance started against a database another version migrated is not ready), and
 * it is not shutting down. A failure of the database is an answer here, never an exception.
 */
export async function checkReadiness(db: Db, draining: boolean): Promise<Readiness> {
  let database = false;
  let migrations = false;
  try {
    const [row] = (
      await db.execute<{ newest: string | number | null }>(
        sql`select max(created_at) as newest from drizzle.__drizzle_migrations`,
      )
    ).rows;
    database = true;
    migrations = Number(row?.newest ?? 0) >= newestShipped();
  } catch (err) {
    // Reachable but without the migrations table (undefined table or schema): not migrated at all.
    const e = err as { code?: string; cause?: { code?: string } };
    database = ['42P01', '3F000'].includes(e.cause?.code ?? e.code ?? '');
  }
  const ok = database && migrations && !draining;
  return { status: ok ? 'ready' : 'unavailable', database, migrations, draining };
}
