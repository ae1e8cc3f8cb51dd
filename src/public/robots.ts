import type { FastifyInstance } from 'fastify';
import { APP_ROUTES, PRIVATE_APP_ROUTES, robotsPath } from '../shared/app-routes.ts';
import type { Deps } from '../server/deps.ts';

/** Server addresses no crawler should fetch: the API, one-time invitation pages and private calendar feeds. */
const PRIVATE_PREFIXES = ['/api/', '/invitations/', '/calendar/'];

/**
 * robots.txt (RFC 9309): the news site is for everyone; the API and the app's private pages are not.
 * The sitemap is named by its absolute address, from PUBLIC_URL like every link that leaves the server.
 */
export function robotsTxt(publicUrl: string): string {
  const disallowed = [...PRIVATE_PREFIXES, ...PRIVATE_APP_ROUTES.map((r) => robotsPath(APP_ROUTES[r]))];
  return [
    'User-agent: *',
    'Allow: /news',
    ...disallowed.map((path) => `Disallow: ${path}`),
    '',
    `Sitemap: ${publicUrl}/sitemap.xml`,
    '',
  ].join('\n');
}

export function mountRobots(fastify: FastifyInstance, deps: Deps): void {
  fastify.get('/robots.txt', async (_req, reply) =>
    reply
      .type('text/plain; charset=utf-8')
      .header('cache-control', 'public, max-age=3600')
      .send(robotsTxt(deps.config.publicUrl)),
  );
}
