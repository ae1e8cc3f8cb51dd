import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/**
 * What compresses: text the browser fetches (scripts, styles, SVG, JSON). Source maps are left to
 * the server's compression on the fly: only developer tools fetch them, and brotli's best quality
 * would spend most of the build on them.
 */
const COMPRESSIBLE = /\.(js|mjs|css|svg|json|txt|xml|html)$/;
/** Smaller files gain less than a header and a round of decoding cost. */
const MIN_BYTES = 1024;

/**
 * Writes a brotli (`.br`, quality 11) and a gzip (`.gz`, level 9) sibling beside each compressible
 * file of the build, so the server sends them as they are (@fastify/static `preCompressed`) and
 * spends no CPU on them per request. A sibling that would not be smaller is not written.
 */
export function precompress(): Plugin {
  return {
    name: 'expert-dialogue:precompress',
    apply: 'build',
    writeBundle(options, bundle) {
      const dir = options.dir!;
      for (const name of Object.keys(bundle)) {
        if (!COMPRESSIBLE.test(name)) continue;
        const path = join(dir, name);
        const bytes = readFileSync(path);
        if (bytes.length < MIN_BYTES) continue;
        const br = brotliCompressSync(bytes, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
          },
        });
        const gz = gzipSync(bytes, { level: 9 });
        if (br.length < bytes.length) writeFileSync(`${path}.br`, br);
        if (gz.length < bytes.length) writeFileSync(`${path}.gz`, gz);
      }
    },
  };
}
