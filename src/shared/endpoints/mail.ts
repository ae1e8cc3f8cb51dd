import { endpoint } from '../contracts/contract.ts';

/** The outbox: every message the platform sent or holds (schemas: contracts/mail.ts). */
export const mailEndpoints = {
  outbox: endpoint('mail.outbox', 'GET', '/outbox'),
};
