import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { sessions, users } from '../db/schema.ts';
import type { Db } from '../db/database.ts';
import { ANONYMOUS, type Actor } from '../policy/actor.ts';
import { presentUser } from './present-user.ts';
import { tokenHash } from './tokens.ts';

export const SESSION_COOKIE = 'ed_session';

/** The id a session cookie names (the token's hash), or null when there is no plausible token. */
export function sessionIdOf(token: string | undefined): string | null {
  return !token || token.length > 100 ? null : tokenHash(token);
}

/** The actor behind a session cookie; anonymous when there is none or it has expired. */
export async function resolveActor(db: Db, token: string | undefined): Promise<Actor> {
  const id = sessionIdOf(token);
  return (id === null ? null : await resolveSession(db, id)) ?? ANONYMOUS;
}

function sessionQuery(db: Db) {
  return db
    .select({ user: users, csrfToken: sessions.csrfToken })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, sql.placeholder('id')), gt(sessions.expiresAt, sql`now()`), isNull(users.disabledAt)));
}

/** Prepared once per database: every request with a cookie, and every live message, asks it. */
const prepared = new WeakMap<Db, ReturnType<ReturnType<typeof sessionQuery>['prepare']>>();

/**
 * The actor of a session named by its id (the token's hash), or null once it has ended or expired,
 * or its account is disabled: one lookup by primary key. The live channel asks again before each
 * action of a socket.
 */
export async function resolveSession(db: Db, id: string): Promise<Actor | null> {
  let query = prepared.get(db);
  if (!query) prepared.set(db, (query = sessionQuery(db).prepare('resolve_session')));
  const [row] = await query.execute({ id });
  return row ? sessionActor(row, id) : null;
}

/** The actor of a session's row: its user as presented, the session's id and its CSRF token. */
export function sessionActor(row: { user: typeof users.$inferSelect; csrfToken: string }, sessionId: string): Actor {
  return { user: presentUser(row.user), sessionId, csrfToken: row.csrfToken };
}
