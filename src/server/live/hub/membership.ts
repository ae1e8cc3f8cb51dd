import type { Deps } from '../../deps.ts';
import { closeForRights } from './rights-ended.ts';
import type { Subscription } from './subscription.ts';

/** Events after which a room's subscribers are checked again: someone may have been taken out. */
export const MEMBERSHIP_EVENT = /^(participant|dialogue)\.(updated|deleted)$/;

/**
 * A subscriber no longer inside the dialogue hears nothing more from it. A check that fails (the
 * database is down, a query broke) fails closed: the subscriber is taken out as if refused, and
 * its client reconnects and is asked again at subscribe. Once per person, however many connections.
 */
export async function recheckMembers(
  deps: Pick<Deps, 'log'>,
  dialogueId: string,
  subs: readonly Subscription[],
  remove: (sub: Subscription) => void,
): Promise<number> {
  const verdicts = new Map<string, Promise<boolean>>();
  let removed = 0;
  for (const sub of subs) {
    let verdict = verdicts.get(sub.userId);
    if (!verdict) {
      verdict = sub.stillInside().catch((err: unknown) => {
        deps.log.error(
          { err, dialogueId, userId: sub.userId },
          'live: membership re-check failed; closing the subscription',
        );
        return false;
      });
      verdicts.set(sub.userId, verdict);
    }
    if (await verdict) continue;
    remove(sub);
    closeForRights(sub.socket, 4003, 'no longer in this dialogue');
    removed += 1;
  }
  return removed;
}
