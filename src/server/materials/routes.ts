import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { materialContracts as C } from '../../shared/contracts/materials.ts';
import { materials } from '../db/schema.ts';
import type { Deps } from '../deps.ts';
import { serve, type AnyRoute } from '../http/route.ts';
import type { Subject } from '../policy/subject.ts';
import { deleteMaterial } from './delete-material.ts';
import { downloadMaterial, previewMaterial } from './download-material.ts';
import { listMaterials, readMaterial } from './read-material.ts';
import { updateMaterial } from './update-material.ts';
import { uploadMaterial } from './upload-material.ts';
import { uploadVersion } from './upload-version.ts';

/** A material's dialogue, for the policy: the route then reads the material as that dialogue's reader. */
const materialSubject = async (deps: Deps, params: { id: string }): Promise<Subject | null> => {
  const [row] = await deps.db
    .select({ dialogueId: materials.dialogueId })
    .from(materials)
    .where(eq(materials.id, params.id));
  return row ? { dialogueId: row.dialogueId, ownedByReader: false } : null;
};

const FILE_TYPES = ['application/pdf', 'application/octet-stream', 'image/png', 'image/jpeg', 'text/plain'];

export const materialRoutes: AnyRoute[] = [
  serve(C.list, {
    action: 'material.read',
    dialogueParam: 'id',
    tag: 'Materials',
    summary: "A dialogue's materials as the reader may see them (outsiders: those marked public, as released)",
    handler: async ({ actor, deps, dialogue }) => ({ items: await listMaterials(deps, { actor, access: dialogue }) }),
  }),
  serve(C.upload, {
    action: 'material.upload',
    dialogueParam: 'id',
    tag: 'Materials',
    summary:
      'Attach a file (the body, application/octet-stream; its type is read from its bytes) to the dialogue or one of its records',
    status: 201,
    handler: ({ params, query, actor, deps, req }) =>
      uploadMaterial(deps, { actor, dialogueId: params.id, query: query, req }),
  }),
  serve(C.get, {
    action: 'material.read',
    subject: materialSubject,
    tag: 'Materials',
    summary: 'One material as the reader may see it',
    handler: ({ params, actor, deps, dialogue }) => readMaterial(deps, { actor, access: dialogue, id: params.id }),
  }),
  serve(C.uploadVersion, {
    action: 'material.upload',
    subject: materialSubject,
    tag: 'Materials',
    summary: 'Upload a new version of a material; the earlier ones stay readable by insiders',
    status: 201,
    handler: ({ params, query, actor, deps, req }) =>
      uploadVersion(deps, { actor, id: params.id, fileName: query.fileName, version: query.version, req }),
  }),
  serve(C.update, {
    action: 'material.manage',
    subject: materialSubject,
    tag: 'Materials',
    summary: "Edit a material's title, language or kind, or mark it public (a clearance) or private again",
    handler: ({ params, body, actor, deps }) => updateMaterial(deps, { actor, id: params.id, input: body }),
  }),
  serve(C.remove, {
    action: 'material.manage',
    subject: materialSubject,
    tag: 'Materials',
    summary: 'Remove a material and every version of it',
    status: 204,
    handler: ({ params, query, actor, deps }) => deleteMaterial(deps, { actor, id: params.id, version: query.version }),
  }),
  serve(C.file, {
    action: 'material.read',
    subject: materialSubject,
    tag: 'Materials',
    summary: 'The file (Range, ETag); insiders may ask for an earlier version',
    produces: FILE_TYPES,
    file: true,
    handler: ({ params, query, actor, deps, dialogue, req, reply }) =>
      downloadMaterial(deps, {
        actor,
        access: dialogue,
        id: params.id,
        number: query.version,
        attachment: query.download === '1',
        req,
        reply,
      }),
  }),
  serve(C.preview, {
    action: 'material.read',
    subject: materialSubject,
    tag: 'Materials',
    summary: 'A preview image of the current version (PDF first page, or the thumbnail an office file embeds)',
    produces: ['image/png', 'image/jpeg'],
    file: true,
    handler: ({ params, actor, deps, dialogue, req, reply }) =>
      previewMaterial(deps, { actor, access: dialogue, id: params.id, req, reply }),
  }),
];

/**
 * Uploads are the file itself: the stream is handed to the use case unread, which enforces its own
 * limit (MATERIAL_MAX_MB) instead of the API's body limit.
 */
export function acceptFileBodies(fastify: FastifyInstance): void {
  fastify.addContentTypeParser('application/octet-stream', (_req, payload, done) => done(null, payload));
}
