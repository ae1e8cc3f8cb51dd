import { institutionContracts as C } from '../../shared/contracts/institutions.ts';
import { serve, type AnyRoute } from '../http/route.ts';
import { addMembership } from './add-membership.ts';
import { changeMembership } from './change-membership.ts';
import { listMemberships, ownMemberships } from './list-memberships.ts';

const tag = 'Institutions';

export const institutionRoutes: AnyRoute[] = [
  serve(C.list, {
    action: 'membership.read',
    organizationParam: 'id',
    tag,
    summary: "An institution's members and focal points, past and present (its own people and the secretariat)",
    handler: async ({ params, deps }) => ({ items: await listMemberships(deps, params.id) }),
  }),
  serve(C.add, {
    action: 'membership.manage',
    organizationParam: 'id',
    tag,
    summary:
      'Make a directory person a member (the focal point or the secretariat) or the focal point (the secretariat) of an institution',
    status: 201,
    handler: ({ params, body, actor, deps }) => addMembership(deps, { actor, organizationId: params.id, input: body }),
  }),
  serve(C.change, {
    action: 'membership.manage',
    organizationParam: 'id',
    tag,
    summary: 'Change a membership’s role or dates, or end it by giving its last day; nothing is deleted',
    handler: ({ params, body, actor, deps }) =>
      changeMembership(deps, { actor, organizationId: params.id, id: params.membershipId, input: body }),
  }),
  serve(C.mine, {
    action: 'me.memberships',
    tag,
    summary: 'The institutions the signed-in user belongs to, and since when',
    handler: async ({ actor, deps }) => ({ items: await ownMemberships(deps, actor) }),
  }),
];
