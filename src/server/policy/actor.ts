import type { CurrentUser } from '../../shared/contracts/accounts.ts';
import { AppError } from '../../shared/errors.ts';

/** Who is asking: a signed-in user, or nobody. Resolved once per request from the session cookie. */
export interface Actor {
  user: CurrentUser | null;
  sessionId: string | null;
  csrfToken: string | null;
}

export const ANONYMOUS: Actor = { user: null, sessionId: null, csrfToken: null };
export const isAdmin = (actor: Actor): boolean => actor.user?.role === 'admin';

/**
 * The signed-in user's id, for routes whose policy admits only the signed in: the policy has answered
 * 401 before such a handler runs, so this throws only if a route's action and handler disagree.
 */
export function userIdOf(actor: Actor): string {
  if (!actor.user) throw new AppError('unauthenticated');
  return actor.user.id;
}
