import type { FastifyReply, FastifyRequest } from 'fastify';
import { bindingContracts as C } from '../../../shared/contracts/accounts.ts';
import { serve, type AnyRoute } from '../../http/route.ts';
import { decideBinding, listBindings } from './bindings.ts';

/** Every answer about bindings, refusals and errors included, is private to the one who asked. */
export async function noStoreForBindings(req: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (req.url.startsWith('/api/v1/bindings')) reply.header('cache-control', 'no-store');
}

export const bindingRoutes: AnyRoute[] = [
  serve(C.list, {
    action: 'binding.read',
    tag: 'Accounts',
    summary:
      'Accounts waiting to be tied to a directory person (their invitation went to an address the directory does not hold), or decided ones',
    handler: async ({ query, deps, reply }) => {
      reply.header('cache-control', 'no-store');
      return { items: await listBindings(deps, query.state) };
    },
  }),
  serve(C.decide, {
    action: 'binding.decide',
    tag: 'Accounts',
    summary:
      'Confirm (the account then stands for the person) or refuse a binding, once; confirming is refused while the person has another account',
    handler: async ({ params, body, actor, deps, reply }) => {
      reply.header('cache-control', 'no-store');
      return decideBinding(deps, { actor, id: params.id, input: body });
    },
  }),
];
