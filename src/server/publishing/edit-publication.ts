import { eq } from 'drizzle-orm';
import type { Publication, PublicationUpdate } from '../../shared/contracts/publishing.ts';
import { AppError } from '../../shared/errors.ts';
import { publications } from '../db/schema.ts';
import type { Deps } from '../deps.ts';
import { appendEvent } from '../events/append-event.ts';
import { write } from '../events/write.ts';
import type { Actor } from '../policy/actor.ts';
import { indexPublication } from './index-publication.ts';
import { addRevision, lockPublication, presentPublication } from './publication-store.ts';

/**
 * Edits a publication by hand. A new title or body becomes a revision; text once approved goes
 * back to review, since the institutions approved other words, and published text is withdrawn first.
 */
export async function editPublication(
  deps: Pick<Deps, 'db' | 'clock'>,
  args: { actor: Actor; dialogueId: string; id: string; input: PublicationUpdate },
): Promise<Publication> {
  return write(deps.db, async (tx) => {
    let row = await lockPublication(tx, args.dialogueId, args.id, args.input.version);
    if (row.status === 'published' && (args.input.slug ?? row.slug) !== row.slug) {
      throw new AppError('conflict', 'a published article keeps its address', [
        { path: 'slug', message: 'cannot change once published', code: 'published' },
      ]);
    }
    const title = args.input.title ?? row.title;
    const body = args.input.body ?? row.body;
    const textChanged = title !== row.title || body !== row.body;
    // The institutions approved the published words: new words go back through review first.
    if (textChanged && row.status === 'published') {
      throw new AppError('conflict', 'withdraw the article before changing its text', [
        { path: 'body', message: 'is published', code: 'published' },
      ]);
    }
    if (textChanged)
      row = await addRevision(tx, row, { origin: 'edited', title, body, authorId: args.actor.user?.id ?? null });
    const status = textChanged && row.status === 'approved' ? 'in_review' : row.status;
    if (args.input.slug && args.input.slug !== row.slug) {
      const [clash] = await tx
        .select({ id: publications.id })
        .from(publications)
        .where(eq(publications.slug, args.input.slug));
      if (clash)
        throw new AppError('conflict', 'another publication has this address', [
          { path: 'slug', message: 'already taken', code: 'exists' },
        ]);
    }
    const [updated] = await tx
      .update(publications)
      .set({
        slug: args.input.slug ?? row.slug,
        zone: args.input.zone ?? row.zone,
        status,
        version: textChanged ? row.version : row.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(publications.id, row.id))
      .returning();
    await indexPublication(tx, updated!);
    await appendEvent(tx, {
      stream: args.dialogueId,
      dialogueId: args.dialogueId,
      type: 'publication.edited',
      actorId: args.actor.user?.id ?? null,
      payload: { id: row.id, revision: updated!.revision, status },
    });
    return presentPublication(tx, updated!);
  });
}
