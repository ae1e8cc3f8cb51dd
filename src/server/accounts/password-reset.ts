import { randomUUID } from 'node:crypto';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { createTranslator, isUiLanguage } from '../../shared/i18n/translate.ts';
import { AppError } from '../../shared/errors.ts';
import { passwordResets, users } from '../db/schema.ts';
import { endSessions } from './sessions/end-sessions.ts';
import type { Deps } from '../deps.ts';
import { ACCOUNTS_STREAM, appendEvent } from '../events/append-event.ts';
import { write } from '../events/write.ts';
import { enqueue } from '../jobs/queue.ts';
import { queueMail } from '../mail/outbox.ts';
import { hashPassword } from './password.ts';
import { newToken, tokenHash } from './tokens.ts';

const VALID_MS = 3600_000;
export const PASSWORD_RESET_JOB = 'password-reset';

/**
 * Asks for a reset link. The request does the same work whatever the address: it enqueues one job
 * and answers; the worker looks the address up, makes the link and
 * queues the message, so neither the answer nor its timing tells who is registered.
 */
export async function requestPasswordReset(deps: Deps, email: string): Promise<void> {
  await enqueue(deps.db, {
    kind: PASSWORD_RESET_JOB,
    key: `${PASSWORD_RESET_JOB}:${randomUUID()}`,
    runAt: deps.clock(),
    payload: { email: email.trim().toLowerCase() },
  });
}

/**
 * The job: when the address has an account that was sent no link within the interval, makes a link
 * (valid one hour) and queues the message; the worker delivers it. A disabled account gets none.
 */
export async function sendPasswordReset(deps: Deps, payload: { email: string }): Promise<void> {
  const [user] = await deps.db
    .select({ id: users.id, locale: users.locale, email: users.email })
    .from(users)
    .where(and(eq(users.email, payload.email), isNull(users.disabledAt)));
  if (!user) return;
  const now = deps.clock();
  // A link's creation is its expiry less an hour: an unused one made within the interval means no new message.
  const intervalMs = deps.config.passwordResetIntervalMinutes * 60_000;
  const [recent] = await deps.db
    .select({ id: passwordResets.id })
    .from(passwordResets)
    .where(
      and(
        eq(passwordResets.userId, user.id),
        isNull(passwordResets.usedAt),
        gt(passwordResets.expiresAt, new Date(now.getTime() - intervalMs + VALID_MS)),
      ),
    )
    .limit(1);
  if (recent) return;
  const token = newToken();
  const id = randomUUID();
  const t = createTranslator(isUiLanguage(user.locale) ? user.locale : 'en');
  await write(deps.db, async (tx) => {
    await tx.insert(passwordResets).values({
      id,
      userId: user.id,
      tokenHash: tokenHash(token),
      expiresAt: new Date(now.getTime() + VALID_MS),
    });
    await queueMail(tx, [
      {
        key: `password-reset:${id}`,
        to: user.email,
        subject: t('reset.subject'),
        text: t('reset.body', { link: `${deps.config.publicUrl}/reset-password/${token}` }),
      },
    ]);
  });
}

/**
 * Sets the new password with a link that is unused and not expired, and signs out every session.
 * The link is looked up first: only a valid one costs a password hash. The link of an account
 * disabled since it was sent completes nothing: it answers as one that does not exist.
 */
export async function resetPassword(
  deps: Pick<Deps, 'db' | 'clock'>,
  args: { token: string; password: string },
): Promise<void> {
  const [found] = await deps.db
    .select()
    .from(passwordResets)
    .where(eq(passwordResets.tokenHash, tokenHash(args.token)));
  if (!found) throw new AppError('not_found', 'no such reset link');
  const why = found.usedAt ? 'used' : found.expiresAt <= deps.clock() ? 'expired' : null;
  if (why)
    throw new AppError(
      'conflict',
      `this reset link was ${why === 'used' ? 'already used' : 'valid for one hour only'}`,
      [{ path: 'token', message: why, code: `reset_${why}` }],
    );
  const passwordHash = await hashPassword(args.password);
  await write(deps.db, async (tx) => {
    // Taken once: a second request with the same link, racing this one, finds it used.
    const taken = await tx
      .update(passwordResets)
      .set({ usedAt: deps.clock() })
      .where(and(eq(passwordResets.id, found.id), isNull(passwordResets.usedAt)))
      .returning({ id: passwordResets.id });
    if (!taken.length)
      throw new AppError('conflict', 'this reset link was already used', [
        { path: 'token', message: 'used', code: 'reset_used' },
      ]);
    const reset = await tx
      .update(users)
      .set({ passwordHash, version: sql`${users.version} + 1`, updatedAt: new Date() })
      .where(and(eq(users.id, found.userId), isNull(users.disabledAt)))
      .returning({ id: users.id });
    // Disabled meanwhile: the whole transaction rolls back, the link stays as it was.
    if (!reset.length) throw new AppError('not_found', 'no such reset link');
    // Every session of the account ends with the reset, live sockets included, on every instance.
    await endSessions({ db: tx }, found.userId, { reason: 'password_reset' });
    await appendEvent(tx, {
      stream: ACCOUNTS_STREAM,
      type: 'user.password_reset',
      actorId: found.userId,
      payload: { id: found.userId },
    });
  });
}
