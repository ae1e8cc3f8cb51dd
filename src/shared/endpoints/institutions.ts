import { endpoint } from '../contracts/contract.ts';

/** Institutions' dated memberships (schemas: contracts/institutions.ts). */
export const institutionEndpoints = {
  list: endpoint('institutions.list', 'GET', '/organizations/:id/memberships'),
  add: endpoint('institutions.add', 'POST', '/organizations/:id/memberships'),
  change: endpoint('institutions.change', 'PATCH', '/organizations/:id/memberships/:membershipId'),
  mine: endpoint('institutions.mine', 'GET', '/me/memberships'),
};
