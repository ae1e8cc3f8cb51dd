import { desc } from 'drizzle-orm';
import { z } from 'zod';
import { PageQuery } from '../../shared/common.ts';
import { mailOutbox } from '../db/schema.ts';
import { route, type AnyRoute } from '../http/route.ts';
import { OutboxMessage } from '../../shared/contracts/mail.ts';

export const mailRoutes: AnyRoute[] = [
  route({
    method: 'GET',
    url: '/outbox',
    action: 'outbox.read',
    tag: 'Accounts',
    summary:
      'Messages the platform sent or holds (without SMTP_URL, as in demo mode, they stay here), newest first, with their attempts, next attempt and last error',
    query: PageQuery,
    response: z.object({ items: z.array(OutboxMessage) }),
    handler: async ({ query, deps }) => {
      const rows = await deps.db
        .select()
        .from(mailOutbox)
        .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id))
        .limit(query.limit)
        .offset(query.offset);
      return {
        items: rows.map((m) => ({
          id: m.id,
          to: m.to,
          subject: m.subject,
          text: m.text,
          createdAt: m.createdAt.toISOString(),
          sentAt: m.sentAt?.toISOString() ?? null,
          error: m.error,
          attempts: m.attempts,
          nextAttemptAt: m.sentAt || m.failedAt ? null : (m.nextAttemptAt?.toISOString() ?? null),
          failedAt: m.failedAt?.toISOString() ?? null,
        })),
      };
    },
  }),
];
