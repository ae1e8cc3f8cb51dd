import { buildApp } from '../src/server/app.ts';
import { loadConfig } from '../src/server/config.ts';
import { openDatabase } from '../src/server/db/database.ts';
import { seedDemo } from '../src/server/demo/seed-demo.ts';

/**
 * The real server with the demo's published articles, plus routes the product does not have: the
 * bytes of the article page and of the RSS feed as static bodies, the baselines measured beside
 * them in the same process.
 */
const config = { ...loadConfig(), logLevel: 'silent' as const };
const database = await openDatabase(config);
await seedDemo(database.db);
const app = await buildApp(config, database);
const news = (await app.fastify.inject({ method: 'GET', url: '/api/v1/news?lang=en' })).json() as {
  items: { slug: string }[];
};
const slug = news.items[0]!.slug;
const article = (await app.fastify.inject({ method: 'GET', url: `/news/${slug}` })).rawPayload;
const feed = (await app.fastify.inject({ method: 'GET', url: '/news/rss.xml?lang=en' })).rawPayload;
await app.fastify.close();

const served = await buildApp(config, database);
// For the figure without the page cache: these requests clear it first, so each one renders.
served.fastify.addHook('onRequest', async (req) => {
  if (req.headers['x-bench-render'] === 'always') served.deps.pages.clear();
});
served.fastify.get('/bench/static-article', (_req, reply) =>
  reply.type('text/html; charset=utf-8').header('cache-control', 'public, max-age=60').send(article),
);
served.fastify.get('/bench/static-feed', (_req, reply) =>
  reply.type('application/rss+xml; charset=utf-8').header('cache-control', 'public, max-age=60').send(feed),
);
await served.fastify.listen({ port: 0, host: '127.0.0.1' });
const address = served.fastify.server.address();
process.send!({
  port: typeof address === 'object' && address ? address.port : 0,
  slug,
  bytes: { article: article.length, feed: feed.length },
});
process.on('SIGTERM', async () => {
  await served.fastify.close();
  await database.close();
  process.exit(0);
});
