import { and, desc, eq } from 'drizzle-orm';
import type { Publication } from '../../shared/contracts/publishing.ts';
import { AppError } from '../../shared/errors.ts';
import { publicationRevisions, publications } from '../db/schema.ts';
import type { Deps } from '../deps.ts';
import { appendEvent } from '../events/append-event.ts';
import { write } from '../events/write.ts';
import type { Actor } from '../policy/actor.ts';
import { generateFromRecord } from './generate/generate.ts';
import { indexPublication } from './index-publication.ts';
import { addRevision, lockPublication, presentPublication } from './publication-store.ts';

/**
 * Writes the publication again from the current record, as a new revision. When the current text
 * holds edits made by hand, it asks first: the caller must say the edits may be set aside (they
 * stay in the history, and a diff shows them).
 */
export async function regeneratePublication(
  deps: Pick<Deps, 'db' | 'clock'>,
  args: { actor: Actor; dialogueId: string; id: string; version: number; discardEdits: boolean },
): Promise<Publication> {
  return write(deps.db, async (tx) => {
    const row = await lockPublication(tx, args.dialogueId, args.id, args.version);
    if (row.status === 'published')
      throw new AppError('conflict', 'withdraw the article before regenerating it', [
        { path: 'status', message: 'is published', code: 'published' },
      ]);
    const [head] = await tx
      .select({ origin: publicationRevisions.origin })
      .from(publicationRevisions)
      .where(eq(publicationRevisions.publicationId, row.id))
      .orderBy(desc(publicationRevisions.n))
      .limit(1);
    if (head?.origin === 'edited' && !args.discardEdits) {
      throw new AppError(
        'conflict',
        `revision ${row.revision} was edited by hand; regenerate with discardEdits to set those edits aside`,
        [{ path: 'discardEdits', message: 'the current text has manual edits', code: 'manual_edits' }],
      );
    }
    const generated = await generateFromRecord(tx, args.dialogueId, row.kind, row.language, deps.clock());
    let updated = row;
    if (generated.title !== row.title || generated.body !== row.body) {
      updated = await addRevision(tx, row, {
        origin: 'generated',
        title: generated.title,
        body: generated.body,
        authorId: args.actor.user?.id ?? null,
        writtenIn: generated.writtenIn,
      });
      if (row.status === 'approved') {
        [updated] = (await tx
          .update(publications)
          .set({ status: 'in_review' })
          .where(and(eq(publications.id, row.id)))
          .returning()) as [typeof row];
      }
    }
    await indexPublication(tx, updated);
    await appendEvent(tx, {
      stream: args.dialogueId,
      dialogueId: args.dialogueId,
      type: 'publication.regenerated',
      actorId: args.actor.user?.id ?? null,
      payload: { id: row.id, revision: updated.revision },
    });
    return presentPublication(tx, updated);
  });
}
