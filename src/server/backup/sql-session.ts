import type { Writable } from 'node:stream';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PGlite, Transaction } from '@electric-sql/pglite';
import type pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';

/**
 * One open transaction on either backend, as backup and restore need it: plain queries, and COPY in
 * PostgreSQL's text format in both directions. That format is what pg_dump writes too: every type
 * (bytea, jsonb, arrays, tsvector, timestamptz, numeric) goes through its own output and input
 * functions, so values cross backends and major versions exactly.
 */
/** A row as a query answers it: its columns by name. */
type Row = Record<string, unknown>;

export interface SqlSession {
  readonly kind: 'pglite' | 'postgres';
  query<T extends Row>(sql: string, params?: unknown[]): Promise<T[]>;
  /** The rows of `select`, a query over one table, in COPY text format, in pieces made of whole rows. */
  copyOut(table: string, columns: string[]): AsyncIterable<Buffer>;
  /** Loads COPY text (pieces of whole rows) into the table; answers the rows loaded. */
  copyIn(table: string, columns: string[], data: AsyncIterable<Buffer>): Promise<number>;
}

export const quoteIdent = (name: string): string => `"${name.replaceAll('"', '""')}"`;
/** `schema.table` as discovered, quoted for SQL. */
export const quoteTable = (qualified: string): string => {
  const dot = qualified.indexOf('.');
  return `${quoteIdent(qualified.slice(0, dot))}.${quoteIdent(qualified.slice(dot + 1))}`;
};
const columnList = (columns: string[]) => columns.map(quoteIdent).join(', ');

/**
 * Settings under which every value's text is the same on any server: output in ISO dates and UTC,
 * floats exactly, bytea in hex. SET LOCAL, so a pooled connection goes back as it came.
 */
export const PORTABLE_SETTINGS = [
  `set local datestyle = 'ISO, YMD'`,
  `set local timezone = 'UTC'`,
  `set local intervalstyle = 'postgres'`,
  `set local extra_float_digits = 3`,
  `set local bytea_output = 'hex'`,
  `set local client_encoding = 'UTF8'`,
];

/** Pages of the heap read per COPY on PGlite, which hands a COPY's output back whole. */
const PGLITE_PAGES_PER_PIECE = 512;
/** Bytes of rows loaded per COPY on PGlite, which reads a COPY's input whole. */
const PGLITE_BYTES_PER_LOAD = 8 * 1024 * 1024;

type PgliteQueryable = Pick<Transaction, 'query'>;

export function pgliteSession(tx: PgliteQueryable): SqlSession {
  const query = async <T extends Row>(sql: string, params: unknown[] = []) => (await tx.query<T>(sql, params)).rows;
  return {
    kind: 'pglite',
    query,
    async *copyOut(table, columns) {
      // Heap order, a range of pages at a time (a TID range scan), so no table is held in memory whole.
      const [{ pages }] = (await query<{ pages: number }>(
        `select (pg_relation_size($1::regclass) / current_setting('block_size')::int)::int as pages`,
        [quoteTable(table)],
      )) as [{ pages: number }];
      for (let from = 0; from < pages; from += PGLITE_PAGES_PER_PIECE) {
        const to = from + PGLITE_PAGES_PER_PIECE;
        const res = await tx.query(
          `copy (select ${columnList(columns)} from ${quoteTable(table)} where ctid >= '(${from},0)'::tid and ctid < '(${to},0)'::tid) to '/dev/blob'`,
        );
        if (res.blob && res.blob.size > 0) yield Buffer.from(await res.blob.arrayBuffer());
      }
    },
    async copyIn(table, columns, data) {
      let rows = 0;
      let parts: Buffer[] = [];
      let size = 0;
      const flush = async () => {
        if (size === 0) return;
        const res = await tx.query(`copy ${quoteTable(table)} (${columnList(columns)}) from '/dev/blob'`, [], {
          blob: new Blob(parts as Uint8Array<ArrayBuffer>[]),
        });
        rows += res.affectedRows ?? 0;
        parts = [];
        size = 0;
      };
      for await (const piece of data) {
        parts.push(piece);
        size += piece.length;
        if (size >= PGLITE_BYTES_PER_LOAD) await flush();
      }
      await flush();
      return rows;
    },
  };
}

export function postgresSession(client: pg.ClientBase): SqlSession {
  return {
    kind: 'postgres',
    query: async <T extends Row>(sql: string, params: unknown[] = []) => (await client.query<T>(sql, params)).rows,
    async *copyOut(table, columns) {
      const stream = client.query(copyTo(`copy ${quoteTable(table)} (${columnList(columns)}) to stdout`));
      // One CopyData message per row: gather them into pieces of a useful size.
      let parts: Buffer[] = [];
      let size = 0;
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        parts.push(chunk);
        size += chunk.length;
        if (size >= 256 * 1024) {
          yield Buffer.concat(parts, size);
          parts = [];
          size = 0;
        }
      }
      if (size > 0) yield Buffer.concat(parts, size);
    },
    async copyIn(table, columns, data) {
      const stream = client.query(copyFrom(`copy ${quoteTable(table)} (${columnList(columns)}) from stdin`));
      await pipeline(Readable.from(data), stream as Writable);
      return stream.rowCount ?? 0;
    },
  };
}

/** A PGlite's own transaction; PGlite runs one at a time, so nothing else runs meanwhile. */
export function inPgliteTransaction<T>(client: PGlite, fn: (session: SqlSession) => Promise<T>): Promise<T> {
  return client.transaction(async (tx) => {
    for (const s of PORTABLE_SETTINGS) await tx.query(s);
    return fn(pgliteSession(tx));
  });
}

/**
 * A transaction on one PostgreSQL connection. A read is REPEATABLE READ and READ ONLY: one snapshot
 * for every table, taking only the share locks ordinary reads take, so writers never wait for it.
 */
export async function inPostgresTransaction<T>(
  client: pg.ClientBase,
  mode: 'read' | 'write',
  fn: (session: SqlSession) => Promise<T>,
): Promise<T> {
  await client.query(mode === 'read' ? 'begin isolation level repeatable read read only' : 'begin');
  try {
    for (const s of PORTABLE_SETTINGS) await client.query(s);
    const result = await fn(postgresSession(client));
    await client.query('commit');
    return result;
  } catch (err) {
    await client.query('rollback').catch(() => undefined);
    throw err;
  }
}
