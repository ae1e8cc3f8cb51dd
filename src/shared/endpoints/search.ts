import { endpoint } from '../contracts/contract.ts';

/** Search across the record and the directory (schemas: contracts/search.ts). */
export const searchEndpoints = {
  query: endpoint('search.query', 'GET', '/search'),
};
