import { and, desc, eq, gt, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { SessionInfo, SignIn } from '../../shared/contracts/accounts.ts';
import { AppError } from '../../shared/errors.ts';
import { createTranslator, isUiLanguage } from '../../shared/i18n/translate.ts';
import { mailOutbox, signInFailures, users } from '../db/schema.ts';
import type { Deps } from '../deps.ts';
import { ACCOUNTS_STREAM, appendEvent } from '../events/append-event.ts';
import { write } from '../events/write.ts';
import { queueMail } from '../mail/outbox.ts';
import { dummyHash, verifyPassword } from './password.ts';
import { openSession } from './open-session.ts';

const HOUR_MS = 3600_000;
/** Failures older than this no longer slow anyone down. */
const MEMORY_MS = 24 * HOUR_MS;

/**
 * A failure is kept under the key "account address" (one row per failure in `sign_in_failures`, whose
 * `email` column holds that pair; an address never holds a space), so one address's failures slow
 * only that address, and the account's failures from every address can still be counted.
 */
const pairKey = (email: string, address: string) => `${email} ${address}`;

/** The wait after `failures` wrong passwords in a row from one address: doubling, up to the ceiling. */
export function delayMs(deps: Pick<Deps, 'config'>, failures: number): number {
  if (failures <= 0) return 0;
  const { signInDelayBaseSeconds: base, signInDelayMaxSeconds: max } = deps.config;
  return Math.min(base * 2 ** Math.min(failures - 1, 30), max) * 1000;
}

/**
 * Checks the password and opens a server-side session. Returns the cookie token once; only its hash
 * is stored.
 *
 * Wrong passwords slow the address they come from, not the account: after each failure from one
 * address for one e-mail, that address must wait twice as long as before until its next attempt is
 * even checked (429 with the time to wait). The owner, from another address, signs in as usual. When
 * the failures for one account from every address pass `signInAlertFailures` within an hour, the
 * secretariat is told by e-mail (at most once an hour an account). Addresses without an account are
 * slowed the same way, so the delay tells nothing about who is registered. A disabled account's right
 * password is answered, and counted, exactly as a wrong one: nothing tells that the account exists.
 */
export async function signIn(
  deps: Deps,
  input: SignIn,
  address = 'unknown',
): Promise<{ token: string; session: SessionInfo }> {
  const email = input.email.trim().toLowerCase();
  const key = pairKey(email, address);
  const now = deps.clock();
  const recent = await deps.db
    .select({ at: signInFailures.at })
    .from(signInFailures)
    .where(and(eq(signInFailures.email, key), gt(signInFailures.at, new Date(now.getTime() - MEMORY_MS))))
    .orderBy(desc(signInFailures.at));
  if (recent.length) {
    const until = new Date(recent[0]!.at.getTime() + delayMs(deps, recent.length));
    if (until > now) {
      const retryAfter = Math.ceil((until.getTime() - now.getTime()) / 1000);
      throw new AppError(
        'too_many_attempts',
        `too many failed sign-ins from this address; try again after ${until.toISOString()}`,
        [
          {
            path: 'email',
            message: 'wait before trying again',
            code: 'locked',
            params: { until: until.toISOString(), retryAfter },
          },
        ],
      );
    }
  }
  const [user] = await deps.db.select().from(users).where(eq(users.email, email));
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), input.password);
  if (!user || !ok || user.disabledAt !== null) {
    // The same writes for an unknown e-mail, a wrong password and a disabled account: the audit
    // event names the e-mail typed and nobody as its actor, so neither its timing nor its content
    // tells whether the account exists.
    await write(deps.db, async (tx) => {
      await tx.insert(signInFailures).values({ email: key, at: now });
      await tx
        .delete(signInFailures)
        .where(and(eq(signInFailures.email, key), lt(signInFailures.at, new Date(now.getTime() - MEMORY_MS))));
      await appendEvent(tx, {
        stream: ACCOUNTS_STREAM,
        type: 'session.failed',
        actorId: null,
        payload: { email, how: 'password', address },
      });
    });
    await alertIfHammered(deps, email, now, user !== undefined);
    throw new AppError('invalid_credentials');
  }
  await deps.db.delete(signInFailures).where(eq(signInFailures.email, key));

  return openSession(deps, user, 'password');
}

/**
 * Tells every admin, once an hour at most, that one account is failing from many tries. It reads
 * the same for an e-mail with no account (only the message is not sent), so its timing tells nothing.
 */
async function alertIfHammered(deps: Deps, email: string, now: Date, known: boolean): Promise<void> {
  const since = new Date(now.getTime() - HOUR_MS);
  const [count] = await deps.db
    .select({ n: sql<number>`count(*)::int` })
    .from(signInFailures)
    .where(and(sql`starts_with(${signInFailures.email}, ${`${email} `})`, gt(signInFailures.at, since)));
  if ((count?.n ?? 0) < deps.config.signInAlertFailures) return;
  const prefix = `sign-in-alert:${email}:`;
  const [sent] = await deps.db
    .select({ id: mailOutbox.id })
    .from(mailOutbox)
    .where(and(sql`starts_with(${mailOutbox.key}, ${prefix})`, gt(mailOutbox.createdAt, since)))
    .limit(1);
  if (sent || !known) return;
  const admins = await deps.db
    .select({ id: users.id, email: users.email, locale: users.locale })
    .from(users)
    .where(and(inArray(users.role, ['admin']), isNull(users.disabledAt)));
  const addresses = await deps.db
    .select({ n: sql<number>`count(distinct ${signInFailures.email})::int` })
    .from(signInFailures)
    .where(and(sql`starts_with(${signInFailures.email}, ${`${email} `})`, gt(signInFailures.at, since)));
  const hour = Math.floor(now.getTime() / HOUR_MS);
  await queueMail(
    deps.db,
    admins.map((a) => {
      const t = createTranslator(isUiLanguage(a.locale) ? a.locale : 'en');
      return {
        key: `${prefix}${hour}:${a.id}`,
        to: a.email,
        subject: t('signInAlert.subject', { email }),
        text: `${t('signInAlert.body', { email, failures: count!.n, addresses: addresses[0]?.n ?? 1 })}\n`,
      };
    }),
  );
}
