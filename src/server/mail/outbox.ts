import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
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

/** The channel every instance's courier LISTENs to: queued mail rings it when its transaction commits. */
export const MAIL_CHANNEL = 'mail_outbox';
/** Tries before a message that keeps failing (timeouts, 4xx) is marked failed. */
export const MAIL_MAX_ATTEMPTS = 8;
/** How long a drain holds a message it claimed; one that crashed lets another drain take it after. */
export const MAIL_LEASE_MS = 5 * 60_000;
/** The wait before the next try after `attempts` failed ones: 1, 2, 4 … minutes, at most 6 hours. */
export const mailRetryDelay = (attempts: number): number =>
  Math.min(6 * 3600_000, 60_000 * 2 ** Math.max(0, attempts - 1));

/**
 * Writes messages to the outbox, once per key, in the caller's transaction, and rings MAIL_CHANNEL
 * there: the couriers of every instance hear it when, and only if, it commits.
 */
export async function queueMail(db: Queryable, mails: Mail[]): Promise<void> {
  if (mails.length === 0) return;
  await db
    .insert(mailOutbox)
    .values(mails.map((m) => ({ id: randomUUID(), ...m, attachments: m.attachments ?? [] })))
    .onConflictDoNothing({ target: mailOutbox.key });
  await db.execute(sql`select pg_notify(${MAIL_CHANNEL}, '')`);
}

export interface DrainResult {
  sent: number;
  /** Failed this time, to be tried again after a backoff. */
  retrying: number;
  /** Refused for good (5xx) or out of attempts. */
  failed: number;
  /** The SMTP server could not be reached: the drain stopped, the rest waits for the next one. */
  unreachable: boolean;
}

type Claimed = {
  id: string;
  to: string;
  subject: string;
  text: string;
  attachments: { filename: string; contentType: string; content: string }[];
  attempts: number;
};

type SmtpError = Error & { responseCode?: number; code?: string; syscall?: string; timeoutType?: string };

/** A 5xx answer is final; no connection at all means the server is away, not that the message is bad. */
export function classifyMailError(err: unknown): 'permanent' | 'unreachable' | 'transient' {
  const e = err as SmtpError;
  if (e.responseCode && e.responseCode >= 500 && e.responseCode < 600) return 'permanent';
  if (
    e.code === 'EDNS' ||
    e.syscall === 'connect' ||
    e.timeoutType === 'CONNECT_TIMEOUT' ||
    e.timeoutType === 'GREETING_TIMEOUT'
  )
    return 'unreachable';
  return 'transient';
}

/** Claims the next message due, under a lease; SKIP LOCKED lets concurrent drains take different ones. */
async function claimNext(db: Queryable, now: Date): Promise<Claimed | null> {
  const r = await db.execute<Claimed>(sql`
    update mail_outbox set claimed_until = ${new Date(now.getTime() + MAIL_LEASE_MS)}
    where id = (select id from mail_outbox
      where sent_at is null and failed_at is null
        and (next_attempt_at is null or next_attempt_at <= ${now})
        and (claimed_until is null or claimed_until < ${now})
      order by next_attempt_at nulls first, created_at, id limit 1 for update skip locked)
    returning id, "to", subject, text, attachments, attempts`);
  return r.rows[0] ?? null;
}

/**
 * Hands the unsent messages that are due to the SMTP server of SMTP_URL, each claimed under a lease
 * first, so two drains (two instances, or a courier and a job) never send one twice. A message is
 * marked sent after the server accepted it, so a crash between the two sends it again once the lease
 * runs out: at least once, never lost. Without SMTP_URL (demo mode) messages stay in the outbox for
 * admins to read.
 *
 * One bad message never holds the others: a 5xx fails it, any other error (a timeout, a 4xx) counts an
 * attempt and schedules the next with a doubling wait, failing it after MAIL_MAX_ATTEMPTS. When the
 * server cannot be reached at all the drain stops, having counted that against one message only.
 */
export async function deliverOutbox(
  deps: Pick<Deps, 'db' | 'config' | 'clock'>,
  options: { timeoutMs?: number; limit?: number } = {},
): Promise<DrainResult> {
  const result: DrainResult = { sent: 0, retrying: 0, failed: 0, unreachable: false };
  if (!deps.config.smtpUrl) return result;
  const timeout = options.timeoutMs ?? 30_000;
  // Bounded waits, so a server that hangs on one message costs that message a retry, not the drain.
  const transport = nodemailer.createTransport({
    url: deps.config.smtpUrl,
    // Reaching the server has its own, fixed bound: a slow greeting on a busy machine is not "away".
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: timeout,
  });
  try {
    for (let n = 0; n < (options.limit ?? 500); n++) {
      const m = await claimNext(deps.db, deps.clock());
      if (!m) break;
      try {
        await transport.sendMail({
          from: deps.config.mailFrom,
          to: m.to,
          subject: m.subject,
          text: m.text,
          messageId: `<${m.id}@expert-dialogue>`,
          attachments: m.attachments,
        });
        await deps.db
          .update(mailOutbox)
          .set({ sentAt: deps.clock(), claimedUntil: null })
          .where(eq(mailOutbox.id, m.id));
        result.sent++;
      } catch (err) {
        const kind = classifyMailError(err);
        const attempts = m.attempts + 1;
        const now = deps.clock();
        const final = kind === 'permanent' || attempts >= MAIL_MAX_ATTEMPTS;
        await deps.db
          .update(mailOutbox)
          .set({
            attempts,
            error: String((err as Error).message ?? err).slice(0, 2000),
            claimedUntil: null,
            ...(final ? { failedAt: now } : { nextAttemptAt: new Date(now.getTime() + mailRetryDelay(attempts)) }),
          })
          .where(eq(mailOutbox.id, m.id));
        if (final) result.failed++;
        else result.retrying++;
        if (kind === 'unreachable') {
          result.unreachable = true;
          break;
        }
      }
    }
  } finally {
    transport.close();
  }
  return result;
}
