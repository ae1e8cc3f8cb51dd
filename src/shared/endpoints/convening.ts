import { endpoint } from '../contracts/contract.ts';

/** Invitations and the scheduling helper (schemas: contracts/convening.ts). */
export const conveningEndpoints = {
  invite: endpoint('convening.invite', 'POST', '/dialogues/:id/invitations'),
  schedule: endpoint('convening.schedule', 'GET', '/dialogues/:id/schedule'),
  respond: endpoint('convening.respond', 'POST', '/invitations/:token'),
};
