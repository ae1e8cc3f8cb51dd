import type {} from '@fastify/cookie';
import type { Actor } from '../policy/actor.ts';
import type { Action } from '../policy/policy.ts';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor;
  }
  interface FastifyContextConfig {
    action?: Action;
    /** A stored file sent byte for byte (route.ts). */
    file?: boolean;
  }
}
