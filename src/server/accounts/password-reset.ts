import { randomUUID } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { createTranslator } from '../../shared/i18n/translate.ts';
import { AppError } from '../../shared/errors.ts';
import { passwordResets, sessions, users } from '../db/schema.ts';
import type { Deps } from '../deps.ts';
import { ACCOUNTS_STREAM, appendEvent } from '../events/append-event.ts';
import { write } from '../events/write.ts';
import { deliverOutbox, queueMail } from '../mail/outbox.ts';
import { hashPassword } from './password.ts';
import { newToken, tokenHash } from './tokens.ts';

const VALID_MS = 3600_000;

/**
 * Sends a reset link when the address has an account, and answers the same either way, so the
 * form tells nobody who is registered.
 */
export async function requestPasswordReset(deps: Deps, email: string): Promise<void> {
  const [user] = await deps.db
    .select({ id: users.id, locale: users.locale })
    .from(users)
    .where(eq(users.email, email.trim().toLowerCase()));
  if (!user) return;
  const token = newToken();
  const id = randomUUID();
  const t = createTranslator(user.locale === 'ru' ? 'ru' : 'en');
  await write(deps.db, async (tx) => {
    await tx.insert(passwordResets).values({
      id,
      userId: user.id,
      tokenHash: tokenHash(token),
      expiresAt: new Date(deps.clock().getTime() + VALID_MS),
    });
    await queueMail(tx, [
      {
        key: `password-reset:${id}`,
        to: email.trim().toLowerCase(),
        subject: t('reset.subject'),
        text: t('reset.body', { link: `${deps.config.publicUrl ?? ''}/reset-password/${token}` }),
      },
    ]);
  });
  await deliverOutbox(deps).catch(() => undefined);
}

/** Sets the new password with a link that is unused and not expired, and signs out every session. */
export async function resetPassword(
  deps: Pick<Deps, 'db' | 'clock'>,
  args: { token: string; password: string },
): Promise<void> {
  const passwordHash = await hashPassword(args.password);
  await write(deps.db, async (tx) => {
    const [reset] = await tx
      .select()
      .from(passwordResets)
      .where(eq(passwordResets.tokenHash, tokenHash(args.token)));
    if (!reset) throw new AppError('not_found', 'no such reset link');
    const why = reset.usedAt ? 'used' : reset.expiresAt <= deps.clock() ? 'expired' : null;
    if (why)
      throw new AppError(
        'conflict',
        `this reset link was ${why === 'used' ? 'already used' : 'valid for one hour only'}`,
        [{ path: 'token', message: why, code: `reset_${why}` }],
      );
    const taken = await tx
      .update(passwordResets)
      .set({ usedAt: deps.clock() })
      .where(and(eq(passwordResets.id, reset.id), isNull(passwordResets.usedAt)))
      .returning({ id: passwordResets.id });
    if (!taken.length) throw new AppError('conflict');
    await tx
      .update(users)
      .set({ passwordHash, version: sql`${users.version} + 1`, updatedAt: new Date() })
      .where(eq(users.id, reset.userId));
    await tx.delete(sessions).where(eq(sessions.userId, reset.userId));
    await appendEvent(tx, {
      stream: ACCOUNTS_STREAM,
      type: 'user.password_reset',
      actorId: reset.userId,
      payload: { id: reset.userId },
    });
  });
}
