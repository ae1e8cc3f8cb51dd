import type { Writable } from 'node:stream';
import type pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { PGLITE_EXTENSIONS } from '../db/database.ts';
import { ARCHIVE_FORMAT, ARCHIVE_FORMAT_VERSION, ArchiveWriter, countRows } from './archive-format.ts';
import { listSequences, listTables } from './catalog.ts';
import { readSchemaVersion } from './schema-version.ts';
import { inPgliteTransaction, inPostgresTransaction, type SqlSession } from './sql-session.ts';

export interface ExportSummary {
  sha256: string;
  tables: number;
  rows: number;
}

/** Writes every table, the sequences and the schema version, as one session's snapshot sees them. */
export async function exportArchive(session: SqlSession, out: Writable): Promise<ExportSummary> {
  const writer = new ArchiveWriter(out);
  try {
    const schema = await readSchemaVersion(session);
    if (!schema) throw new Error('the database has no schema yet: there is nothing to export');
    const [{ server }] = (await session.query<{ server: string }>(
      `select current_setting('server_version') as server`,
    )) as [{ server: string }];
    await writer.record({
      kind: 'header',
      format: ARCHIVE_FORMAT,
      formatVersion: ARCHIVE_FORMAT_VERSION,
      createdAt: new Date().toISOString(),
      source: { backend: session.kind, server },
      schema,
    });
    for (const table of await listTables(session)) {
      await writer.record({ kind: 'table', name: table.name, columns: table.columns });
      let rows = 0;
      for await (const piece of session.copyOut(table.name, table.columns)) {
        rows += countRows(piece);
        await writer.data(piece);
      }
      await writer.record({ kind: 'end', rows });
    }
    // Read after the rows: a sequence is never behind the rows of any snapshot taken before it.
    await writer.record({ kind: 'sequences', values: await listSequences(session) });
  } catch (err) {
    writer.abort(err as Error);
    throw err;
  }
  return writer.end();
}

/** A PostgreSQL database, live: one REPEATABLE READ snapshot, which no writer waits for. */
export async function exportFromPostgres(pool: pg.Pool, out: Writable): Promise<ExportSummary> {
  const client = await pool.connect();
  try {
    return await inPostgresTransaction(client, 'read', (s) => exportArchive(s, out));
  } finally {
    client.release();
  }
}

/** A PGlite this process holds alone (a data directory no server has open): read in one transaction. */
export function exportFromPglite(client: PGlite, out: Writable): Promise<ExportSummary> {
  return inPgliteTransaction(client, (s) => exportArchive(s, out));
}

/**
 * The embedded database of a running server. PGlite runs one query at a time, so a long read would
 * hold every writer: instead its files are copied (PGlite's own dumpDataDir, writers wait only for
 * that copy) and the archive is written from a private in-memory copy opened from them.
 */
export async function exportFromLivePglite(live: PGlite, out: Writable): Promise<ExportSummary> {
  const snapshot = await live.dumpDataDir('none');
  const copy = await PGlite.create({ loadDataDir: snapshot, extensions: PGLITE_EXTENSIONS });
  try {
    return await exportFromPglite(copy, out);
  } finally {
    await copy.close();
  }
}
