import { IdParams } from '../../../shared/common.ts';
import { UserAccount, UserAccountList, UserListQuery, UserUpdate } from '../../../shared/contracts/accounts.ts';
import { route, type AnyRoute } from '../../http/route.ts';
import { listUsers } from './list-users.ts';
import { updateUser } from './update-user.ts';

/** The secretariat manages accounts: the list, a role, disabling and enabling. Every answer is private. */
export const userRoutes: AnyRoute[] = [
  route({
    method: 'GET',
    url: '/users',
    action: 'user.read',
    tag: 'Accounts',
    summary:
      'Every account: role, the person it stands for, whether it is disabled, its open sessions; filtered by e-mail or name and by state',
    query: UserListQuery,
    response: UserAccountList,
    handler: async ({ query, deps, reply }) => {
      reply.header('cache-control', 'no-store');
      return { items: await listUsers(deps, query) };
    },
  }),
  route({
    method: 'PATCH',
    url: '/users/:id',
    action: 'user.update',
    tag: 'Accounts',
    summary:
      "Change an account's role, or disable or enable it; disabling or a new role ends every session of the account at once, live connections included",
    params: IdParams,
    body: UserUpdate,
    response: UserAccount,
    handler: async ({ params, body, actor, deps, reply }) => {
      reply.header('cache-control', 'no-store');
      return updateUser(deps, { actor, id: params.id, input: body });
    },
  }),
];
