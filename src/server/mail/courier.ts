import type { Database } from '../db/database.ts';
import type { Deps } from '../deps.ts';
import { deliverOutbox, MAIL_CHANNEL } from './outbox.ts';
import type { MailWaker } from './mail-waker.ts';

export interface MailCourier extends MailWaker {
  stop(): Promise<void>;
}

/** Delivers nothing and rings nothing: an app without SMTP_URL, or before its courier starts. */
export const idleCourier: MailCourier = { wake: () => undefined, stop: async () => undefined };

/**
 * Each instance's mail courier: it drains the outbox when woken — by `NOTIFY mail_outbox`, which
 * queueMail sends in the writing transaction (so every instance hears of mail once it commits), by a
 * wake on this instance, or by a slow poll that picks up retries once their backoff ends and any bell
 * missed while PostgreSQL's listening connection was away. Requests never send mail themselves; they
 * ring and return. Wakes during a drain make one more drain after it, never two at once here (and the
 * outbox's leases keep drains on other instances from sending a message twice).
 */
export async function startMailCourier(
  deps: Pick<Deps, 'db' | 'config' | 'clock'>,
  database: Pick<Database, 'listen'>,
  options: { pollMs?: number } = {},
): Promise<MailCourier> {
  if (!deps.config.smtpUrl) return idleCourier;
  let stopped = false;
  let running: Promise<void> | null = null;
  let again = false;
  const wake = (): void => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = deliverOutbox(deps)
      .then((r) => {
        // A full batch may have left more behind; an unreachable server waits for the poll.
        if (r.sent + r.retrying + r.failed >= 500 && !r.unreachable) again = true;
      })
      .catch((err: unknown) => console.error('mail courier:', err))
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          wake();
        }
      });
  };
  const unlisten = await database.listen(MAIL_CHANNEL, wake, wake);
  const poll = setInterval(wake, options.pollMs ?? 15_000);
  poll.unref();
  wake(); // whatever a previous run left behind
  return {
    wake,
    async stop() {
      stopped = true;
      clearInterval(poll);
      await unlisten();
      while (running) await running;
    },
  };
}
