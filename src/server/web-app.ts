import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isAppPath } from '../shared/app-routes.ts';
import { AppError } from '../shared/errors.ts';
import { notFoundPage, readerLanguage } from '../public/not-found-page.ts';
import { sendProblem } from './http/problem.ts';
import type { Deps } from './deps.ts';
import { DIALOGUE_PAGE, dialoguePage } from './app-shell/dialogue-page.ts';
import { indexTemplate, type IndexPage } from './app-shell/index-page.ts';

export const WEB_DIR = fileURLToPath(new URL('../../dist/web', import.meta.url));

/** The brotli and gzip siblings the build writes beside each file (scripts/precompress.ts). */
const COMPRESSED_SIBLING = /\.(br|gz)$/;

/**
 * Serves the built web app: hashed assets cached for good, sent as the build compressed them
 * (brotli or gzip, as the reader accepts), and index.html for the app's own page addresses
 * (src/shared/app-routes.ts), so its router takes over. Any other address answers 404: a page in the
 * reader's language, or a problem under /api. A dialogue's page comes with its heading drawn in
 * (app-shell/dialogue-page.ts), so it paints before the app's scripts have run.
 */
export async function serveWebApp(fastify: FastifyInstance, deps: Deps, dir = WEB_DIR): Promise<void> {
  const indexPath = `${dir}/index.html`;
  const built = existsSync(indexPath);
  if (built) {
    await fastify.register(fastifyStatic, {
      root: dir,
      prefix: '/',
      wildcard: false,
      index: false,
      preCompressed: true,
      // Everything served from here is content-hashed by the build; index.html goes through the fallback below.
      maxAge: '365d',
      immutable: true,
      allowedPath: (path) => path !== '/index.html' && !COMPRESSED_SIBLING.test(path),
    });
  }
  const index = built ? readFileSync(indexPath) : null;
  const fill = index ? indexTemplate(index.toString('utf8')) : null;
  const notFoundPages = new Map<string, string>();
  fastify.setNotFoundHandler(async (req: FastifyRequest, reply: FastifyReply) => {
    const path = req.url.split('?')[0]!;
    const read = req.method === 'GET' || req.method === 'HEAD';
    if (!read || path.startsWith('/api/') || path === '/api') {
      return sendProblem(reply, new AppError('not_found', `no route ${req.method} ${path}`));
    }
    if (!isAppPath(path)) {
      const lang = readerLanguage(req.cookies.ed_lang, req.headers['accept-language']);
      let html = notFoundPages.get(lang);
      if (!html) notFoundPages.set(lang, (html = notFoundPage(lang)));
      return reply
        .code(404)
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-cache')
        .header('vary', 'cookie, accept-language')
        .send(html);
    }
    if (!index || !fill) {
      return reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .send('The web app is not built. Run: npm run build:web\n');
    }
    reply.type('text/html; charset=utf-8');
    if (!DIALOGUE_PAGE.test(path)) return reply.header('cache-control', 'no-cache').send(index);
    // The answer depends on who asks and in which language, whether or not this reader may see the dialogue.
    reply.header('vary', 'cookie, accept-language');
    let page: IndexPage | null = null;
    try {
      page = await dialoguePage(deps, req, path);
    } catch (err) {
      // The app reads the record itself: a page without its heading drawn in still works.
      req.log.error({ err }, 'the dialogue page could not be drawn in');
    }
    if (!page) return reply.header('cache-control', 'no-cache').send(index);
    // A signed-in reader's page may hold what only they see: no cache keeps it.
    return reply.header('cache-control', req.actor.user ? 'no-store' : 'no-cache').send(fill(page));
  });
}
