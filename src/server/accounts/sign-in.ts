import { and, asc, eq, gt } from 'drizzle-orm';
import type { SessionInfo, SignIn } from '../../shared/contracts/accounts.ts';
import { AppError } from '../../shared/errors.ts';
import { signInFailures, users } from '../db/schema.ts';
import type { Deps } from '../deps.ts';
import { dummyHash, verifyPassword } from './password.ts';
import { openSession } from './open-session.ts';

/** This many failures within the window lock the address until the oldest of them leaves it. */
const MAX_FAILURES = 5;
const WINDOW_MS = 15 * 60_000;

/**
 * Checks the password and opens a server-side session. Returns the cookie token once; only its hash
 * is stored. Repeated failures for one address lock it for a while, whether or not it has an
 * account, so the lock tells nothing about who is registered.
 */
export async function signIn(deps: Deps, input: SignIn): Promise<{ token: string; session: SessionInfo }> {
  const email = input.email.trim().toLowerCase();
  const now = deps.clock();
  const recent = await deps.db
    .select({ at: signInFailures.at })
    .from(signInFailures)
    .where(and(eq(signInFailures.email, email), gt(signInFailures.at, new Date(now.getTime() - WINDOW_MS))))
    .orderBy(asc(signInFailures.at));
  if (recent.length >= MAX_FAILURES) {
    const until = new Date(recent[recent.length - MAX_FAILURES]!.at.getTime() + WINDOW_MS);
    throw new AppError(
      'too_many_attempts',
      `too many failed sign-ins for this address; try again after ${until.toISOString()}`,
      [{ path: 'email', message: 'locked for a while', code: 'locked', params: { until: until.toISOString() } }],
    );
  }
  const [user] = await deps.db.select().from(users).where(eq(users.email, email));
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), input.password);
  if (!user || !ok) {
    await deps.db.insert(signInFailures).values({ email, at: now });
    throw new AppError('invalid_credentials');
  }
  await deps.db.delete(signInFailures).where(eq(signInFailures.email, email));

  return openSession(deps, user, 'password');
}
