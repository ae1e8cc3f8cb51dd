import { and, eq, gt, isNull } from 'drizzle-orm';
import { sessions, users } from '../db/schema.ts';
import type { Db } from '../db/database.ts';
import { ANONYMOUS, type Actor } from '../policy/actor.ts';
import { presentUser } from './present-user.ts';
import { tokenHash } from './tokens.ts';

export const SESSION_COOKIE = 'ed_session';

/** The actor behind a session cookie; anonymous when there is none or it has expired. */
export async function resolveActor(db: Db, token: string | undefined): Promise<Actor> {
  if (!token || token.length > 100) return ANONYMOUS;
  return (await resolveSession(db, tokenHash(token))) ?? ANONYMOUS;
}

/**
 * The actor of a session named by its id (the token's hash), or null once it has ended or expired,
 * or its account is disabled: one lookup by primary key. The live channel asks again before each
 * action of a socket.
 */
export async function resolveSession(db: Db, id: string): Promise<Actor | null> {
  const [row] = await db
    .select({ user: users, csrfToken: sessions.csrfToken })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, id), gt(sessions.expiresAt, new Date()), isNull(users.disabledAt)));
  if (!row) return null;
  return { user: presentUser(row.user), sessionId: id, csrfToken: row.csrfToken };
}
