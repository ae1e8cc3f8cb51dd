import type { AccountSetupInfo } from '../../shared/contracts/accounts.ts';
import { randomBytes, randomUUID } from 'node:crypto';
import { and, eq, isNotNull, isNull, or } from 'drizzle-orm';
import type { SessionInfo } from '../../shared/contracts/accounts.ts';
import { AppError } from '../../shared/errors.ts';
import { localize } from '../../shared/multilingual.ts';
import type { Queryable } from '../db/database.ts';
import { accountBindings, accountSetups, invitations, people, users } from '../db/schema.ts';
import type { Deps } from '../deps.ts';
import { ACCOUNTS_STREAM, appendEvent } from '../events/append-event.ts';
import { write } from '../events/write.ts';
import { hashPassword } from './password.ts';
import { openSession } from './open-session.ts';
import { newToken, tokenHash } from './tokens.ts';

const VALID_MS = 7 * 86_400_000;

/** E-mail addresses as compared for proof of identity: trimmed, lower case. */
export const sameEmail = (a: string | null | undefined, b: string | null | undefined): boolean =>
  !!a && !!b && a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * After someone accepts an invitation, a link to open their account, unless the address or the
 * person has one already. Returns the link's token, once.
 *
 * The account it opens is tied to the person only when the invitation went to the e-mail the
 * directory holds for them (which only the secretariat edits): that is the proof of identity. Sent
 * to any other address (say, one a chair typed), the account opens unbound, with a pending binding
 * the secretariat confirms or refuses.
 */
export async function offerAccount(
  db: Queryable,
  a: { personId: string; email: string; now: Date; invitationId?: string | null },
): Promise<string | null> {
  const [existing] = await db
    .select({ id: users.id })
    .from(users)
    .where(or(eq(users.email, a.email), eq(users.personId, a.personId)));
  if (existing) return null;
  const [person] = await db.select({ email: people.email }).from(people).where(eq(people.id, a.personId));
  const token = newToken();
  await db.insert(accountSetups).values({
    id: randomUUID(),
    tokenHash: tokenHash(token),
    personId: a.personId,
    email: a.email,
    expiresAt: new Date(a.now.getTime() + VALID_MS),
    invitationId: a.invitationId ?? null,
    bindsPerson: sameEmail(person?.email, a.email),
  });
  return token;
}

/**
 * A link that works: known, unused, not expired, and not for someone whose account the secretariat
 * disabled (by the address or the person), who would otherwise open a second way in.
 */
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
  const [disabled] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(or(eq(users.email, row.email), eq(users.personId, row.personId)), isNotNull(users.disabledAt)))
    .limit(1);
  if (disabled)
    throw new AppError('conflict', 'this link no longer opens an account', [
      { path: 'token', message: 'refused', code: 'setup_refused' },
    ]);
  return row;
}

export async function getAccountSetup(deps: Pick<Deps, 'db' | 'clock'>, token: string): Promise<AccountSetupInfo> {
  const row = await openSetup(deps.db, token, deps.clock());
  const [person] = await deps.db.select({ name: people.name }).from(people).where(eq(people.id, row.personId));
  const invitation = await invitationOf(deps.db, row.invitationId);
  // Said before the account opens: one from an unproven address stands for the person only once confirmed.
  return {
    email: row.email,
    name: localize(person!.name, ['en', 'ru']).text,
    waitsForSecretariat: !row.bindsPerson,
    dialogueId: invitation?.dialogueId ?? null,
    language: invitation?.language ?? null,
  };
}

/** The invitation an account link came from: its dialogue (where the invitee lands) and its language. */
async function invitationOf(db: Queryable, id: string | null) {
  if (!id) return undefined;
  const [row] = await db
    .select({ dialogueId: invitations.dialogueId, language: invitations.language })
    .from(invitations)
    .where(eq(invitations.id, id));
  return row;
}

/**
 * Opens the account and signs in. With a password, that is the way in; without one, the account
 * gets a password nobody knows and the person adds a passkey next, already signed in.
 *
 * The link is looked up first: argon2 runs only for a link that works, so a stranger's guesses cost
 * the server nothing. The account is tied to the person only when the invitation proved who they
 * are (`bindsPerson`); otherwise it opens unbound, with a pending binding for the secretariat.
 */
export async function completeAccountSetup(
  deps: Pick<Deps, 'db' | 'clock' | 'config'>,
  token: string,
  password: string | undefined,
): Promise<{ token: string; session: SessionInfo }> {
  await openSetup(deps.db, token, deps.clock());
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
    // Someone may have bound the person meanwhile: then this account waits for the secretariat too.
    const [holder] = row.bindsPerson
      ? await tx.select({ id: users.id }).from(users).where(eq(users.personId, row.personId))
      : [];
    const binds = row.bindsPerson && !holder;
    const [created] = await tx
      .insert(users)
      .values({
        id: randomUUID(),
        email: row.email,
        passwordHash,
        role: 'member',
        personId: binds ? row.personId : null,
        // The account speaks the language its invitation was written in until the person chooses another.
        locale: (await invitationOf(tx, row.invitationId))?.language ?? null,
      })
      .returning();
    await appendEvent(tx, {
      stream: ACCOUNTS_STREAM,
      type: 'user.created',
      actorId: null,
      payload: { id: created!.id, email: row.email, via: 'invitation', personId: binds ? row.personId : null },
    });
    if (!binds) {
      const bindingId = randomUUID();
      await tx.insert(accountBindings).values({
        id: bindingId,
        userId: created!.id,
        personId: row.personId,
        invitationId: row.invitationId,
        requestedAt: deps.clock(),
      });
      await appendEvent(tx, {
        stream: ACCOUNTS_STREAM,
        type: 'binding.requested',
        actorId: null,
        payload: { id: bindingId, userId: created!.id, personId: row.personId, invitationId: row.invitationId },
      });
    }
    return created!;
  });
  return openSession(deps, user, password ? 'account-setup' : 'account-setup-passkey');
}
