import { IdParams } from '../../shared/common.ts';
import {
  Membership,
  MembershipChange,
  MembershipCreate,
  MembershipList,
  MembershipParams,
} from '../../shared/contracts/institutions.ts';
import { route, type AnyRoute } from '../http/route.ts';
import { addMembership } from './add-membership.ts';
import { changeMembership } from './change-membership.ts';
import { listMemberships, ownMemberships } from './list-memberships.ts';

export const institutionRoutes: AnyRoute[] = [
  route({
    method: 'GET',
    url: '/organizations/:id/memberships',
    action: 'membership.read',
    organizationParam: 'id',
    tag: 'Institutions',
    summary: "An institution's members and focal points, past and present (its own people and the secretariat)",
    params: IdParams,
    response: MembershipList,
    handler: async ({ params, deps }) => ({ items: await listMemberships(deps, params.id) }),
  }),
  route({
    method: 'POST',
    url: '/organizations/:id/memberships',
    action: 'membership.manage',
    organizationParam: 'id',
    tag: 'Institutions',
    summary:
      'Make a directory person a member (the focal point or the secretariat) or the focal point (the secretariat) of an institution',
    params: IdParams,
    body: MembershipCreate,
    response: Membership,
    status: 201,
    handler: ({ params, body, actor, deps }) => addMembership(deps, { actor, organizationId: params.id, input: body }),
  }),
  route({
    method: 'PATCH',
    url: '/organizations/:id/memberships/:membershipId',
    action: 'membership.manage',
    organizationParam: 'id',
    tag: 'Institutions',
    summary: 'Change a membership’s role or dates, or end it by giving its last day; nothing is deleted',
    params: MembershipParams,
    body: MembershipChange,
    response: Membership,
    handler: ({ params, body, actor, deps }) =>
      changeMembership(deps, { actor, organizationId: params.id, id: params.membershipId, input: body }),
  }),
  route({
    method: 'GET',
    url: '/me/memberships',
    action: 'me.memberships',
    tag: 'Institutions',
    summary: 'The institutions the signed-in user belongs to, and since when',
    response: MembershipList,
    handler: async ({ actor, deps }) => ({ items: await ownMemberships(deps, actor) }),
  }),
];
