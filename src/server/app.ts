import { institutionRoutes } from './institutions/routes.ts';
import { acceptFileBodies, materialRoutes } from './materials/routes.ts';
import { materialWorker } from './materials/work/pool.ts';
import cookie from '@fastify/cookie';
import Fastify, { type FastifyInstance } from 'fastify';
import { LIMITS } from '../shared/limits.ts';
import { accountRoutes } from './accounts/routes.ts';
import { resolveActor, SESSION_COOKIE } from './accounts/resolve-actor.ts';
import { ANONYMOUS } from './policy/actor.ts';
import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import type { Deps } from './deps.ts';
import { dialogueRoutes } from './dialogues/routes.ts';
import { RecordCache } from './dialogues/record-cache.ts';
import { directoryRoutes } from './directory/routes.ts';
import { errorHandler } from './http/problem.ts';
import { secureDefaults } from './http/security.ts';
import { compressAnswers } from './http/compression.ts';
import { mountRoutes, type AnyRoute } from './http/route.ts';
import { recordRoutes } from './record/routes.ts';
import { clearanceRoutes } from './record/clearance/routes.ts';
import { referenceRoutes } from './references/routes.ts';
import { searchRoutes } from './search/routes.ts';
import { publishingRoutes } from './publishing/routes.ts';
import { exportRoutes } from './publishing/exports/routes.ts';
import { trackerRoutes } from './tracker/routes.ts';
import { mailRoutes } from './mail/routes.ts';
import { idleCourier, startMailCourier, type MailCourier } from './mail/courier.ts';
import { jobRoutes } from './jobs/routes.ts';
import { auditRoutes } from './audit/routes.ts';
import { backupRoutes } from './backup/routes.ts';
import { bindingRoutes, noStoreForBindings } from './accounts/bindings/routes.ts';
import { conveningRoutes } from './convening/routes.ts';
import { mountInvitationPages } from '../public/invitation-page.ts';
import { mountLiveChannel } from './live/live-channel.ts';
import { projectorRoutes } from './live/projector/routes.ts';
import type { LiveHub } from './live/hub.ts';
import { NEWS_PAGES_CHANNEL } from '../public/page-cache.ts';
import { systemRoutes } from './system-routes.ts';
import { problemRoutes } from './openapi/problem-pages.ts';
import { serveWebApp } from './web-app.ts';
import { mountNewsSite } from '../public/news-site.ts';
import { mountRobots } from '../public/robots.ts';
import { PageCache } from '../public/page-cache.ts';
import { mountOps, type Ops } from './ops/mount-ops.ts';
import { opsRoutes } from './ops/routes.ts';
import { OneLinePerRequest, requestIdOf } from './ops/request-id.ts';

export interface App {
  fastify: FastifyInstance;
  deps: Deps;
  routes: AnyRoute[];
  /** Every route Fastify mounted, as it saw them: the route × role test checks each has a policy. */
  mounted: { method: string; url: string; action: string | undefined }[];
  /** The live hub: rooms and subscribers on this instance. */
  live: LiveHub;
  /** Shutdown state, metrics and the metrics port's address. */
  ops: Ops;
}

/** Builds the whole server without listening: tests call app.inject(), main.ts calls listen(). */
export async function buildApp(
  config: Config,
  database: Database,
  // webDir: the built web app to serve, when not dist/web (a test's own index.html).
  options: { clock?: () => Date; webDir?: string } = {},
): Promise<App> {
  const fastify = Fastify({
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel },
    bodyLimit: LIMITS.bodyBytes,
    trustProxy: config.trustProxy,
    routerOptions: { ignoreTrailingSlash: true },
    genReqId: requestIdOf(config.trustProxy),
    logController: new OneLinePerRequest(),
    // Shutting down finishes what was accepted; new connections are refused (the proxy goes elsewhere).
    return503OnClosing: false,
  });
  const clock = options.clock ?? (() => new Date());
  // The courier is rung through deps.mail; it starts once the app is built, and stops with it.
  let courier: MailCourier = idleCourier;
  const mail = { wake: () => courier.wake() };
  const deps: Deps = {
    config,
    db: database.db,
    recordCache: new RecordCache(),
    clock,
    pages: new PageCache(clock),
    mail,
    log: fastify.log,
  };

  const routes: AnyRoute[] = [];
  routes.push(
    ...systemRoutes(() => routes, database.kind),
    ...problemRoutes,
    ...accountRoutes,
    ...directoryRoutes,
    ...referenceRoutes,
    ...dialogueRoutes,
    ...recordRoutes,
    ...clearanceRoutes,
    ...searchRoutes,
    ...publishingRoutes,
    ...exportRoutes,
    ...trackerRoutes,
    ...mailRoutes,
    ...jobRoutes,
    ...auditRoutes,
    ...backupRoutes,
    ...bindingRoutes,
    ...institutionRoutes,
    ...conveningRoutes,
    ...opsRoutes(() => ops.draining),
    ...projectorRoutes,
    ...materialRoutes,
  );

  // The hub is made after the hooks that count its rooms; they read it when scraped.
  const hub: { live?: LiveHub } = {};
  const ops = mountOps(fastify, config, database, () => hub.live);
  await fastify.register(cookie);
  acceptFileBodies(fastify);
  fastify.addHook('onClose', async () => materialWorker.stop());
  await secureDefaults(fastify, config);
  // Before any route: compression hooks onto each route as it is mounted.
  await compressAnswers(fastify);
  // PORT=0 binds a free port: the demo's default address learns it here, before anything is sent.
  fastify.addHook('onListen', async () => {
    const address = fastify.server.address();
    if (config.publicUrl.endsWith('://localhost:0') && typeof address === 'object' && address)
      config.publicUrl = `http://localhost:${address.port}`;
  });
  // Declared empty (its type: http/types.d.ts), so every request has the slot before the hook fills it.
  fastify.decorateRequest('actor', null, []);
  fastify.addHook('onRequest', async (req) => {
    req.actor = req.routeOptions.config?.ownSession
      ? ANONYMOUS
      : await resolveActor(deps.db, req.cookies[SESSION_COOKIE]);
  });
  fastify.addHook('onRequest', noStoreForBindings);
  const mounted: App['mounted'] = [];
  fastify.addHook('onRoute', (r) => {
    for (const method of [r.method].flat()) mounted.push({ method, url: r.url, action: r.config?.action });
  });
  fastify.setErrorHandler(errorHandler);
  await serveWebApp(fastify, deps, options.webDir);
  const live = (hub.live = await mountLiveChannel(fastify, deps, database));
  mountRoutes(fastify, deps, routes);
  mountNewsSite(fastify, deps);
  mountRobots(fastify, deps);
  const unlistenPages = await database.listen(NEWS_PAGES_CHANNEL, () => deps.pages.clear());
  fastify.addHook('onClose', async () => unlistenPages());
  mountInvitationPages(fastify, deps);
  courier = await startMailCourier(deps, database);
  fastify.addHook('onClose', async () => courier.stop());
  return { fastify, deps, routes, mounted, live, ops };
}
