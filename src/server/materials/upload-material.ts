import { randomUUID } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Material, MaterialUploadQuery } from '../../shared/contracts/materials.ts';
import { AppError } from '../../shared/errors.ts';
import { assertIdsExist } from '../crud/links.ts';
import { agendaItems, materials, materialVersions, organizations, outcomes, statements } from '../db/schema.ts';
import type { Deps } from '../deps.ts';
import { appendEvent } from '../events/append-event.ts';
import { write } from '../events/write.ts';
import type { Actor } from '../policy/actor.ts';
import { MEDIA_TYPES } from './file-type.ts';
import { enqueueExtraction, startExtraction } from './extract.ts';
import { loadMaterial, presentInside } from './load.ts';
import { receiveFile } from './receive-file.ts';
import { discardUpload, guardChunks, withdrawGuard } from './orphans.ts';
import { writeChunksFromFile } from './storage.ts';

async function assertRoom(deps: Deps, dialogueId: string) {
  const [row] = await deps.db.select({ n: count() }).from(materials).where(eq(materials.dialogueId, dialogueId));
  if ((row?.n ?? 0) >= deps.config.materialsPerDialogue)
    throw new AppError('conflict', `a dialogue holds at most ${deps.config.materialsPerDialogue} materials`, [
      { path: '', message: 'too many materials', code: 'too_many', params: { max: deps.config.materialsPerDialogue } },
    ]);
}

/**
 * Attaches a new material (its first version) to a dialogue or one of its records. The file is
 * received onto local disk and checked first; its chunks are written one statement at a time; then one
 * short transaction makes the material, its version, the extraction job and the event. A failure after
 * the chunks removes them; a crash leaves them to the guard job (orphans.ts).
 */
export async function uploadMaterial(
  deps: Deps,
  args: { actor: Actor; dialogueId: string; query: MaterialUploadQuery; req: FastifyRequest },
): Promise<Material> {
  const { query, dialogueId } = args;
  const anchors = [query.agendaItemId, query.statementId, query.outcomeId].filter(Boolean);
  if (anchors.length > 1)
    throw new AppError('validation_failed', 'a material belongs to one record at most', [
      { path: 'query.statementId', message: 'give one of agendaItemId, statementId, outcomeId', code: 'custom' },
    ]);
  const db = deps.db;
  const one = (id: string | undefined) => (id ? [id] : []);
  await assertIdsExist(
    db,
    agendaItems,
    one(query.agendaItemId),
    'query.agendaItemId',
    { column: agendaItems.dialogueId, value: dialogueId },
    true,
  );
  await assertIdsExist(
    db,
    statements,
    one(query.statementId),
    'query.statementId',
    { column: statements.dialogueId, value: dialogueId },
    true,
  );
  await assertIdsExist(
    db,
    outcomes,
    one(query.outcomeId),
    'query.outcomeId',
    { column: outcomes.dialogueId, value: dialogueId },
    true,
  );
  await assertIdsExist(db, organizations, one(query.organizationId), 'query.organizationId', undefined, true);
  await assertRoom(deps, dialogueId);

  const file = await receiveFile(args.req, deps.config.materialMaxBytes);
  const id = randomUUID();
  const versionId = randomUUID();
  try {
    await guardChunks(db, versionId, deps.clock());
    await writeChunksFromFile(db, versionId, 'original', file.spool.path);
    await write(db, async (tx) => {
      const title = query.title ?? query.fileName.replace(/\.[^.]+$/, '');
      await tx.insert(materials).values({
        id,
        dialogueId,
        agendaItemId: query.agendaItemId ?? null,
        statementId: query.statementId ?? null,
        outcomeId: query.outcomeId ?? null,
        title: { original: query.language, texts: { [query.language]: { text: title, checked: true } } },
        language: query.language,
        kind: query.kind,
        organizationId: query.organizationId ?? null,
        createdBy: args.actor.user?.id ?? null,
      });
      await tx.insert(materialVersions).values({
        id: versionId,
        materialId: id,
        number: 1,
        fileName: query.fileName,
        type: file.type,
        mediaType: MEDIA_TYPES[file.type],
        size: file.size,
        sha256: file.sha256,
        uploadedBy: args.actor.user?.id ?? null,
      });
      await enqueueExtraction(tx, versionId, deps.clock());
      await withdrawGuard(tx, versionId);
      await appendEvent(tx, {
        stream: dialogueId,
        dialogueId,
        type: 'material.uploaded',
        actorId: args.actor.user?.id ?? null,
        payload: { id, number: 1, type: file.type, size: file.size },
      });
    });
  } catch (err) {
    await discardUpload(db, versionId);
    await file.spool.dispose();
    throw err;
  }
  startExtraction(deps, versionId, file.spool);
  const loaded = await loadMaterial(db, id);
  return presentInside(loaded!.row, loaded!.versions);
}
