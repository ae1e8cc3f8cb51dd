import { and, eq } from 'drizzle-orm';
import type { Material, MaterialType, MaterialUpdate } from '../../shared/contracts/materials.ts';
import { AppError } from '../../shared/errors.ts';
import { materials, materialVersions } from '../db/schema.ts';
import type { Deps } from '../deps.ts';
import { appendEvent } from '../events/append-event.ts';
import { write } from '../events/write.ts';
import type { Actor } from '../policy/actor.ts';
import { loadMaterial, presentInside, type VersionRow } from './load.ts';
import { reindexMaterial } from './search-entries.ts';
import { makeSpool } from './spool.ts';
import { copyToFile, deleteChunks, writeChunksFromFile } from './storage.ts';
import { stripInWorker } from './work/pool.ts';

/**
 * Edits a material's title, language or kind, or marks it public (or private again). Marking public
 * releases the current version: its public copy is made first, with the people in its document
 * properties removed (in every dialogue: those fields name people, whatever the rule), and outsiders
 * get that copy. It is a clearance: under the Chatham House Rule it is the only way a material leaves.
 */
export async function updateMaterial(
  deps: Deps,
  args: { actor: Actor; id: string; input: MaterialUpdate },
): Promise<Material> {
  const found = await loadMaterial(deps.db, args.id);
  if (!found) throw new AppError('not_found');
  const { row, versions } = found;
  if (row.version !== args.input.version) throw new AppError('version_conflict');
  const releasing = args.input.public === true && row.publicVersion !== row.currentVersion;
  const current = versions.find((v) => v.number === row.currentVersion)!;
  // A public copy counts once its size and hash are recorded; a half-written one is made again.
  if (releasing && current.publicSha256 === null) await makePublicCopy(deps, current);
  await write(deps.db, async (tx) => {
    const [updated] = await tx
      .update(materials)
      .set({
        version: row.version + 1,
        updatedAt: deps.clock(),
        ...(args.input.title ? { title: args.input.title } : {}),
        ...(args.input.language ? { language: args.input.language } : {}),
        ...(args.input.kind ? { kind: args.input.kind } : {}),
        ...(args.input.public === true && releasing
          ? { publicVersion: row.currentVersion, publicAt: deps.clock(), publicBy: args.actor.user?.id ?? null }
          : {}),
        ...(args.input.public === false ? { publicVersion: null, publicAt: null, publicBy: null } : {}),
      })
      .where(and(eq(materials.id, args.id), eq(materials.version, args.input.version)))
      .returning();
    if (!updated) throw new AppError('version_conflict');
    await reindexMaterial(tx, args.id);
    await appendEvent(tx, {
      stream: row.dialogueId,
      dialogueId: row.dialogueId,
      type: releasing ? 'material.released' : args.input.public === false ? 'material.withdrawn' : 'material.updated',
      actorId: args.actor.user?.id ?? null,
      payload: { id: args.id, ...(releasing ? { number: row.currentVersion } : {}) },
    });
  });
  // The news site lists released materials under their article: its cached pages go stale now.
  if (args.input.public !== undefined) deps.pages.clear();
  const loaded = await loadMaterial(deps.db, args.id);
  return presentInside(loaded!.row, loaded!.versions);
}

/** The copy outsiders get, stripped of the people in its metadata in the worker thread, file to file. */
async function makePublicCopy(deps: Deps, current: VersionRow): Promise<void> {
  const spool = await makeSpool();
  try {
    await copyToFile(deps.db, current.id, 'original', spool.path);
    let made: { size: number; sha256: string };
    try {
      made = await stripInWorker(current.type as MaterialType, spool.path, spool.beside('public'));
    } catch (err) {
      throw new AppError('file_unsafe', `its metadata could not be removed: ${(err as Error).message}`, [
        { path: 'public', message: 'the public copy could not be made', code: 'strip_failed' },
      ]);
    }
    await deleteChunks(deps.db, current.id, 'public');
    await writeChunksFromFile(deps.db, current.id, 'public', spool.beside('public'));
    await deps.db
      .update(materialVersions)
      .set({ publicSize: made.size, publicSha256: made.sha256 })
      .where(eq(materialVersions.id, current.id));
  } finally {
    await spool.dispose();
  }
}
