import { asc, eq, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import type { UserAccount, UserListQuery } from '../../../shared/contracts/accounts.ts';
import { skeleton } from '../../../shared/transliteration/index.ts';
import type { Queryable } from '../../db/database.ts';
import { people, sessions, users } from '../../db/schema.ts';
import type { Deps } from '../../deps.ts';

/**
 * Accounts as the secretariat sees them, ordered by e-mail: with the name of the person each stands
 * for, how many of its sessions are open now and when the latest one still on record began.
 */
export async function readAccounts(db: Queryable, now: Date, where?: SQL): Promise<UserAccount[]> {
  const rows = await db
    .select({
      id: users.id,
      version: users.version,
      email: users.email,
      role: users.role,
      personId: users.personId,
      personName: people.name,
      locale: users.locale,
      createdAt: users.createdAt,
      disabledAt: users.disabledAt,
      openSessions: sql<number>`(select count(*)::int from ${sessions} s
        where s.user_id = ${users.id} and s.expires_at > ${now.toISOString()}::timestamptz)`.mapWith(Number),
      lastSessionAt: sql<Date | null>`(select max(s.created_at) from ${sessions} s
        where s.user_id = ${users.id})`.mapWith(sessions.createdAt),
    })
    .from(users)
    .leftJoin(people, eq(people.id, users.personId))
    .where(where)
    .orderBy(asc(users.email));
  return rows.map((r) => ({
    ...r,
    createdAt: r.createdAt.toISOString(),
    disabledAt: r.disabledAt?.toISOString() ?? null,
    lastSessionAt: r.lastSessionAt ? new Date(r.lastSessionAt).toISOString() : null,
  }));
}

/** Case-insensitive: the e-mail, or any language version of the name, holds the query; names also by their search key, so "Norov" finds "Норов". */
function matches(account: UserAccount, q: string): boolean {
  const lower = q.toLowerCase();
  if (account.email.toLowerCase().includes(lower)) return true;
  if (!account.personName) return false;
  const key = skeleton(q);
  return Object.values(account.personName.texts).some(
    (t) => t.text.toLowerCase().includes(lower) || (key !== '' && skeleton(t.text).includes(key)),
  );
}

/**
 * The secretariat's list of every account, optionally only the active or the disabled ones, and
 * those whose e-mail or name holds `q`. Accounts are few (the secretariat and the people who take
 * part), so the text filter runs here, where case folding knows every alphabet of the region.
 */
export async function listUsers(deps: Pick<Deps, 'db' | 'clock'>, query: UserListQuery): Promise<UserAccount[]> {
  const where =
    query.state === 'active'
      ? isNull(users.disabledAt)
      : query.state === 'disabled'
        ? isNotNull(users.disabledAt)
        : undefined;
  const accounts = await readAccounts(deps.db, deps.clock(), where);
  const q = query.q?.trim();
  return q ? accounts.filter((a) => matches(a, q)) : accounts;
}
