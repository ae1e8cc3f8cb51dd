import { eq } from 'drizzle-orm';
import type { PublicationStatus } from '../../shared/contracts/enums.ts';
import type { Publication, PublicationTransition } from '../../shared/contracts/publishing.ts';
import { AppError } from '../../shared/errors.ts';
import { publications } from '../db/schema.ts';
import type { Deps } from '../deps.ts';
import { appendEvent } from '../events/append-event.ts';
import { write } from '../events/write.ts';
import { isAdmin, type Actor } from '../policy/actor.ts';
import { pendingClearances } from '../record/clearance/list-clearances.ts';
import { indexPublication } from './index-publication.ts';
import { lockPublication, presentPublication } from './publication-store.ts';
import { queueReviewRequests } from './review-request-mail.ts';
import { fixSignOffs, signingInstitutions } from './sign-offs.ts';
import { todayOf } from '../institutions/standing.ts';

/** Which moves the workflow allows: forward one step, or back. */
const MOVES: Record<PublicationStatus, readonly PublicationStatus[]> = {
  draft: ['in_review'],
  in_review: ['draft', 'approved'],
  approved: ['published', 'in_review', 'draft'],
  published: ['approved'],
};

/**
 * Moves a publication along draft → in review → approved → published, or back. Approval without
 * every institution's sign-off is the secretariat's call alone. Publishing sets the embargo: the
 * article is public from `publishAt`, and not a moment before. Sent for review, it asks the focal
 * points of the institutions that sign it off by e-mail (review-request-mail.ts).
 */
export async function transitionPublication(
  deps: Pick<Deps, 'db' | 'clock' | 'config' | 'mail'>,
  args: { actor: Actor; dialogueId: string; id: string; input: PublicationTransition },
): Promise<Publication> {
  let asked = 0;
  const result = await write(deps.db, async (tx) => {
    const row = await lockPublication(tx, args.dialogueId, args.id, args.input.version);
    const to = args.input.to;
    if (!MOVES[row.status].includes(to)) {
      throw new AppError(
        'conflict',
        `a ${row.status.replace('_', ' ')} publication cannot become ${to.replace('_', ' ')}`,
        [{ path: 'to', message: `not allowed from ${row.status}`, code: 'bad_transition' }],
      );
    }
    // Publishing cannot run ahead of clearance: not even the secretariat approves while texts wait.
    if (to === 'approved' || to === 'published') {
      const pending = await pendingClearances(tx, args.dialogueId);
      if (pending > 0) {
        throw new AppError(
          'conflict',
          `${pending} statements and outcomes under the Chatham House Rule wait for clearance`,
          [{ path: 'to', message: `${pending} texts wait for clearance`, code: 'awaiting_clearance' }],
        );
      }
    }
    if (to === 'approved' && row.status === 'in_review' && !isAdmin(args.actor)) {
      const full = await presentPublication(tx, row);
      if (full.approvals.some((a) => !a.approved)) {
        throw new AppError('conflict', 'some institutions have not approved this revision', [
          { path: 'to', message: 'awaiting approvals', code: 'awaiting_approvals' },
        ]);
      }
    }
    const now = deps.clock();
    const publishing = to === 'published';
    const signOffFixedAt =
      to === 'in_review' ? await fixSignOffs(tx, row, args.actor.user?.id ?? null, now) : row.signOffFixedAt;
    const [updated] = await tx
      .update(publications)
      .set({
        status: to,
        version: row.version + 1,
        updatedAt: new Date(),
        publishAt: publishing
          ? args.input.publishAt
            ? new Date(args.input.publishAt)
            : now
          : to === 'approved'
            ? null
            : row.publishAt,
        publishedAt: publishing ? now : row.publishedAt,
        signOffFixedAt,
      })
      .where(eq(publications.id, row.id))
      .returning();
    await indexPublication(tx, updated!);
    if (to === 'in_review')
      asked = await queueReviewRequests(
        tx,
        deps.config,
        updated!,
        await signingInstitutions(tx, updated!),
        todayOf(deps.clock),
      );
    await appendEvent(tx, {
      stream: args.dialogueId,
      dialogueId: args.dialogueId,
      type: 'publication.status_changed',
      actorId: args.actor.user?.id ?? null,
      payload: { id: row.id, from: row.status, to, publishAt: updated!.publishAt?.toISOString() ?? null },
    });
    return presentPublication(tx, updated!);
  });
  if (asked) deps.mail.wake(); // this instance's courier; the NOTIFY queueMail sent reaches every other one
  return result;
}
