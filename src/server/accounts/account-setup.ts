import { randomBytes, randomUUID } from 'node:crypto';
import { and, eq, isNull, or } from 'drizzle-orm';
import type { SessionInfo } from '../../shared/contracts/accounts.ts';
import { AppError } from '../../shared/errors.ts';
import { localize } from '../../shared/multilingual.ts';
import type { Queryable } from '../db/database.ts';
import { accountSetups, people, users } from '../db/schema.ts';
import type { Deps } from '../deps.ts';
import { ACCOUNTS_STREAM, appendEvent } from '../events/append-event.ts';
import { write } from '../events/write.ts';
import { hashPassword } from './password.ts';
import { openSession } from './open-session.ts';
import { newToken, tokenHash } from './tokens.ts';

const VALID_MS = 7 * 86_400_000;

/**
 * After someone accepts an invitation, a link to open their account, unless the address or the
 * person has one already. Returns the link's token, once.
 */
export async function offerAccount(
  db: Queryable,
  a: { personId: string; email: string; now: Date },
): Promise<string | null> {
  const [existing] = await db
    .select({ id: users.id })
    .from(users)
    .where(or(eq(users.email, a.email), eq(users.personId, a.personId)));
  if (existing) return null;
  const token = newToken();
  await db.insert(accountSetups).values({
    id: randomUUID(),
    tokenHash: tokenHash(token),
    personId: a.personId,
    email: a.email,
    expiresAt: new Date(a.now.getTime() + VALID_MS),
  });
  return token;
}

async function openSetup(db: Queryable, token: string, now: Date) {
  const [row] = await db
    .select()
    .from(accountSetups)
    .where(eq(accountSetups.tokenHash, tokenHash(token)));
  if (!row) throw new AppError('not_found', 'no such link');
  if (row.usedAt || row.expiresAt <= now)
    throw new AppError('conflict', 'this link was used or has expired', [
      { path: 'token', message: row.usedAt ? 'used' : 'expired', code: row.usedAt ? 'setup_used' : 'setup_expired' },
    ]);
  return row;
}

export async function getAccountSetup(
  deps: Pick<Deps, 'db' | 'clock'>,
  token: string,
): Promise<{ email: string; name: string }> {
  const row = await openSetup(deps.db, token, deps.clock());
  const [person] = await deps.db.select({ name: people.name }).from(people).where(eq(people.id, row.personId));
  return { email: row.email, name: localize(person!.name, ['en', 'ru']).text };
}

/**
 * Opens the account and signs in. With a password, that is the way in; without one, the account
 * gets a password nobody knows and the person adds a passkey next, already signed in.
 */
export async function completeAccountSetup(
  deps: Pick<Deps, 'db' | 'clock' | 'config'>,
  token: string,
  password: string | undefined,
): Promise<{ token: string; session: SessionInfo }> {
  const passwordHash = await hashPassword(password ?? randomBytes(32).toString('base64url'));
  const user = await write(deps.db, async (tx) => {
    const row = await openSetup(tx, token, deps.clock());
    // The guard on used_at and the unique e-mail make a second tab or a double click fail cleanly.
    const taken = await tx
      .update(accountSetups)
      .set({ usedAt: deps.clock() })
      .where(and(eq(accountSetups.id, row.id), isNull(accountSetups.usedAt)))
      .returning({ id: accountSetups.id });
    if (!taken.length) throw new AppError('conflict');
    const [created] = await tx
      .insert(users)
      .values({ id: randomUUID(), email: row.email, passwordHash, role: 'member', personId: row.personId })
      .returning();
    await appendEvent(tx, {
      stream: ACCOUNTS_STREAM,
      type: 'user.created',
      actorId: null,
      payload: { id: created!.id, email: row.email, via: 'invitation' },
    });
    return created!;
  });
  return openSession(deps, user, password ? 'account-setup' : 'account-setup-passkey');
}
