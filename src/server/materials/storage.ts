import { createWriteStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { and, asc, eq, gte, lte, sql } from 'drizzle-orm';
import type { Queryable } from '../db/database.ts';
import { materialChunks } from '../db/schema.ts';

/** Bytes per row: small enough that one row never holds the connection long, large enough to be few. */
export const CHUNK_BYTES = 512 * 1024;
export type Copy = 'original' | 'public' | 'preview';

/**
 * At most this many chunk statements of uploads, copies and extractions at once per database: a
 * burst of uploads takes two connections of the pool, and the rest stay for readers.
 */
const CHUNK_SLOTS = 2;
const slots = new WeakMap<object, { free: number; waiting: (() => void)[] }>();

async function inSlot<T>(db: Queryable, fn: () => Promise<T>): Promise<T> {
  const s = slots.get(db) ?? { free: CHUNK_SLOTS, waiting: [] };
  slots.set(db, s);
  if (s.free > 0) s.free--;
  else await new Promise<void>((r) => s.waiting.push(r));
  try {
    return await fn();
  } finally {
    const next = s.waiting.shift();
    if (next) next();
    else s.free++;
  }
}

async function insertChunk(db: Queryable, versionId: string, copy: Copy, n: number, data: Buffer): Promise<void> {
  // As base64 text: both drivers pass a string straight through, where PGlite encodes a Buffer byte by byte.
  const b64 = data.toString('base64');
  await inSlot(db, () =>
    db.execute(
      sql`insert into material_chunks (version_id, copy, n, data) values (${versionId}, ${copy}, ${n}, decode(${b64}, 'base64'))`,
    ),
  );
  // Let the event loop serve what is waiting between two chunks.
  await new Promise((r) => setImmediate(r));
}

/**
 * Writes a small copy (a preview) in chunks, one statement each. Each statement stands alone: no
 * transaction holds a connection for the whole file.
 */
export async function writeChunks(db: Queryable, versionId: string, copy: Copy, bytes: Buffer): Promise<void> {
  for (let n = 0; n * CHUNK_BYTES < bytes.length || n === 0; n++)
    await insertChunk(db, versionId, copy, n, bytes.subarray(n * CHUNK_BYTES, (n + 1) * CHUNK_BYTES));
}

/** Writes a file from local disk in chunks, reading one chunk at a time. */
export async function writeChunksFromFile(db: Queryable, versionId: string, copy: Copy, path: string): Promise<void> {
  const file = await open(path, 'r');
  try {
    for (let n = 0; ; n++) {
      const buf = Buffer.allocUnsafe(CHUNK_BYTES);
      const { bytesRead } = await file.read(buf, 0, CHUNK_BYTES, n * CHUNK_BYTES);
      if (bytesRead === 0 && n > 0) return;
      await insertChunk(db, versionId, copy, n, buf.subarray(0, bytesRead));
      if (bytesRead < CHUNK_BYTES) return;
    }
  } finally {
    await file.close();
  }
}

/** A stored copy written out to local disk a chunk at a time, for the worker thread to read. */
export async function copyToFile(db: Queryable, versionId: string, copy: Copy, path: string): Promise<void> {
  await pipeline(chunkStream(db, versionId, copy, 0, Number.MAX_SAFE_INTEGER), createWriteStream(path));
}

export async function deleteChunks(db: Queryable, versionId: string, copy?: Copy): Promise<void> {
  await db
    .delete(materialChunks)
    .where(and(eq(materialChunks.versionId, versionId), copy ? eq(materialChunks.copy, copy) : undefined));
}

/** The whole of a small copy (a preview). */
export async function readAll(db: Queryable, versionId: string, copy: Copy): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of chunkStream(db, versionId, copy, 0, Number.MAX_SAFE_INTEGER)) parts.push(part as Buffer);
  return Buffer.concat(parts);
}

export async function hasCopy(db: Queryable, versionId: string, copy: Copy): Promise<boolean> {
  const rows = await db
    .select({ n: materialChunks.n })
    .from(materialChunks)
    .where(and(eq(materialChunks.versionId, versionId), eq(materialChunks.copy, copy)))
    .limit(1);
  return rows.length > 0;
}

/**
 * Bytes [start, end] of a copy, read one chunk at a time as the socket takes them: a download of
 * 50 MB holds one chunk in memory, and a range reads only the chunks it covers.
 */
export function chunkStream(db: Queryable, versionId: string, copy: Copy, start: number, end: number): Readable {
  let n = Math.floor(start / CHUNK_BYTES);
  const last = Math.floor(end / CHUNK_BYTES);
  return new Readable({
    async read() {
      try {
        if (n > last) return this.push(null);
        const rows = await inSlot(db, () =>
          db
            // As base64 text, for the same reason as the writes: PGlite decodes bytea byte by byte.
            .select({ n: materialChunks.n, b64: sql<string>`encode(${materialChunks.data}, 'base64')` })
            .from(materialChunks)
            .where(
              and(
                eq(materialChunks.versionId, versionId),
                eq(materialChunks.copy, copy),
                gte(materialChunks.n, n),
                lte(materialChunks.n, Math.min(last, n + 3)),
              ),
            )
            .orderBy(asc(materialChunks.n)),
        );
        if (rows.length === 0) return this.push(null);
        for (const { n: at, b64 } of rows) {
          const row = { n: at, data: Buffer.from(b64, 'base64') };
          const base = row.n * CHUNK_BYTES;
          const from = Math.max(0, start - base);
          const to = Math.min(row.data.length, end - base + 1);
          n = row.n + 1;
          if (to > from) this.push(row.data.subarray(from, to));
        }
      } catch (err) {
        this.destroy(err as Error);
      }
    },
  });
}

/** Sum of a copy's bytes, for copies whose size is not recorded (the preview). */
export async function copySize(db: Queryable, versionId: string, copy: Copy): Promise<number> {
  const [row] = await db
    .select({ size: sql<string>`coalesce(sum(length(${materialChunks.data})), 0)` })
    .from(materialChunks)
    .where(and(eq(materialChunks.versionId, versionId), eq(materialChunks.copy, copy)));
  return Number(row?.size ?? 0);
}
