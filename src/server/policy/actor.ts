import type { CurrentUser } from '../../shared/contracts/accounts.ts';

/** Who is asking: a signed-in user, or nobody. Resolved once per request from the session cookie. */
export interface Actor {
  user: CurrentUser | null;
  sessionId: string | null;
  csrfToken: string | null;
}

export const ANONYMOUS: Actor = { user: null, sessionId: null, csrfToken: null };
export const isAdmin = (actor: Actor): boolean => actor.user?.role === 'admin';
