import { z } from 'zod';
import { Id, IsoDateTime, PageQuery } from '../common.ts';
import { mailEndpoints } from '../endpoints/mail.ts';
import { contract } from './contract.ts';

export const OutboxMessage = z
  .object({
    id: Id,
    to: z.string(),
    subject: z.string(),
    text: z.string(),
    createdAt: IsoDateTime,
    sentAt: IsoDateTime.nullable(),
    /** The last error the mail server or the connection gave (kept after a later success). */
    error: z.string().nullable(),
    /** Tries that ended in an error. */
    attempts: z.int(),
    /** When the next try may run, for a message still to be sent; null: at once. */
    nextAttemptAt: IsoDateTime.nullable(),
    /** Refused for good (5xx) or out of attempts: sent no more. */
    failedAt: IsoDateTime.nullable(),
  })
  .meta({ id: 'OutboxMessage' });
export type OutboxMessage = z.infer<typeof OutboxMessage>;

export const OutboxList = z.object({ items: z.array(OutboxMessage) }).meta({ id: 'OutboxList' });
export type OutboxList = z.infer<typeof OutboxList>;

export const mailContracts = {
  outbox: contract(mailEndpoints.outbox, { query: PageQuery, response: OutboxList }),
};
