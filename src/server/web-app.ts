import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../shared/errors.ts';
import { sendProblem } from './http/problem.ts';

export const WEB_DIR = fileURLToPath(new URL('../../dist/web', import.meta.url));

/**
 * Serves the built web app: hashed assets cached for good, and index.html for every other page
 * address, so the app's own router takes over. Unknown /api addresses stay problems.
 */
export async function serveWebApp(fastify: FastifyInstance, dir = WEB_DIR): Promise<void> {
  const indexPath = `${dir}/index.html`;
  const built = existsSync(indexPath);
  if (built) {
    await fastify.register(fastifyStatic, {
      root: dir,
      prefix: '/',
      wildcard: false,
      index: false,
      // Everything served from here is content-hashed by the build; index.html goes through the fallback below.
      maxAge: '365d',
      immutable: true,
      allowedPath: (path) => path !== '/index.html',
    });
  }
  const index = built ? readFileSync(indexPath) : null;
  fastify.setNotFoundHandler((req: FastifyRequest, reply: FastifyReply) => {
    const path = req.url.split('?')[0]!;
    if (req.method !== 'GET' || path.startsWith('/api/') || path === '/api') {
      return sendProblem(reply, new AppError('not_found', `no route ${req.method} ${path}`));
    }
    if (!index) {
      return reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .send('The web app is not built. Run: npm run build:web\n');
    }
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(index);
  });
}
