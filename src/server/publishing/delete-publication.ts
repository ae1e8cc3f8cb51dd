import { eq } from 'drizzle-orm';
import { AppError } from '../../shared/errors.ts';
import { publications } from '../db/schema.ts';
import type { Deps } from '../deps.ts';
import { appendEvent } from '../events/append-event.ts';
import { write } from '../events/write.ts';
import type { Actor } from '../policy/actor.ts';
import { loadPublication } from './publication-store.ts';
import { replaceEntries } from '../search/entries.ts';

/** Deletes a publication that was never published; what was published is withdrawn, not erased. */
export async function deletePublication(
  deps: Pick<Deps, 'db' | 'clock'>,
  args: { actor: Actor; dialogueId: string; id: string; version?: number },
): Promise<void> {
  await write(deps.db, async (tx) => {
    const row = await loadPublication(tx, args.dialogueId, args.id);
    if (args.version !== undefined && row.version !== args.version)
      throw new AppError('version_conflict', `publication is at version ${row.version}`);
    if (row.status === 'published' || row.publishedAt)
      throw new AppError('conflict', 'a publication that was published is withdrawn, not deleted');
    await replaceEntries(tx, 'publication', row.id, []);
    await tx.delete(publications).where(eq(publications.id, row.id));
    await appendEvent(tx, {
      stream: args.dialogueId,
      dialogueId: args.dialogueId,
      type: 'publication.deleted',
      actorId: args.actor.user?.id ?? null,
      payload: { id: row.id },
    });
  });
}
