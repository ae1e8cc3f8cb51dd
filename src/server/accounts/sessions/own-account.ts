import { and, desc, eq } from 'drizzle-orm';
import type { CalendarFeedState, PasskeySummary } from '../../../shared/contracts/accounts.ts';
import { AppError } from '../../../shared/errors.ts';
import { calendarFeeds, passkeys } from '../../db/schema.ts';
import type { Deps } from '../../deps.ts';
import { ACCOUNTS_STREAM, appendEvent } from '../../events/append-event.ts';
import { write } from '../../events/write.ts';

/** The caller's passkeys: the credential id (public by nature), when it was added, how it travels. */
export async function listPasskeys(deps: Pick<Deps, 'db'>, userId: string): Promise<{ items: PasskeySummary[] }> {
  const rows = await deps.db
    .select({ id: passkeys.id, createdAt: passkeys.createdAt, transports: passkeys.transports })
    .from(passkeys)
    .where(eq(passkeys.userId, userId))
    .orderBy(desc(passkeys.createdAt));
  return { items: rows.map((r) => ({ id: r.id, createdAt: r.createdAt.toISOString(), transports: r.transports })) };
}

/** Removes one of the caller's passkeys; another user's answers as one that does not exist. */
export async function removePasskey(deps: Pick<Deps, 'db'>, userId: string, id: string): Promise<void> {
  await write(deps.db, async (tx) => {
    const gone = await tx
      .delete(passkeys)
      .where(and(eq(passkeys.id, id), eq(passkeys.userId, userId)))
      .returning({ id: passkeys.id });
    if (gone.length === 0) throw new AppError('not_found', 'no such passkey');
    await appendEvent(tx, { stream: ACCOUNTS_STREAM, type: 'passkey.deleted', actorId: userId, payload: { userId } });
  });
}

/** Whether the caller has a private calendar address, and since when (only its hash is kept: it cannot be shown again). */
export async function calendarFeedState(deps: Pick<Deps, 'db'>, userId: string): Promise<CalendarFeedState> {
  const [row] = await deps.db
    .select({ createdAt: calendarFeeds.createdAt })
    .from(calendarFeeds)
    .where(eq(calendarFeeds.userId, userId));
  return { createdAt: row?.createdAt.toISOString() ?? null };
}
