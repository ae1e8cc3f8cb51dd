import { systemContracts as C } from '../shared/contracts/system.ts';
import { serve, type AnyRoute } from './http/route.ts';
import { buildOpenApi } from './openapi/build-openapi.ts';
import { docsPage } from './openapi/docs-page.ts';

export const VERSION = '0.1.0';

/** Health and the API's own description. The documents are built once, from every mounted route. */
export function systemRoutes(all: () => AnyRoute[], backend: 'pglite' | 'postgres'): AnyRoute[] {
  let openapi: string | undefined;
  let docs: string | undefined;
  return [
    serve(C.health, {
      action: 'public.read',
      tag: 'System',
      summary: 'Liveness: the process answers; it reads nothing (readiness, with the database, is /ready)',
      handler: async () => {
        return { status: 'ok' as const, database: backend, version: VERSION };
      },
    }),
    serve(C.openapi, {
      action: 'public.read',
      tag: 'System',
      summary: 'This API as OpenAPI 3.1',
      raw: true,
      produces: 'application/json',
      handler: async () => (openapi ??= JSON.stringify(buildOpenApi(all(), { version: VERSION }))),
    }),
    serve(C.docs, {
      action: 'public.read',
      tag: 'System',
      summary: 'This API as a readable page',
      produces: 'text/html',
      handler: async ({ reply }) => reply.type('text/html; charset=utf-8').send((docs ??= docsPage(all()))),
    }),
  ];
}
