import { eq } from 'drizzle-orm';
import { sessions } from '../db/schema.ts';
import type { Deps } from '../deps.ts';
import { ACCOUNTS_STREAM, appendEvent } from '../events/append-event.ts';
import { write } from '../events/write.ts';
import type { Actor } from '../policy/actor.ts';

export async function signOut(deps: Deps, { actor }: { actor: Actor }): Promise<void> {
  if (!actor.sessionId) return;
  await write(deps.db, async (tx) => {
    await tx.delete(sessions).where(eq(sessions.id, actor.sessionId!));
    await appendEvent(tx, {
      stream: ACCOUNTS_STREAM,
      type: 'session.deleted',
      actorId: actor.user?.id ?? null,
      payload: {},
    });
  });
}
