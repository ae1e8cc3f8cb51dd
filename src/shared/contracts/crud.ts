import type { z } from 'zod';
import { DeleteQuery, DialogueChildParams, IdParams, page } from '../common.ts';
import type { Endpoint, Schemas } from './contract.ts';

interface Ends {
  list: Endpoint;
  get: Endpoint;
  create: Endpoint;
  update: Endpoint;
  remove: Endpoint;
}
type Parent = typeof IdParams | undefined;
type Item = typeof IdParams | typeof DialogueChildParams;

/** What a kind of record's five endpoints take and answer. */
interface Kind<L extends z.ZodType, C extends z.ZodType, U extends z.ZodType, O extends z.ZodType> {
  list: L;
  create: C;
  update: U;
  output: O;
}

type Crud<E extends Ends, P extends Parent, I extends Item, L, C, U, O extends z.ZodType> = {
  list: E['list'] & Schemas<P, L & z.ZodType, undefined, ReturnType<typeof page<O>>>;
  get: E['get'] & Schemas<I, undefined, undefined, O>;
  create: E['create'] & Schemas<P, undefined, C & z.ZodType, O>;
  update: E['update'] & Schemas<I, undefined, U & z.ZodType, O>;
  remove: E['remove'] & Schemas<I, typeof DeleteQuery>;
};

/** A kind's five contracts, the record named by `item` and, for a nested kind, its parent by `parent`. */
const under =
  <P extends Parent, I extends Item>(parent: P, item: I) =>
  <E extends Ends, L extends z.ZodType, C extends z.ZodType, U extends z.ZodType, O extends z.ZodType>(
    at: E,
    k: Kind<L, C, U, O>,
  ): Crud<E, P, I, L, C, U, O> => ({
    list: { ...at.list, params: parent, query: k.list, response: page(k.output) },
    get: { ...at.get, params: item, response: k.output },
    create: { ...at.create, params: parent, body: k.create, response: k.output },
    update: { ...at.update, params: item, body: k.update, response: k.output },
    remove: { ...at.remove, params: item, query: DeleteQuery },
  });

/** The contracts of crudEndpoints: the record is `:id`. */
export const crudContracts = under(undefined, IdParams);

/** The contracts of nestedEndpoints: the parent is `:id`, the record `:childId`. */
export const nestedContracts = under(IdParams, DialogueChildParams);
