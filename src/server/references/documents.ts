import { asc, eq } from 'drizzle-orm';
import { presentDocument } from './documents-presenters.ts';
import type { ReferenceDocument, ReferenceDocumentCreate } from '../../shared/contracts/references.ts';
import { dialogues, referenceDocuments } from '../db/schema.ts';
import { assertNotLinked, defined } from '../crud/links.ts';
import type { ResourceSpec } from '../crud/resource.ts';
import { DIRECTORY_STREAM } from '../events/append-event.ts';

type DocumentRow = typeof referenceDocuments.$inferSelect;

export const documentSpec: ResourceSpec<ReferenceDocumentCreate, ReferenceDocument> = {
  name: 'reference_document',
  table: referenceDocuments,
  stream: () => DIRECTORY_STREAM,
  toColumns: async (input) =>
    defined({
      kind: input.kind,
      symbol: input.symbol,
      title: input.title,
      adoptedOn: input.adoptedOn,
      adoptedBy: input.adoptedBy,
      url: input.url,
    }),
  present: async (rows) => (rows as DocumentRow[]).map(presentDocument),
  beforeDelete: ({ tx, id }) => assertNotLinked(tx, id, 'reference document', [dialogues.referenceDocumentIds]),
  filters: (q) => [q.kind ? eq(referenceDocuments.kind, q.kind as DocumentRow['kind']) : undefined],
  orderBy: [asc(referenceDocuments.adoptedOn), asc(referenceDocuments.id)],
};
