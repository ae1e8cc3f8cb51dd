import { asc } from 'drizzle-orm';
import { presentProvision } from './documents-presenters.ts';
import type { Provision, ProvisionCreate } from '../../shared/contracts/references.ts';
import { agendaItems, outcomes, provisions, statements } from '../db/schema.ts';
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
  toColumns: async (input) => defined({ number: input.number, position: input.position, text: input.text, placeholder: input.placeholder }),
  present: async (rows) => (rows as ProvisionRow[]).map(presentProvision),
  beforeDelete: ({ tx, id }) => assertNotLinked(tx, id, 'provision', [agendaItems.provisionIds, statements.provisionIds, outcomes.provisionIds]),
  orderBy: [asc(provisions.position), asc(provisions.id)],
};
