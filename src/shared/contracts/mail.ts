import { z } from 'zod';
import { Id, IsoDateTime } from '../common.ts';

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
