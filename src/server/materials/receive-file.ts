import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { MaterialType } from '../../shared/contracts/materials.ts';
import { AppError } from '../../shared/errors.ts';
import { detectType } from './file-type.ts';

export interface Received {
  bytes: Buffer;
  sha256: string;
  type: MaterialType;
}

const tooLarge = (max: number) =>
  new AppError('body_too_large', `the file is over the limit of ${max} bytes`, [
    { path: 'body', message: `at most ${max} bytes`, code: 'file_too_large', params: { max } },
  ]);

/**
 * Reads an upload's body (the file itself, application/octet-stream) up to the limit, hashing as it
 * arrives, then decides its type from its bytes. Nothing is stored here: a refused file leaves no trace.
 */
export async function receiveFile(req: FastifyRequest, maxBytes: number): Promise<Received> {
  const type = String(req.headers['content-type'] ?? '')
    .split(';')[0]!
    .trim();
  if (type !== 'application/octet-stream')
    throw new AppError('unsupported_media_type', 'send the file itself as application/octet-stream', [
      { path: 'body', message: 'expected application/octet-stream', code: 'file_type' },
    ]);
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (declared > maxBytes) {
    // Say so at once; the connection closes rather than reading what would be thrown away.
    req.raw.resume();
    throw tooLarge(maxBytes);
  }
  const hash = createHash('sha256');
  const parts: Buffer[] = [];
  let size = 0;
  const source = (req.body as AsyncIterable<Buffer> | undefined) ?? req.raw;
  for await (const part of source) {
    size += part.length;
    if (size > maxBytes) throw tooLarge(maxBytes);
    hash.update(part);
    parts.push(part);
  }
  const bytes = Buffer.concat(parts, size);
  const detected = detectType(bytes, Math.max(maxBytes * 4, 200 * 1024 * 1024));
  if (!detected.ok)
    throw new AppError(
      detected.code === 'file_unsafe' ? 'file_unsafe' : 'file_type_refused',
      `the file was refused: ${detected.reason}`,
      [{ path: 'body', message: detected.reason, code: detected.code }],
    );
  return { bytes, sha256: hash.digest('hex'), type: detected.type };
}
