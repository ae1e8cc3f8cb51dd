import { eq } from 'drizzle-orm';
import type { SignOffChange } from '../../shared/contracts/institutions.ts';
import type { Publication } from '../../shared/contracts/publishing.ts';
import { AppError } from '../../shared/errors.ts';
import { organizations, publicationSignOffs, publications } from '../db/schema.ts';
import type { Deps } from '../deps.ts';
import { appendEvent } from '../events/append-event.ts';
import { write } from '../events/write.ts';
import type { Actor } from '../policy/actor.ts';
import { lockPublication, presentPublication } from './publication-store.ts';
import { signingInstitutions } from './sign-offs.ts';
import { inArray } from 'drizzle-orm';

/**
 * The secretariat changes which institutions sign a publication off, with a reason; the list is fixed
 * from then on even before a review. Each change is an Event naming the list before and after.
 * Approvals already given stay: an institution added must approve the current revision too.
 */
export async function changeSignOffs(
  deps: Pick<Deps, 'db' | 'clock'>,
  args: { actor: Actor; dialogueId: string; id: string; input: SignOffChange },
): Promise<Publication> {
  const { input } = args;
  return write(deps.db, async (tx) => {
    const row = await lockPublication(tx, args.dialogueId, args.id, input.version);
    if (row.status === 'published')
      throw new AppError('conflict', 'a published text is signed off already', [
        { path: 'organizationIds', message: 'the publication is published', code: 'published' },
      ]);
    const known = input.organizationIds.length
      ? await tx
          .select({ id: organizations.id })
          .from(organizations)
          .where(inArray(organizations.id, input.organizationIds))
      : [];
    const missing = input.organizationIds.findIndex((id) => !known.some((k) => k.id === id));
    if (missing >= 0)
      throw new AppError('validation_failed', 'no such institution', [
        { path: `organizationIds.${missing}`, message: 'no such institution', code: 'unknown_reference' },
      ]);
    const before = await signingInstitutions(tx, row);
    const after = [...input.organizationIds].sort();
    await tx.delete(publicationSignOffs).where(eq(publicationSignOffs.publicationId, row.id));
    if (after.length)
      await tx.insert(publicationSignOffs).values(
        after.map((organizationId) => ({
          publicationId: row.id,
          organizationId,
          addedBy: args.actor.user?.id ?? null,
        })),
      );
    const [updated] = await tx
      .update(publications)
      .set({ signOffFixedAt: row.signOffFixedAt ?? deps.clock(), version: row.version + 1, updatedAt: new Date() })
      .where(eq(publications.id, row.id))
      .returning();
    await appendEvent(tx, {
      stream: args.dialogueId,
      dialogueId: args.dialogueId,
      type: 'publication.sign_offs_changed',
      actorId: args.actor.user?.id ?? null,
      payload: { id: row.id, before, after, reason: input.reason },
    });
    return presentPublication(tx, updated!);
  });
}
