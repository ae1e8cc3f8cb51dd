import type { Provision, ReferenceDocument } from '../../shared/contracts/references.ts';
import type { provisions, referenceDocuments } from '../db/schema.ts';
import { recordMeta } from '../crud/present.ts';

type DocumentRow = typeof referenceDocuments.$inferSelect;
type ProvisionRow = typeof provisions.$inferSelect;

export const presentDocument = (r: DocumentRow): ReferenceDocument => ({
  ...recordMeta(r),
  kind: r.kind,
  symbol: r.symbol,
  title: r.title,
  adoptedOn: r.adoptedOn,
  adoptedBy: r.adoptedBy,
  url: r.url,
});

export const presentProvision = (r: ProvisionRow): Provision => ({
  ...recordMeta(r),
  documentId: r.documentId,
  number: r.number,
  position: r.position,
  text: r.text,
  placeholder: r.placeholder,
});
