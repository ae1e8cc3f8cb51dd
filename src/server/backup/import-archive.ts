import type { Readable } from 'node:stream';
import pg from 'pg';
import { ArchiveError, type ArchiveHeader } from './archive-format.ts';
import { ArchiveReader } from './archive-reader.ts';
import { isSuperuser, listTables, nonEmptyTables } from './catalog.ts';
import {
  codeSchemaVersion,
  describeVersion,
  journal,
  migrateTo,
  migrateToCode,
  readSchemaVersion,
  type MigrationTarget,
} from './schema-version.ts';
import { inPgliteTransaction, inPostgresTransaction, quoteTable, type SqlSession } from './sql-session.ts';

/** Where an archive goes: an embedded database this process holds, or a PostgreSQL URL. */
export type ImportTarget = MigrationTarget;

export interface ImportSummary {
  header: ArchiveHeader;
  tables: number;
  rows: number;
  /** Migrations run after the load, when the archive was made by an older release. */
  upgradedTo: string | null;
}

/** A refusal that leaves the target as it was: not empty, or at another schema. */
export class ImportRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportRefused';
  }
}

/**
 * Loads an archive into an empty database, in one transaction that commits only once the trailer's
 * checksum has matched: a truncated or altered archive leaves the target exactly as it was. A
 * database never migrated is first migrated to the archive's schema version; after the load, the
 * migrations this release has beyond it run over the data.
 */
export async function importArchive(target: ImportTarget, input: Readable): Promise<ImportSummary> {
  const reader = new ArchiveReader(input);
  const header = await reader.header();
  if (!journal().entries.some((e) => e.when === header.schema.when))
    throw new ImportRefused(
      `the archive was made at schema ${describeVersion(header.schema)}, which this release does not know: upgrade Expert Dialogue first`,
    );
  const current = await inTransaction(target, readSchemaVersion);
  if (!current) await migrateTo(target, header.schema);
  else if (current.when !== header.schema.when)
    throw new ImportRefused(
      `the target database is at schema ${describeVersion(current)}, the archive at ${describeVersion(header.schema)}: import into a new, empty database`,
    );

  const loaded = await inTransaction(target, (session) => load(session, reader)).catch(async (err: unknown) => {
    // A value the database refused most likely comes from a damaged archive: say so if its checksum fails.
    if (!(err instanceof ArchiveError || err instanceof ImportRefused)) await readToTrailer(reader);
    throw err;
  });
  let upgradedTo: string | null = null;
  const code = codeSchemaVersion();
  if (code.when !== header.schema.when) {
    await migrateToCode(target);
    upgradedTo = describeVersion(code);
  }
  // Fresh statistics, so the planner reads the loaded tables as it read the source's.
  await inTransaction(target, (s) => s.query('analyze'));
  return { header, ...loaded, upgradedTo };
}

async function load(session: SqlSession, reader: ArchiveReader): Promise<{ tables: number; rows: number }> {
  const tables = new Map((await listTables(session)).map((t) => [t.name, t]));
  const filled = await nonEmptyTables(session, [...tables.values()]);
  if (filled.length > 0)
    throw new ImportRefused(
      `the target database is not empty (${filled.slice(0, 5).join(', ')}${filled.length > 5 ? ', …' : ''} hold rows): import into a new, empty database`,
    );
  // The archive's order puts parents first; with the keys' triggers off (as pg_restore does for a
  // superuser), rows that point at each other within a table or across a cycle load too.
  if (await isSuperuser(session)) await session.query(`set local session_replication_role = replica`);
  let count = 0;
  let rows = 0;
  for (;;) {
    const { record } = await reader.next();
    if (record.kind === 'trailer') {
      if (record.tables !== count || record.rows !== rows)
        throw new ArchiveError(
          `the archive is damaged: it holds ${count} tables and ${rows} rows, its trailer says ${record.tables} and ${record.rows}`,
        );
      return { tables: count, rows };
    }
    if (record.kind === 'sequences') {
      for (const s of record.values)
        await session.query(`select setval($1::regclass, $2::bigint, $3)`, [quoteTable(s.name), s.last, s.called]);
      continue;
    }
    if (record.kind !== 'table') throw new ArchiveError(`the archive is damaged: a ${record.kind} record out of place`);
    const table = tables.get(record.name);
    const same = table && [...table.columns].sort().join(',') === [...record.columns].sort().join(',');
    if (!same)
      throw new ImportRefused(
        `the archive's table ${record.name} (${record.columns.join(', ')}) does not match the target's (${table?.columns.join(', ') ?? 'missing'})`,
      );
    let expected = -1;
    const blocks = async function* () {
      for (;;) {
        const next = await reader.next();
        if (next.record.kind === 'data') yield next.bytes!;
        else if (next.record.kind === 'end') return void (expected = next.record.rows);
        else throw new ArchiveError(`the archive is damaged: table ${record.name} does not end`);
      }
    };
    const loadedRows = await session.copyIn(record.name, record.columns, blocks());
    if (loadedRows !== expected)
      throw new ArchiveError(`the archive is damaged: table ${record.name} loaded ${loadedRows} rows of ${expected}`);
    count++;
    rows += loadedRows;
  }
}

async function readToTrailer(reader: ArchiveReader): Promise<void> {
  while ((await reader.next()).record.kind !== 'trailer');
}

async function inTransaction<T>(target: ImportTarget, fn: (session: SqlSession) => Promise<T>): Promise<T> {
  if (target.kind === 'pglite') return inPgliteTransaction(target.client, fn);
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  try {
    return await inPostgresTransaction(client, 'write', fn);
  } finally {
    await client.end();
  }
}
