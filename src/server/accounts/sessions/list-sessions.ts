import { createHash } from 'node:crypto';
import { and, desc, eq, gt } from 'drizzle-orm';
import type { SessionSummary } from '../../../shared/contracts/accounts.ts';
import { AppError } from '../../../shared/errors.ts';
import type { Tx } from '../../db/database.ts';
import { sessions, users } from '../../db/schema.ts';
import type { Deps } from '../../deps.ts';
import { write } from '../../events/write.ts';
import { endSessionRows, type EndReason } from './end-sessions.ts';

/**
 * The name a session is shown by. The row's id is the hash of the cookie's token; this is a hash of
 * that hash, so it can be shown, logged and sent back without handing out anything that signs in or
 * that matches the table.
 */
export const sessionPublicId = (id: string): string =>
  createHash('sha256').update(`session:${id}`).digest('base64url').slice(0, 22);

async function assertUser(deps: Pick<Deps, 'db'>, userId: string): Promise<void> {
  const [user] = await deps.db.select({ id: users.id }).from(users).where(eq(users.id, userId));
  if (!user) throw new AppError('not_found', 'no such user');
}

/** A user's sessions that have not expired, newest first; `current` marks the caller's own. */
export async function listSessions(
  deps: Pick<Deps, 'db' | 'clock'>,
  userId: string,
  currentSessionId: string | null,
  { mustExist = false } = {},
): Promise<{ items: SessionSummary[] }> {
  if (mustExist) await assertUser(deps, userId);
  const rows = await deps.db
    .select({ id: sessions.id, createdAt: sessions.createdAt, expiresAt: sessions.expiresAt })
    .from(sessions)
    .where(and(eq(sessions.userId, userId), gt(sessions.expiresAt, deps.clock())))
    .orderBy(desc(sessions.createdAt));
  return {
    items: rows.map((r) => ({
      id: sessionPublicId(r.id),
      createdAt: r.createdAt.toISOString(),
      expiresAt: r.expiresAt.toISOString(),
      current: r.id === currentSessionId,
    })),
  };
}

/** Ends one session of a user, named by its public id; 404 when the user has no such session. */
export async function endOneSession(
  deps: Pick<Deps, 'db'>,
  userId: string,
  publicId: string,
  meta: { reason: EndReason; actorId: string | null },
): Promise<{ ended: string }> {
  return write(deps.db, async (tx: Tx) => {
    const mine = await tx.select({ id: sessions.id }).from(sessions).where(eq(sessions.userId, userId));
    const row = mine.find((r) => sessionPublicId(r.id) === publicId);
    if (!row) throw new AppError('not_found', 'no such session');
    await endSessionRows(tx, { userId, ids: [row.id] }, meta);
    return { ended: row.id };
  });
}

/** Ends every session of a user (the secretariat's button); 404 for a user that does not exist. */
export async function endAllSessions(
  deps: Pick<Deps, 'db'>,
  userId: string,
  meta: { reason: EndReason; actorId: string | null; except?: string | null },
): Promise<void> {
  await assertUser(deps, userId);
  await write(deps.db, (tx) => endSessionRows(tx, { userId, except: meta.except ?? null }, meta));
}
