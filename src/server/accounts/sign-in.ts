import { eq } from 'drizzle-orm';
import type { SessionInfo, SignIn } from '../../shared/contracts/accounts.ts';
import { AppError } from '../../shared/errors.ts';
import { sessions, users } from '../db/schema.ts';
import type { Deps } from '../deps.ts';
import { ACCOUNTS_STREAM, appendEvent } from '../events/append-event.ts';
import { write } from '../events/write.ts';
import { dummyHash, verifyPassword } from './password.ts';
import { newToken, tokenHash } from './tokens.ts';
import { presentUser } from './present-user.ts';

/** Checks the password and opens a server-side session. Returns the cookie token once; only its hash is stored. */
export async function signIn(deps: Deps, input: SignIn): Promise<{ token: string; session: SessionInfo }> {
  const email = input.email.trim().toLowerCase();
  const [user] = await deps.db.select().from(users).where(eq(users.email, email));
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), input.password);
  if (!user || !ok) throw new AppError('invalid_credentials');

  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(Date.now() + deps.config.sessionTtlHours * 3_600_000);
  await write(deps.db, async (tx) => {
    await tx.insert(sessions).values({ id: tokenHash(token), userId: user.id, csrfToken, expiresAt });
    await appendEvent(tx, { stream: ACCOUNTS_STREAM, type: 'session.created', actorId: user.id, payload: { userId: user.id } });
  });
  return { token, session: { user: presentUser(user), csrfToken, expiresAt: expiresAt.toISOString() } };
}
