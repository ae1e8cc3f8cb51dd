import { z } from 'zod';
import { DialogueChildParams, Id, IsoDate, PageQuery, RecordMeta, Url, Version } from '../common.ts';
import { MultiLongText, MultiText } from '../multilingual.ts';
import { DocumentKind } from './enums.ts';
import { AgendaItem, Dialogue } from './dialogues.ts';
import { Outcome, Statement } from './record.ts';
import { contract } from './contract.ts';
import { crudContracts, nestedContracts } from './crud.ts';
import { documentEndpoints, provisionEndpoints } from '../endpoints/references.ts';

const documentShape = {
  kind: DocumentKind,
  symbol: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .nullable()
    .optional()
    .meta({ examples: ['A/RES/72/283'] }),
  title: MultiText,
  adoptedOn: IsoDate.nullable().optional(),
  adoptedBy: MultiText.nullable().optional().meta({ description: 'The adopting body or event.' }),
  url: Url.nullable().optional(),
};
export const ReferenceDocumentCreate = z.strictObject(documentShape).meta({ id: 'ReferenceDocumentCreate' });
export const ReferenceDocumentUpdate = z
  .strictObject(documentShape)
  .partial()
  .extend({ version: Version })
  .meta({ id: 'ReferenceDocumentUpdate' });
export type ReferenceDocumentCreate = z.infer<typeof ReferenceDocumentCreate>;
export type ReferenceDocumentUpdate = z.infer<typeof ReferenceDocumentUpdate>;

export const ReferenceDocument = z
  .object({
    ...RecordMeta,
    kind: DocumentKind,
    symbol: z.string().nullable(),
    title: MultiText,
    adoptedOn: IsoDate.nullable(),
    adoptedBy: MultiText.nullable(),
    url: z.string().nullable(),
  })
  .meta({ id: 'ReferenceDocument' });
export type ReferenceDocument = z.infer<typeof ReferenceDocument>;

export const ReferenceDocumentListQuery = PageQuery.extend({
  kind: DocumentKind.optional(),
}).meta({ id: 'ReferenceDocumentListQuery' });

const provisionShape = {
  number: z
    .string()
    .trim()
    .min(1)
    .max(40)
    .meta({ description: 'The paragraph as the document numbers it, e.g. "PP4" or "OP2".' }),
  position: z.int().min(0).max(100_000),
  text: MultiLongText,
  placeholder: z.boolean().meta({ description: 'The text is not confirmed against the official document.' }),
};
export const ProvisionCreate = z.strictObject(provisionShape).meta({ id: 'ProvisionCreate' });
export const ProvisionUpdate = z
  .strictObject(provisionShape)
  .partial()
  .extend({ version: Version })
  .meta({ id: 'ProvisionUpdate' });
export type ProvisionCreate = z.infer<typeof ProvisionCreate>;
export type ProvisionUpdate = z.infer<typeof ProvisionUpdate>;
export const Provision = z.object({ ...RecordMeta, documentId: Id, ...provisionShape }).meta({ id: 'Provision' });
export type Provision = z.infer<typeof Provision>;

/** Everything in the record that concerns one provision, as the reader may see it. */
export const ProvisionMentions = z
  .object({
    document: ReferenceDocument,
    provision: Provision,
    dialogues: z.array(Dialogue),
    agendaItems: z.array(AgendaItem),
    statements: z.array(Statement),
    outcomes: z.array(Outcome),
  })
  .meta({ id: 'ProvisionMentions' });
export type ProvisionMentions = z.infer<typeof ProvisionMentions>;

export const documentContracts = crudContracts(documentEndpoints, {
  list: ReferenceDocumentListQuery,
  create: ReferenceDocumentCreate,
  update: ReferenceDocumentUpdate,
  output: ReferenceDocument,
});
export const provisionContracts = {
  ...nestedContracts(provisionEndpoints, {
    list: PageQuery,
    create: ProvisionCreate,
    update: ProvisionUpdate,
    output: Provision,
  }),
  mentions: contract(provisionEndpoints.mentions, { params: DialogueChildParams, response: ProvisionMentions }),
};
