import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Material } from '../../shared/contracts/materials.ts';
import { AppError } from '../../shared/errors.ts';
import { materials, materialVersions } from '../db/schema.ts';
import type { Deps } from '../deps.ts';
import { appendEvent } from '../events/append-event.ts';
import { write } from '../events/write.ts';
import type { Actor } from '../policy/actor.ts';
import { enqueueExtraction, startExtraction } from './extract.ts';
import { MEDIA_TYPES } from './file-type.ts';
import { loadMaterial, presentInside } from './load.ts';
import { receiveFile } from './receive-file.ts';
import { reindexMaterial } from './search-entries.ts';
import { discardUpload, guardChunks, withdrawGuard } from './orphans.ts';
import { writeChunksFromFile } from './storage.ts';

/**
 * A new upload of a material is a new version; the earlier ones stay, readable by insiders. What
 * outsiders get does not move: they keep the version that was marked public until one is again.
 */
export async function uploadVersion(
  deps: Deps,
  args: { actor: Actor; id: string; fileName: string; version: number; req: FastifyRequest },
): Promise<Material> {
  const found = await loadMaterial(deps.db, args.id);
  if (!found) throw new AppError('not_found');
  if (found.row.version !== args.version) throw new AppError('version_conflict');
  const file = await receiveFile(args.req, deps.config.materialMaxBytes);
  const versionId = randomUUID();
  try {
    await guardChunks(deps.db, versionId, deps.clock());
    await writeChunksFromFile(deps.db, versionId, 'original', file.spool.path);
    await write(deps.db, async (tx) => {
      const [row] = await tx
        .update(materials)
        .set({
          version: found.row.version + 1,
          currentVersion: found.row.currentVersion + 1,
          updatedAt: deps.clock(),
        })
        .where(and(eq(materials.id, args.id), eq(materials.version, args.version)))
        .returning();
      if (!row) throw new AppError('version_conflict');
      await tx.insert(materialVersions).values({
        id: versionId,
        materialId: args.id,
        number: row.currentVersion,
        fileName: args.fileName,
        type: file.type,
        mediaType: MEDIA_TYPES[file.type],
        size: file.size,
        sha256: file.sha256,
        uploadedBy: args.actor.user?.id ?? null,
      });
      // The old version's text leaves the index now; the new one's arrives with its extraction.
      await reindexMaterial(tx, args.id);
      await enqueueExtraction(tx, versionId, deps.clock());
      await withdrawGuard(tx, versionId);
      await appendEvent(tx, {
        stream: row.dialogueId,
        dialogueId: row.dialogueId,
        type: 'material.version_uploaded',
        actorId: args.actor.user?.id ?? null,
        payload: { id: args.id, number: row.currentVersion, type: file.type, size: file.size },
      });
    });
  } catch (err) {
    await discardUpload(deps.db, versionId);
    await file.spool.dispose();
    throw err;
  }
  startExtraction(deps, versionId, file.spool);
  const loaded = await loadMaterial(deps.db, args.id);
  return presentInside(loaded!.row, loaded!.versions);
}
