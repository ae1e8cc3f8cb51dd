import compress from '@fastify/compress';
import type { FastifyInstance, FastifyRequest } from 'fastify';

/**
 * Compresses dynamic answers (JSON, the news site's pages and feeds, exports that are text) with
 * brotli or gzip, as the reader's Accept-Encoding allows; the built web app's files are compressed
 * once at build time and sent as they are (web-app.ts). Register before any route: the plugin adds
 * its hook to each route as it is mounted. Bodies under 1 kB go as they are; 304s have none.
 * Request bodies are not decompressed: the body limit would then apply to the compressed size.
 * WebSocket upgrades (the live channel) are hijacked before any of this runs.
 */
export async function compressAnswers(fastify: FastifyInstance): Promise<void> {
  await fastify.register(compress, {
    encodings: ['br', 'gzip'],
    threshold: 1024,
    globalDecompression: false,
  });
  // The same entity goes out as identity, brotli or gzip bytes under one ETag: a strong validator
  // must change with the bytes (RFC 9110 §8.8.1), a weak one says "the same content", which is what
  // it is. If-None-Match compares weakly anyway (§13.1.2), so 304s are unchanged. Stored files are
  // never compressed (route.ts `file`): their ETag stays strong, as If-Range needs.
  fastify.addHook('onSend', async (req, reply, payload) => {
    if (req.routeOptions.config?.file) return payload;
    const etag = reply.getHeader('etag');
    if (typeof etag === 'string' && etag.startsWith('"')) reply.header('etag', `W/${etag}`);
    return payload;
  });
}

export type Encoding = 'br' | 'gzip';

/**
 * The encoding to send a body in, by the reader's Accept-Encoding (RFC 9110 §12.5.3): brotli, then
 * gzip, whichever has a non-zero weight; null for identity. For answers sent already compressed.
 */
export function acceptedEncoding(header: string | undefined): Encoding | null {
  if (!header) return null;
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    weights.set(name.trim(), q ? Number(q.slice(2)) || 0 : 1);
  }
  const weight = (e: string) => weights.get(e) ?? weights.get('*') ?? 0;
  return weight('br') > 0 ? 'br' : weight('gzip') > 0 ? 'gzip' : null;
}

/** If-None-Match by weak comparison (RFC 9110 §13.1.2): `W/"x"` and `"x"` match, as does `*`. */
export function notModified(req: FastifyRequest, etag: string): boolean {
  const header = req.headers['if-none-match'];
  if (!header) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  const want = opaque(etag);
  return header.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === want);
}
