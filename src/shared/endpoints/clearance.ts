import { endpoint } from '../contracts/contract.ts';

/** Clearing what was said under the Chatham House Rule for outsiders (schemas: contracts/clearance.ts). */
export const clearanceEndpoints = {
  list: endpoint('clearance.list', 'GET', '/dialogues/:id/clearances'),
  get: endpoint('clearance.get', 'GET', '/dialogues/:id/clearances/:kind/:recordId'),
  clear: endpoint('clearance.clear', 'POST', '/dialogues/:id/clearances/:kind/:recordId'),
};
