import type { FastifyReply, FastifyRequest } from 'fastify';
import { and, eq } from 'drizzle-orm';
import type { MaterialType } from '../../shared/contracts/materials.ts';
import { AppError } from '../../shared/errors.ts';
import { materialVersions } from '../db/schema.ts';
import type { Deps } from '../deps.ts';
import type { Actor } from '../policy/actor.ts';
import { audienceOf, type DialogueAccess } from '../policy/dialogue-access.ts';
import { INLINE_TYPES } from './file-type.ts';
import { readMaterial } from './read-material.ts';
import { serveFile } from './serve-file.ts';
import { copySize, readAll } from './storage.ts';

/**
 * The file of a material: insiders any version's original, outsiders only the public copy of the
 * version that was marked public, named as the outside view names it.
 */
export async function downloadMaterial(
  deps: Deps,
  args: {
    actor: Actor;
    access: DialogueAccess;
    id: string;
    number?: number;
    attachment: boolean;
    req: FastifyRequest;
    reply: FastifyReply;
  },
): Promise<FastifyReply> {
  const material = await readMaterial(deps, args);
  const inside = audienceOf(args.actor, args.access) === 'inside';
  const shown = material.versions.find((v) => v.number === (args.number ?? material.current.number));
  if (!shown) throw new AppError('not_found');
  const [row] = await deps.db
    .select()
    .from(materialVersions)
    .where(and(eq(materialVersions.materialId, material.id), eq(materialVersions.number, shown.number)));
  if (!row) throw new AppError('not_found');
  const type = row.type as MaterialType;
  return serveFile(deps.db, args.req, args.reply, {
    versionId: row.id,
    copy: inside ? 'original' : 'public',
    size: shown.size,
    sha256: shown.sha256,
    mediaType: row.mediaType,
    fileName: shown.fileName,
    inline: INLINE_TYPES.has(type) && !args.attachment,
    cache: inside ? 'no-store' : 'no-cache',
  });
}

/** The first-page image (PDF) or the embedded thumbnail (DOCX, PPTX), for those who may read the file. */
export async function previewMaterial(
  deps: Deps,
  args: { actor: Actor; access: DialogueAccess; id: string; req: FastifyRequest; reply: FastifyReply },
): Promise<FastifyReply> {
  const material = await readMaterial(deps, args);
  if (!material.current.preview) throw new AppError('not_found');
  const [row] = await deps.db
    .select()
    .from(materialVersions)
    .where(and(eq(materialVersions.materialId, material.id), eq(materialVersions.number, material.current.number)));
  if (!row) throw new AppError('not_found');
  const head = (await readAll(deps.db, row.id, 'preview')).subarray(0, 4);
  const inside = audienceOf(args.actor, args.access) === 'inside';
  return serveFile(deps.db, args.req, args.reply, {
    versionId: row.id,
    copy: 'preview',
    size: await copySize(deps.db, row.id, 'preview'),
    sha256: `${material.current.sha256.slice(0, 24)}preview`,
    mediaType: head[0] === 0x89 ? 'image/png' : 'image/jpeg',
    fileName: 'preview',
    inline: true,
    cache: inside ? 'no-store' : 'no-cache',
  });
}
