import { endpoint } from '../contracts/contract.ts';

/** The secretariat's accounts (schemas: contracts/accounts.ts). */
export const userEndpoints = {
  list: endpoint('users.list', 'GET', '/users'),
  update: endpoint('users.update', 'PATCH', '/users/:id'),
};

/** Accounts waiting to be tied to a directory person. */
export const bindingEndpoints = {
  list: endpoint('bindings.list', 'GET', '/bindings'),
  decide: endpoint('bindings.decide', 'POST', '/bindings/:id/decision'),
};
