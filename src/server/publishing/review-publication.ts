import { pendingClearances } from '../record/clearance/list-clearances.ts';
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Publication, ReviewCreate } from '../../shared/contracts/publishing.ts';
import { AppError } from '../../shared/errors.ts';
import { publicationReviews, publications } from '../db/schema.ts';
import type { Deps } from '../deps.ts';
import { appendEvent } from '../events/append-event.ts';
import { write } from '../events/write.ts';
import { isAdmin, type Actor } from '../policy/actor.ts';
import { lockPublication, presentPublication } from './publication-store.ts';
import { signingInstitutions } from './sign-offs.ts';
import { standingOf, todayOf, type Standing } from '../institutions/standing.ts';

/**
 * The institution a reviewer speaks for: one on the publication's sign-off list that they are the
 * focal point of today (a membership the secretariat keeps), or any on the list for the secretariat.
 */
function reviewerInstitution(
  actor: Actor,
  standing: Standing,
  asked: string | undefined,
  institutions: string[],
): string {
  const own = isAdmin(actor)
    ? institutions
    : institutions.filter((id) => (standing.get(id) ?? []).includes('focal_point'));
  if (asked) {
    if (!own.includes(asked))
      throw new AppError('validation_failed', 'not an institution you may review for', [
        {
          path: 'organizationId',
          message: 'not an institution on the sign-off list whose focal point you are',
          code: 'not_yours',
        },
      ]);
    return asked;
  }
  if (own.length === 1 && !isAdmin(actor)) return own[0]!;
  if (!own.length && !isAdmin(actor))
    throw new AppError('forbidden', 'you are not the focal point of an institution that signs this off', [
      {
        path: 'organizationId',
        message: 'no institution on the sign-off list has you as its focal point',
        code: 'not_focal_point',
      },
    ]);
  throw new AppError('validation_failed', 'say which institution this review is for', [
    { path: 'organizationId', message: 'required', code: 'required' },
  ]);
}

/**
 * A focal point approves the current revision for their institution, or comments on it. When
 * every institution has approved the current revision, the publication is approved.
 */
export async function reviewPublication(
  deps: Pick<Deps, 'db' | 'clock'>,
  args: { actor: Actor; dialogueId: string; id: string; input: ReviewCreate },
): Promise<Publication> {
  return write(deps.db, async (tx) => {
    const [current] = await tx
      .select({ version: publications.version })
      .from(publications)
      .where(and(eq(publications.id, args.id), eq(publications.dialogueId, args.dialogueId)));
    if (!current) throw new AppError('not_found', 'no such publication');
    let row = await lockPublication(tx, args.dialogueId, args.id, current.version);
    if (row.status !== 'in_review') {
      throw new AppError('conflict', 'only a publication in review takes reviews', [
        { path: 'decision', message: `the publication is ${row.status}`, code: 'not_in_review' },
      ]);
    }
    if (args.input.decision === 'approve') {
      const pending = await pendingClearances(tx, args.dialogueId);
      if (pending > 0)
        throw new AppError(
          'conflict',
          `${pending} statements and outcomes under the Chatham House Rule wait for clearance`,
          [{ path: 'decision', message: `${pending} texts wait for clearance`, code: 'awaiting_clearance' }],
        );
    }
    const institutions = await signingInstitutions(tx, row);
    const standing = await standingOf(tx, args.actor, todayOf(deps.clock));
    const organizationId = reviewerInstitution(args.actor, standing, args.input.organizationId, institutions);
    await tx.insert(publicationReviews).values({
      id: randomUUID(),
      publicationId: row.id,
      organizationId,
      userId: args.actor.user?.id ?? null,
      decision: args.input.decision,
      comment: args.input.comment || null,
      revision: row.revision,
    });
    const approved = new Set(
      (
        await tx
          .select({ org: publicationReviews.organizationId })
          .from(publicationReviews)
          .where(
            and(
              eq(publicationReviews.publicationId, row.id),
              eq(publicationReviews.revision, row.revision),
              eq(publicationReviews.decision, 'approve'),
            ),
          )
      ).map((r) => r.org),
    );
    const everyone = institutions.every((o) => approved.has(o));
    [row] = (await tx
      .update(publications)
      .set({ version: row.version + 1, updatedAt: new Date(), ...(everyone ? { status: 'approved' as const } : {}) })
      .where(eq(publications.id, row.id))
      .returning()) as [typeof row];
    await appendEvent(tx, {
      stream: args.dialogueId,
      dialogueId: args.dialogueId,
      type: 'publication.reviewed',
      actorId: args.actor.user?.id ?? null,
      payload: {
        id: row.id,
        organizationId,
        decision: args.input.decision,
        revision: row.revision,
        approved: everyone,
      },
    });
    return presentPublication(tx, row);
  });
}
