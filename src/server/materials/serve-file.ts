import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Queryable } from '../db/database.ts';
import { chunkStream, type Copy } from './storage.ts';

/**
 * `Content-Disposition` per RFC 6266: an ASCII fallback for old clients, and the name itself in UTF-8
 * (RFC 8187), so a Cyrillic, Tajik or Turkmen file name arrives as it was uploaded.
 */
export function contentDisposition(kind: 'inline' | 'attachment', name: string): string {
  const fallback = name.normalize('NFKD').replace(/[^\x20-\x7e]|["\\%;]/g, '_') || 'file';
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

export interface ServedCopy {
  versionId: string;
  copy: Copy;
  size: number;
  sha256: string;
  mediaType: string;
  fileName: string;
  inline: boolean;
  /** Private answers are never kept by caches; a public copy may be, revalidated by its ETag. */
  cache: 'no-store' | 'no-cache';
}

/** Parses one `bytes=` range against the size; null for none (or one this server ignores), 'bad' for unsatisfiable. */
function parseRange(header: string | undefined, size: number): { start: number; end: number } | null | 'bad' {
  if (!header) return null;
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === '' && m[2] === '')) return null;
  if (m[1] === '') {
    const n = Number(m[2]);
    if (n === 0) return 'bad';
    return { start: Math.max(0, size - n), end: size - 1 };
  }
  const start = Number(m[1]);
  const end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  if (start >= size || end < start) return 'bad';
  return { start, end };
}

/**
 * Streams a stored copy with `Range` (one range), a strong `ETag` of its bytes and `If-None-Match`,
 * under headers that keep a browser from running it: nosniff, a sandbox CSP, and attachment for all
 * but PDFs and raster images.
 */
export function serveFile(db: Queryable, req: FastifyRequest, reply: FastifyReply, file: ServedCopy): FastifyReply {
  const etag = `"${file.sha256.slice(0, 32)}"`;
  reply
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'")
    .header('cross-origin-resource-policy', 'same-origin')
    .header('cache-control', file.cache === 'no-store' ? 'private, no-store' : 'public, no-cache')
    .header('accept-ranges', 'bytes')
    .header('etag', etag)
    .header('content-disposition', contentDisposition(file.inline ? 'inline' : 'attachment', file.fileName))
    .type(file.mediaType);
  const tags = String(req.headers['if-none-match'] ?? '')
    .split(',')
    .map((t) => t.trim().replace(/^W\//, ''));
  if (tags.includes(etag) || tags.includes('*')) return reply.code(304).send();
  const ifRange = req.headers['if-range'];
  const range = ifRange && ifRange !== etag ? null : parseRange(req.headers.range, file.size);
  if (range === 'bad') return reply.code(416).header('content-range', `bytes */${file.size}`).send();
  const { start, end } = range ?? { start: 0, end: file.size - 1 };
  if (range) reply.code(206).header('content-range', `bytes ${start}-${end}/${file.size}`);
  reply.header('content-length', String(end - start + 1));
  if (req.method === 'HEAD' || file.size === 0) return reply.send();
  return reply.send(chunkStream(db, file.versionId, file.copy, start, end));
}
