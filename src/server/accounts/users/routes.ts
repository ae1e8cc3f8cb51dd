import { userContracts as C } from '../../../shared/contracts/accounts.ts';
import { serve, type AnyRoute } from '../../http/route.ts';
import { listUsers } from './list-users.ts';
import { updateUser } from './update-user.ts';

/** The secretariat manages accounts: the list, a role, disabling and enabling. Every answer is private. */
export const userRoutes: AnyRoute[] = [
  serve(C.list, {
    action: 'user.read',
    tag: 'Accounts',
    summary:
      'Every account: role, the person it stands for, whether it is disabled, its open sessions; filtered by e-mail or name and by state',
    handler: async ({ query, deps, reply }) => {
      reply.header('cache-control', 'no-store');
      return { items: await listUsers(deps, query) };
    },
  }),
  serve(C.update, {
    action: 'user.update',
    tag: 'Accounts',
    summary:
      "Change an account's role, or disable or enable it; disabling or a new role ends every session of the account at once, live connections included",
    handler: async ({ params, body, actor, deps, reply }) => {
      reply.header('cache-control', 'no-store');
      return updateUser(deps, { actor, id: params.id, input: body });
    },
  }),
];
