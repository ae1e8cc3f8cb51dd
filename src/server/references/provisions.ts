import { asc, eq } from 'drizzle-orm';
import { presentProvision } from './documents-presenters.ts';
import type { Provision, ProvisionCreate } from '../../shared/contracts/references.ts';
import { agendaItems, outcomes, provisions, referenceDocuments, statements } from '../db/schema.ts';
import { entriesFor } from '../search/entries.ts';
import { assertNotLinked, defined } from '../crud/links.ts';
import type { ResourceSpec } from '../crud/resource.ts';
import { DIRECTORY_STREAM } from '../events/append-event.ts';

type ProvisionRow = typeof provisions.$inferSelect;

/** Paragraphs of a reference document, nested under it: /reference-documents/:id/provisions. */
export const provisionSpec: ResourceSpec<ProvisionCreate, Provision> = {
  name: 'provision',
  table: provisions,
  parentColumn: provisions.documentId,
  stream: () => DIRECTORY_STREAM,
  toColumns: async (input) =>
    defined({ number: input.number, position: input.position, text: input.text, placeholder: input.placeholder }),
  present: async (rows) => (rows as ProvisionRow[]).map(presentProvision),
  beforeDelete: ({ tx, id }) =>
    assertNotLinked(tx, id, 'provision', [agendaItems.provisionIds, statements.provisionIds, outcomes.provisionIds]),
  search: {
    kind: 'provision',
    entries: async (row, { tx }) => {
      const r = row as ProvisionRow;
      const [doc] = await tx.select().from(referenceDocuments).where(eq(referenceDocuments.id, r.documentId));
      return entriesFor([doc?.symbol, doc?.title, r.number, r.text], {
        year: doc?.adoptedOn ? Number(doc.adoptedOn.slice(0, 4)) : null,
      });
    },
  },
  orderBy: [asc(provisions.position), asc(provisions.id)],
};
