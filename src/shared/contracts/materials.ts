import { z } from 'zod';
import { DeleteQuery, Id, IdParams, IsoDateTime, Version } from '../common.ts';
import { materialEndpoints } from '../endpoints/materials.ts';
import { contract } from './contract.ts';
import { LanguageTag, MultiText } from '../multilingual.ts';

export const MaterialKind = z.enum(['paper', 'presentation', 'background_note', 'joint_statement', 'other']);
export type MaterialKind = z.infer<typeof MaterialKind>;

/** What a file is, decided from its bytes (and for OOXML and ODF, from the package's own declaration). */
export const MaterialType = z.enum(['pdf', 'docx', 'pptx', 'xlsx', 'odt', 'png', 'jpeg', 'gif', 'webp', 'text']);
export type MaterialType = z.infer<typeof MaterialType>;

/** Where a material belongs: the dialogue itself, or one record of it. */
export const MaterialAnchor = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('dialogue') }),
  z.strictObject({ kind: z.literal('agenda_item'), id: Id }),
  z.strictObject({ kind: z.literal('statement'), id: Id }),
  z.strictObject({ kind: z.literal('outcome'), id: Id }),
]);
export type MaterialAnchor = z.infer<typeof MaterialAnchor>;

export const MaterialVersion = z
  .object({
    number: z.int(),
    fileName: z.string(),
    type: MaterialType,
    mediaType: z.string(),
    size: z.int(),
    sha256: z.string(),
    uploadedAt: IsoDateTime,
    /** Text extraction and preview: pending until the background job has run. */
    extraction: z.enum(['pending', 'done', 'failed']),
    pages: z.int().nullable(),
    preview: z.boolean(),
  })
  .meta({ id: 'MaterialVersion' });
export type MaterialVersion = z.infer<typeof MaterialVersion>;

export const Material = z
  .object({
    id: Id,
    version: z.int(),
    dialogueId: Id,
    anchor: MaterialAnchor,
    title: MultiText,
    language: LanguageTag,
    kind: MaterialKind,
    /** Absent for outsiders under the Chatham House Rule. */
    organizationId: Id.nullable(),
    public: z.boolean(),
    publicAt: IsoDateTime.nullable(),
    /** The current version; insiders also get the earlier ones. */
    current: MaterialVersion,
    versions: z.array(MaterialVersion),
  })
  .meta({ id: 'Material' });
export type Material = z.infer<typeof Material>;

export const MaterialList = z.object({ items: z.array(Material) }).meta({ id: 'MaterialList' });
export type MaterialList = z.infer<typeof MaterialList>;

/** Query of an upload: the file is the body (application/octet-stream), these describe it. */
export const MaterialUploadQuery = z
  .strictObject({
    fileName: z.string().trim().min(1).max(255),
    title: z.string().trim().min(1).max(300).optional(),
    language: LanguageTag,
    kind: MaterialKind.default('other'),
    organizationId: Id.optional(),
    agendaItemId: Id.optional(),
    statementId: Id.optional(),
    outcomeId: Id.optional(),
  })
  .meta({ id: 'MaterialUploadQuery' });
export type MaterialUploadQuery = z.infer<typeof MaterialUploadQuery>;

export const MaterialVersionUploadQuery = z
  .strictObject({ fileName: z.string().trim().min(1).max(255), version: z.coerce.number().int().min(1) })
  .meta({ id: 'MaterialVersionUploadQuery' });

export const MaterialUpdate = z
  .strictObject({
    version: Version,
    title: MultiText.optional(),
    language: LanguageTag.optional(),
    kind: MaterialKind.optional(),
    /** Marking public is a clearance: outsiders then get the current version (metadata stripped under the Rule). */
    public: z.boolean().optional(),
  })
  .meta({ id: 'MaterialUpdate' });
export type MaterialUpdate = z.infer<typeof MaterialUpdate>;

export const MaterialParams = z.strictObject({ id: Id });
export const MaterialDownloadQuery = z.strictObject({
  version: z.coerce.number().int().min(1).optional(),
  download: z.enum(['1']).optional(),
});

/** The uploads' body is the file (application/octet-stream): no schema, the use case reads the stream. */
export const materialContracts = {
  list: contract(materialEndpoints.list, { params: IdParams, response: MaterialList }),
  upload: contract(materialEndpoints.upload, { params: IdParams, query: MaterialUploadQuery, response: Material }),
  get: contract(materialEndpoints.get, { params: MaterialParams, response: Material }),
  uploadVersion: contract(materialEndpoints.uploadVersion, {
    params: MaterialParams,
    query: MaterialVersionUploadQuery,
    response: Material,
  }),
  update: contract(materialEndpoints.update, { params: MaterialParams, body: MaterialUpdate, response: Material }),
  remove: contract(materialEndpoints.remove, { params: MaterialParams, query: DeleteQuery }),
  file: contract(materialEndpoints.file, { params: MaterialParams, query: MaterialDownloadQuery }),
  preview: contract(materialEndpoints.preview, { params: MaterialParams }),
};
