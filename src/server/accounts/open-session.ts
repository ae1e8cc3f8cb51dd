import type { SessionInfo } from '../../shared/contracts/accounts.ts';
import { sessions, type users } from '../db/schema.ts';
import type { Deps } from '../deps.ts';
import { ACCOUNTS_STREAM, appendEvent } from '../events/append-event.ts';
import { write } from '../events/write.ts';
import { newToken, tokenHash } from './tokens.ts';
import { presentUser } from './present-user.ts';

/** Opens a server-side session for a user who proved who they are. The token is returned once; only its hash is stored. */
export async function openSession(
  deps: Pick<Deps, 'db' | 'config'>,
  user: typeof users.$inferSelect,
  how: string,
): Promise<{ token: string; session: SessionInfo }> {
  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(Date.now() + deps.config.sessionTtlHours * 3_600_000);
  await write(deps.db, async (tx) => {
    await tx.insert(sessions).values({ id: tokenHash(token), userId: user.id, csrfToken, expiresAt });
    await appendEvent(tx, {
      stream: ACCOUNTS_STREAM,
      type: 'session.created',
      actorId: user.id,
      payload: { userId: user.id, how },
    });
  });
  return { token, session: { user: presentUser(user), csrfToken, expiresAt: expiresAt.toISOString() } };
}
