import { desc } from 'drizzle-orm';
import { mailContracts as C } from '../../shared/contracts/mail.ts';
import { mailOutbox } from '../db/schema.ts';
import { serve, type AnyRoute } from '../http/route.ts';

export const mailRoutes: AnyRoute[] = [
  serve(C.outbox, {
    action: 'outbox.read',
    tag: 'Accounts',
    summary:
      'Messages the platform sent or holds (without SMTP_URL, as in demo mode, they stay here), newest first, with their attempts, next attempt and last error',
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
