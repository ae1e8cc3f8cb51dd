import { endpoint } from '../contracts/contract.ts';

/** The hall's screen of a live room (schemas: contracts/projector.ts). */
export const projectorEndpoints = {
  view: endpoint('projector.view', 'GET', '/dialogues/:id/live/projector'),
};
