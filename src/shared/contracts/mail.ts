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
    error: z.string().nullable(),
  })
  .meta({ id: 'OutboxMessage' });
