import { eq } from 'drizzle-orm';
import { AppError } from '../../shared/errors.ts';
import { materials } from '../db/schema.ts';
import type { Deps } from '../deps.ts';
import { appendEvent } from '../events/append-event.ts';
import { write } from '../events/write.ts';
import type { Actor } from '../policy/actor.ts';
import { loadMaterial } from './load.ts';
import { unindexMaterial } from './search-entries.ts';
import { deleteChunks } from './storage.ts';

/** Removes a material, every version, its bytes and its entries in the index. */
export async function deleteMaterial(deps: Deps, args: { actor: Actor; id: string; version?: number }): Promise<void> {
  const found = await loadMaterial(deps.db, args.id);
  if (!found) throw new AppError('not_found');
  if (args.version !== undefined && args.version !== found.row.version) throw new AppError('version_conflict');
  await write(deps.db, async (tx) => {
    await unindexMaterial(tx, args.id);
    await tx.delete(materials).where(eq(materials.id, args.id));
    await appendEvent(tx, {
      stream: found.row.dialogueId,
      dialogueId: found.row.dialogueId,
      type: 'material.deleted',
      actorId: args.actor.user?.id ?? null,
      payload: { id: args.id },
    });
  });
  for (const v of found.versions) await deleteChunks(deps.db, v.id);
}
