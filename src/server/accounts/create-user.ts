import { eq, sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { CreateUserInput } from '../../shared/contracts/accounts.ts';
import type { Db } from '../db/database.ts';
import { users } from '../db/schema.ts';
import { ACCOUNTS_STREAM, appendEvent } from '../events/append-event.ts';
import { write } from '../events/write.ts';
import { parseInput } from '../http/problem.ts';
import { AppError } from '../../shared/errors.ts';
import { hashPassword } from './password.ts';
import { endSessions } from './sessions/end-sessions.ts';

/**
 * Creates a user, or resets the password and role of the one with that e-mail: then every session
 * of theirs ends in the same transaction, live sockets included, on every instance.
 *
 * An account the secretariat disabled is reset only when `enable` says so, and is then enabled
 * again (a `user.enabled` event); otherwise it is refused (409 at `enable`) and nothing changes, so
 * a password reset never quietly reopens an account someone closed on purpose.
 */
export async function createUser(
  db: Db,
  raw: CreateUserInput,
  /** `actorId`: the admin who opened it; none from the command line. */
  options: { enable?: boolean; actorId?: string | null } = {},
): Promise<{ id: string; created: boolean; sessionsEnded: number; enabled: boolean }> {
  const input = parseInput(CreateUserInput, raw, 'body');
  const email = input.email.trim().toLowerCase();
  const passwordHash = await hashPassword(input.password);
  return write(db, async (tx) => {
    const [existing] = await tx
      .select({ id: users.id, role: users.role, disabledAt: users.disabledAt })
      .from(users)
      .where(eq(users.email, email));
    const id = existing?.id ?? randomUUID();
    let sessionsEnded = 0;
    const enabled = !!existing?.disabledAt && options.enable === true;
    if (existing?.disabledAt && !enabled)
      throw new AppError('conflict', 'the account is disabled', [
        { path: 'enable', message: 'the account is disabled; add --enable to enable it again', code: 'disabled' },
      ]);
    if (existing) {
      await tx
        .update(users)
        .set({
          passwordHash,
          role: input.role,
          ...(enabled ? { disabledAt: null } : {}),
          version: sql`${users.version} + 1`,
          updatedAt: new Date(),
        })
        .where(eq(users.id, id));
      sessionsEnded = await endSessions({ db: tx }, id, {
        reason: existing.role === input.role ? 'password_reset' : 'role_changed',
      });
    } else {
      await tx.insert(users).values({ id, email, passwordHash, role: input.role, personId: input.personId ?? null });
    }
    await appendEvent(tx, {
      stream: ACCOUNTS_STREAM,
      type: existing ? 'user.password_reset' : 'user.created',
      actorId: options.actorId ?? null,
      payload: { id, email, role: input.role },
    });
    if (enabled)
      await appendEvent(tx, {
        stream: ACCOUNTS_STREAM,
        type: 'user.enabled',
        actorId: null,
        payload: {
          id,
          email,
          before: { disabledAt: existing!.disabledAt!.toISOString() },
          after: { disabledAt: null },
          via: 'user:create',
        },
      });
    return { id, created: !existing, sessionsEnded, enabled };
  });
}
