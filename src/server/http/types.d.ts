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
    /** The route resolves the session itself (the live channel, with its first message): the hook leaves it anonymous. */
    ownSession?: boolean;
  }
}
