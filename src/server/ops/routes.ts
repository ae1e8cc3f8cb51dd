import { systemContracts as C } from '../../shared/contracts/system.ts';
import { serve, type AnyRoute } from '../http/route.ts';
import { checkReadiness } from './readiness.ts';

/** Readiness for a load balancer or an orchestrator; liveness is GET /api/v1/health. */
export const opsRoutes = (draining: () => boolean): AnyRoute[] => [
  serve(C.ready, {
    action: 'public.read',
    tag: 'System',
    summary:
      'Readiness: 200 when the database answers, every migration is applied and the instance is not shutting down; otherwise 503 with the same body',
    handler: async ({ deps, reply }) => {
      const state = await checkReadiness(deps.db, draining());
      reply.header('cache-control', 'no-store');
      if (state.status !== 'ready') return reply.code(503).send(state);
      return state;
    },
  }),
];
