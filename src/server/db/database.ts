import { fileURLToPath } from 'node:url';
import { mkdirSync, openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import pg from 'pg';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import * as schema from './schema.ts';
import { PostgresListener } from './postgres-listener.ts';

export type Schema = typeof schema;
/** What a raw `execute(sql…)` answers on either driver: PGlite's Results and node-postgres's QueryResult both hold `rows`. */
export interface RowsResultHKT extends PgQueryResultHKT {
  readonly type: RowsOf<this['row']>;
}
interface RowsOf<T> {
  rows: T[];
}
/** Either driver: the rest of the server never knows which backend it runs on (the backup export asks its client). */
export type Db = PgDatabase<RowsResultHKT, Schema> & { $client: PGlite | pg.Pool };
export type Tx = PgTransaction<RowsResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Anything queries can run on: the database or an open transaction. */
export type Queryable = Db | Tx;

export interface Database {
  readonly kind: 'pglite' | 'postgres';
  readonly db: Db;
  /**
   * Calls `onNotify` for each NOTIFY on the channel, from any instance, once its transaction commits.
   * `onReconnect` says notifications may have been missed (PostgreSQL's listening connection was lost).
   */
  listen(channel: string, onNotify: (payload: string) => void, onReconnect?: () => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
  /** PostgreSQL's connection pool as it stands (for metrics); the embedded database has none. */
  pool?: () => { total: number; idle: number; waiting: number; max: number };
}

/** Extensions the migrations create; embedded Postgres must load them at every open. */
export const PGLITE_EXTENSIONS = { pg_trgm };

export const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

/** A key for the advisory lock that serialises migrations when several instances start at once. */
const MIGRATION_LOCK = 727_283;

export async function openPostgres(url: string, options: { poolSize?: number } = {}): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10 });
  pool.on('error', (err) => console.error('postgres pool error:', err.message));
  const db: Db = drizzlePg({ client: pool, schema });
  const listener = new PostgresListener(url);
  return {
    kind: 'postgres',
    db,
    listen: (channel, onNotify, onReconnect) => listener.listen(channel, onNotify, onReconnect),
    pool: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount, max: pool.options.max }),
    close: async () => {
      await listener.close();
      await pool.end();
    },
  };
}

export async function openPglite(source: { dataDir: string } | { snapshot: Blob }): Promise<Database> {
  const unlock = 'dataDir' in source ? lockDataDir(source.dataDir) : () => undefined;
  const client =
    'dataDir' in source
      ? await PGlite.create({ dataDir: source.dataDir, extensions: PGLITE_EXTENSIONS })
      : await PGlite.create({ loadDataDir: source.snapshot, extensions: PGLITE_EXTENSIONS });
  const db: Db = drizzlePglite({ client, schema });
  return {
    kind: 'pglite',
    db,
    listen: async (channel, onNotify) => client.listen(channel, onNotify),
    close: async () => {
      await client.close();
      unlock();
    },
  };
}

export async function migrate(database: Database, postgresUrl?: string): Promise<void> {
  const embedded = database.db.$client;
  if (embedded instanceof PGlite) {
    await migratePglite(drizzlePglite({ client: embedded }), { migrationsFolder });
    return;
  }
  if (!postgresUrl) throw new Error('migrate: a PostgreSQL database needs its URL');
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migratePg(drizzlePg({ client }), { migrationsFolder });
  } finally {
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await client.end();
  }
}

export async function openDatabase(config: { databaseUrl: string | null; dataDir: string }): Promise<Database> {
  const database = config.databaseUrl
    ? await openPostgres(config.databaseUrl)
    : await openPglite({ dataDir: config.dataDir });
  await migrate(database, config.databaseUrl ?? undefined);
  return database;
}

/**
 * Embedded Postgres is one process's alone: a second process opening the same directory would
 * corrupt it. The lock names its holder; a holder that died leaves a stale lock we take over.
 */
function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lockPath = join(dataDir, 'expert-dialogue.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      const release = () => rmSync(lockPath, { force: true });
      process.once('exit', release);
      return release;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = Number(readFileSync(lockPath, 'utf8'));
      if (holder && holder !== process.pid && isAlive(holder)) {
        throw new Error(
          `The data directory ${dataDir} is in use by process ${holder}. Stop it first, or set DATA_DIR to another directory.`,
        );
      }
      rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`Could not lock ${dataDir}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
