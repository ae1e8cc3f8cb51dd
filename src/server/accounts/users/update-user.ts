import { and, eq } from 'drizzle-orm';
import type { UserAccount, UserUpdate } from '../../../shared/contracts/accounts.ts';
import { AppError } from '../../../shared/errors.ts';
import { users } from '../../db/schema.ts';
import type { Deps } from '../../deps.ts';
import { ACCOUNTS_STREAM, appendEvent } from '../../events/append-event.ts';
import { write } from '../../events/write.ts';
import type { Actor } from '../../policy/actor.ts';
import { endSessions } from '../sessions/end-sessions.ts';
import { readAccounts } from './list-users.ts';

/**
 * The secretariat changes an account's role, or disables or enables it, at the version it read.
 *
 * Disabling stamps `disabled_at` and ends every session of the account in the same transaction,
 * live sockets included, on every instance; from then on it signs in no more (by password, passkey
 * or reset link). A role change ends the sessions too, so nobody keeps powers they no longer hold.
 * Enabling clears the stamp; the user signs in again. An admin can neither disable themself nor
 * give up their own admin role, so the secretariat always keeps one way in. Each change is an Event
 * on the accounts stream with the value before and after; asking for what already holds changes
 * nothing and writes no event.
 */
export async function updateUser(
  deps: Pick<Deps, 'db' | 'clock'>,
  args: { actor: Actor; id: string; input: UserUpdate },
): Promise<UserAccount> {
  const { id, input } = args;
  const actorId = args.actor.user?.id ?? null;
  if (id === actorId && input.disabled === true)
    throw new AppError('conflict', 'you cannot disable your own account', [
      { path: 'disabled', message: 'your own account', code: 'self_disable' },
    ]);
  if (id === actorId && input.role !== undefined && input.role !== 'admin')
    throw new AppError('conflict', 'you cannot give up your own admin role', [
      { path: 'role', message: 'your own role', code: 'self_demote' },
    ]);

  await write(deps.db, async (tx) => {
    const [row] = await tx.select().from(users).where(eq(users.id, id));
    if (!row) throw new AppError('not_found', 'no such user');
    if (row.version !== input.version)
      throw new AppError('version_conflict', `the account is at version ${row.version}, not ${input.version}`);
    const role = input.role ?? row.role;
    const roleChanged = role !== row.role;
    const disabling = input.disabled === true && row.disabledAt === null;
    const enabling = input.disabled === false && row.disabledAt !== null;
    if (!roleChanged && !disabling && !enabling) return;

    const now = deps.clock();
    const disabledAt = disabling ? now : enabling ? null : row.disabledAt;
    const updated = await tx
      .update(users)
      .set({ role, disabledAt, version: row.version + 1, updatedAt: now })
      .where(and(eq(users.id, id), eq(users.version, row.version)))
      .returning({ id: users.id });
    if (!updated.length) throw new AppError('version_conflict');

    const sessionsEnded =
      disabling || roleChanged
        ? await endSessions({ db: tx }, id, { reason: disabling ? 'account_disabled' : 'role_changed', actorId })
        : 0;
    if (roleChanged)
      await appendEvent(tx, {
        stream: ACCOUNTS_STREAM,
        type: 'user.role_changed',
        actorId,
        payload: { id, email: row.email, before: { role: row.role }, after: { role } },
      });
    if (disabling || enabling)
      await appendEvent(tx, {
        stream: ACCOUNTS_STREAM,
        type: disabling ? 'user.disabled' : 'user.enabled',
        actorId,
        payload: {
          id,
          email: row.email,
          before: { disabledAt: row.disabledAt?.toISOString() ?? null },
          after: { disabledAt: disabledAt?.toISOString() ?? null },
          ...(disabling ? { sessionsEnded } : {}),
        },
      });
  });
  const [account] = await readAccounts(deps.db, deps.clock(), eq(users.id, id));
  return account!;
}
