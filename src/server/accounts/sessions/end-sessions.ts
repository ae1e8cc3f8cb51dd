import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Queryable, Tx } from '../../db/database.ts';
import { sessions } from '../../db/schema.ts';
import { ACCOUNTS_STREAM, appendEvent } from '../../events/append-event.ts';

/**
 * The channel that carries ended sessions' ids (comma-separated) to every instance's live hub, which
 * closes their sockets. NOTIFY is delivered when, and only if, the ending transaction commits.
 */
export const SESSIONS_CHANNEL = 'live_sessions';
/** NOTIFY payloads must stay under 8,000 bytes: 100 ids of 64 hex digits and their commas. */
const IDS_PER_NOTIFY = 100;

/** Tells every instance (this one too) that these sessions have ended, once the transaction commits. */
export async function announceEnded(tx: Queryable, ids: readonly string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += IDS_PER_NOTIFY)
    await tx.execute(sql`select pg_notify(${SESSIONS_CHANNEL}, ${ids.slice(i, i + IDS_PER_NOTIFY).join(',')})`);
}

export type EndReason =
  'signed_out' | 'password_reset' | 'role_changed' | 'account_disabled' | 'ended_by_user' | 'ended_by_admin';

/** Deletes the rows, announces them and leaves one event on the accounts stream, all in `tx`. */
export async function endSessionRows(
  tx: Tx,
  where: { userId: string; ids?: readonly string[]; except?: string | null },
  meta: { reason: EndReason; actorId: string | null },
): Promise<string[]> {
  const conditions = [eq(sessions.userId, where.userId)];
  if (where.except) conditions.push(ne(sessions.id, where.except));
  if (where.ids) {
    if (where.ids.length === 0) return [];
    conditions.push(inArray(sessions.id, [...where.ids]));
  }
  const ended = (
    await tx
      .delete(sessions)
      .where(and(...conditions))
      .returning({ id: sessions.id })
  ).map((r) => r.id);
  if (ended.length === 0) return [];
  await announceEnded(tx, ended);
  await appendEvent(tx, {
    stream: ACCOUNTS_STREAM,
    type: 'session.ended',
    actorId: meta.actorId,
    payload: { userId: where.userId, count: ended.length, reason: meta.reason },
  });
  return ended;
}

/**
 * Ends every session of a user (but `except`, the caller's own, when given), live sockets included,
 * on every instance. Call it inside the transaction that resets the password or changes the role
 * (`{ db: tx }`), so the sessions end exactly when that change commits; given the database, it runs
 * its own transaction. Returns how many sessions ended.
 */
export async function endSessions(
  deps: { db: Queryable },
  userId: string,
  options: { except?: string | null; reason?: EndReason; actorId?: string | null } = {},
): Promise<number> {
  const ended = await deps.db.transaction((tx) =>
    endSessionRows(
      tx as Tx,
      { userId, except: options.except ?? null },
      { reason: options.reason ?? 'password_reset', actorId: options.actorId ?? null },
    ),
  );
  return ended.length;
}
