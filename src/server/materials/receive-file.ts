import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { FastifyRequest } from 'fastify';
import type { MaterialType } from '../../shared/contracts/materials.ts';
import { AppError } from '../../shared/errors.ts';
import { refuseByHead, type Detected } from './file-type.ts';
import { makeSpool, type Spool } from './spool.ts';
import { inspectInWorker } from './work/pool.ts';

export interface Received {
  spool: Spool;
  size: number;
  sha256: string;
  type: MaterialType;
}

/** Bytes read before the first verdict on the file's type. */
const HEAD_BYTES = 4096;

const tooLarge = (max: number) =>
  new AppError('body_too_large', `the file is over the limit of ${max} bytes`, [
    { path: 'body', message: `at most ${max} bytes`, code: 'file_too_large', params: { max } },
  ]);

const refused = (d: Exclude<Detected, { ok: true }>) =>
  new AppError(d.code === 'file_unsafe' ? 'file_unsafe' : 'file_type_refused', `the file was refused: ${d.reason}`, [
    { path: 'body', message: d.reason, code: d.code },
  ]);

/**
 * Receives an upload's body (the file itself, application/octet-stream) onto local disk as it
 * arrives, a part at a time: the limit holds byte by byte, and a file whose first bytes are not one
 * we take is refused before more is read. The worker thread then reads its type, size and hash.
 * Nothing reaches the database here; a refusal leaves no file behind.
 */
export async function receiveFile(req: FastifyRequest, maxBytes: number): Promise<Received> {
  const type = String(req.headers['content-type'] ?? '')
    .split(';')[0]!
    .trim();
  if (type !== 'application/octet-stream')
    throw new AppError('unsupported_media_type', 'send the file itself as application/octet-stream', [
      { path: 'body', message: 'expected application/octet-stream', code: 'file_type' },
    ]);
  const source = ((req.body as Readable | undefined) ?? req.raw) as Readable;
  const declared = Number(req.headers['content-length'] ?? NaN);
  // Say so at once; what follows is read and thrown away, so the client hears the answer.
  if (declared > maxBytes) {
    source.resume();
    throw tooLarge(maxBytes);
  }
  const spool = await makeSpool();
  try {
    const size = await spoolBody(source, spool.path, maxBytes);
    const { detected, sha256 } = await inspectInWorker(spool.path, Math.max(maxBytes * 4, 200 * 1024 * 1024));
    if (!detected.ok) throw refused(detected);
    return { spool, size, sha256, type: detected.type };
  } catch (err) {
    await spool.dispose();
    throw err;
  }
}

async function spoolBody(source: Readable, path: string, maxBytes: number): Promise<number> {
  const file = await open(path, 'w');
  let size = 0;
  let head: Buffer | null = Buffer.alloc(0);
  try {
    for await (const part of source.iterator({ destroyOnReturn: false }) as AsyncIterable<Buffer>) {
      size += part.length;
      if (size > maxBytes) throw tooLarge(maxBytes);
      if (head) {
        head = Buffer.concat([head, part.subarray(0, HEAD_BYTES - head.length)]);
        if (head.length >= HEAD_BYTES) {
          const verdict = refuseByHead(head.subarray(0, HEAD_BYTES));
          if (verdict && !verdict.ok) throw refused(verdict);
          head = null;
        }
      }
      await file.write(part);
    }
    return size;
  } catch (err) {
    // The rest of the body is read and dropped, not kept: the answer reaches the client.
    source.resume();
    throw err;
  } finally {
    await file.close();
  }
}
