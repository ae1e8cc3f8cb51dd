import { endpoint } from '../contracts/contract.ts';

/** The five endpoints of a kind of record the directory keeps: list, get, create, update, delete. */
export const crudEndpoints = <const N extends string, const B extends string>(name: N, base: B) => ({
  list: endpoint(`${name}.list` as const, 'GET', base),
  get: endpoint(`${name}.get` as const, 'GET', `${base}/:id` as const),
  create: endpoint(`${name}.create` as const, 'POST', base),
  update: endpoint(`${name}.update` as const, 'PATCH', `${base}/:id` as const),
  remove: endpoint(`${name}.remove` as const, 'DELETE', `${base}/:id` as const),
});

/** The same for records under a parent (`:id`: a dialogue, a reference document); the record is `:childId`. */
export const nestedEndpoints = <const N extends string, const B extends `${string}/:id/${string}`>(
  name: N,
  base: B,
) => ({
  list: endpoint(`${name}.list` as const, 'GET', base),
  get: endpoint(`${name}.get` as const, 'GET', `${base}/:childId` as const),
  create: endpoint(`${name}.create` as const, 'POST', base),
  update: endpoint(`${name}.update` as const, 'PATCH', `${base}/:childId` as const),
  remove: endpoint(`${name}.remove` as const, 'DELETE', `${base}/:childId` as const),
});
