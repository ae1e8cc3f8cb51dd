import { randomUUID } from 'node:crypto';
import { eq, isNull, and } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import type { Queryable } from '../db/database.ts';
import { mailOutbox } from '../db/schema.ts';
import type { Deps } from '../deps.ts';

export interface Mail {
  key: string;
  to: string;
  subject: string;
  text: string;
  attachments?: { filename: string; contentType: string; content: string }[];
}

/** Writes messages to the outbox, once per key, in the caller's transaction. */
export async function queueMail(db: Queryable, mails: Mail[]): Promise<void> {
  if (mails.length === 0) return;
  await db
    .insert(mailOutbox)
    .values(mails.map((m) => ({ id: randomUUID(), ...m, attachments: m.attachments ?? [] })))
    .onConflictDoNothing({ target: mailOutbox.key });
}

/**
 * Hands every unsent message to the SMTP server of SMTP_URL. Without one (demo mode) messages stay
 * in the outbox for admins to read. A message is marked sent after the server accepted it, so a
 * crash between the two sends it again: at least once, never lost.
 */
export async function deliverOutbox(deps: Pick<Deps, 'db' | 'config' | 'clock'>): Promise<number> {
  if (!deps.config.smtpUrl) return 0;
  const transport = nodemailer.createTransport(deps.config.smtpUrl);
  const pending = await deps.db
    .select()
    .from(mailOutbox)
    .where(and(isNull(mailOutbox.sentAt), isNull(mailOutbox.error)))
    .limit(500);
  let sent = 0;
  try {
    for (const m of pending) {
      try {
        await transport.sendMail({
          from: deps.config.mailFrom,
          to: m.to,
          subject: m.subject,
          text: m.text,
          messageId: `<${m.id}@expert-dialogue>`,
          attachments: m.attachments,
        });
        await deps.db.update(mailOutbox).set({ sentAt: deps.clock() }).where(eq(mailOutbox.id, m.id));
        sent++;
      } catch (err) {
        // A refused address stays refused; the server being away is retried with the next run.
        const permanent = /^5\d\d/.test(String((err as { responseCode?: number }).responseCode ?? ''));
        if (permanent)
          await deps.db
            .update(mailOutbox)
            .set({ error: (err as Error).message })
            .where(eq(mailOutbox.id, m.id));
        else throw err;
      }
    }
  } finally {
    transport.close();
  }
  return sent;
}
