import type { Deps } from '../deps.ts';
import { write } from '../events/write.ts';
import type { Actor } from '../policy/actor.ts';
import { endSessionRows } from './sessions/end-sessions.ts';

/** Ends the caller's session, and with it the live sockets it opened, on every instance. */
export async function signOut(deps: Deps, { actor }: { actor: Actor }): Promise<void> {
  const { sessionId, user } = actor;
  if (!sessionId || !user) return;
  await write(deps.db, (tx) =>
    endSessionRows(tx, { userId: user.id, ids: [sessionId] }, { reason: 'signed_out', actorId: user.id }),
  );
}
