import { createHash, type Hash } from 'node:crypto';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip, type Gzip } from 'node:zlib';
import { z } from 'zod';
import { SchemaVersion } from './schema-version.ts';

/**
 * The portable archive, gzip-compressed: lines of JSON that say what follows, and blocks of table rows
 * in PostgreSQL's COPY text format, each announced with its length.
 *
 *   {"kind":"header", format, schema version, source}
 *   {"kind":"table", name, columns}  then  {"kind":"data","bytes":n} + n bytes of rows …  {"kind":"end","rows":r}
 *   … every table, parents before children …
 *   {"kind":"sequences", values}
 *   {"kind":"trailer","sha256":…}   the SHA-256 of every byte before this line, uncompressed
 *
 * Nothing is loaded for good before the trailer's checksum matches (import-archive.ts).
 */
export const ARCHIVE_FORMAT = 'expert-dialogue-archive';
export const ARCHIVE_FORMAT_VERSION = 1;

export const ArchiveHeader = z.object({
  kind: z.literal('header'),
  format: z.literal(ARCHIVE_FORMAT),
  formatVersion: z.literal(ARCHIVE_FORMAT_VERSION),
  createdAt: z.string(),
  source: z.object({ backend: z.enum(['pglite', 'postgres']), server: z.string() }),
  schema: SchemaVersion,
});
export type ArchiveHeader = z.infer<typeof ArchiveHeader>;

const SequenceValue = z.object({ name: z.string(), last: z.string().regex(/^-?\d+$/), called: z.boolean() });

export const ArchiveRecord = z.discriminatedUnion('kind', [
  ArchiveHeader,
  z.object({ kind: z.literal('table'), name: z.string().includes('.'), columns: z.array(z.string()).min(1) }),
  z.object({ kind: z.literal('data'), bytes: z.number().int().positive() }),
  z.object({ kind: z.literal('end'), rows: z.number().int().nonnegative() }),
  z.object({ kind: z.literal('sequences'), values: z.array(SequenceValue) }),
  z.object({
    kind: z.literal('trailer'),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    tables: z.number().int().nonnegative(),
    rows: z.number().int().nonnegative(),
  }),
]);
export type ArchiveRecord = z.infer<typeof ArchiveRecord>;

/** A refused archive: truncated, tampered with, or not an archive at all. Nothing was changed. */
export class ArchiveError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ArchiveError';
  }
}

/** Rows in a piece of COPY text: one line each (newlines inside values are escaped). */
export function countRows(piece: Buffer): number {
  let n = 0;
  for (let i = piece.indexOf(10); i !== -1; i = piece.indexOf(10, i + 1)) n++;
  return n;
}

/** Writes an archive to `out`, hashing every byte before the trailer. */
export class ArchiveWriter {
  private readonly hash: Hash = createHash('sha256');
  private readonly gzip: Gzip = createGzip({ level: 6 });
  private readonly done: Promise<void>;
  private tables = 0;
  private rows = 0;

  constructor(out: Writable) {
    this.done = pipeline(this.gzip, out);
    // Surfaced by end(); without a handler, a failing destination would be an unhandled rejection.
    this.done.catch(() => undefined);
  }

  async record(record: Exclude<ArchiveRecord, { kind: 'trailer' } | { kind: 'data' }>): Promise<void> {
    if (record.kind === 'table') this.tables++;
    if (record.kind === 'end') this.rows += record.rows;
    await this.write(Buffer.from(`${JSON.stringify(record)}\n`));
  }

  async data(piece: Buffer): Promise<void> {
    await this.write(Buffer.from(`${JSON.stringify({ kind: 'data', bytes: piece.length })}\n`));
    await this.write(piece);
  }

  /** Writes the trailer and waits until every byte is out. */
  async end(): Promise<{ sha256: string; tables: number; rows: number }> {
    const trailer = { kind: 'trailer', sha256: this.hash.digest('hex'), tables: this.tables, rows: this.rows } as const;
    this.gzip.end(`${JSON.stringify(trailer)}\n`);
    await this.done;
    return trailer;
  }

  /** Stops writing: the destination ends without a trailer, which every reader refuses. */
  abort(err: Error): void {
    this.gzip.destroy(err);
  }

  private async write(bytes: Buffer): Promise<void> {
    this.hash.update(bytes);
    if (!this.gzip.write(bytes)) await Promise.race([once(this.gzip, 'drain'), this.done]);
  }
}
