import { PageQuery } from '../../shared/common.ts';
import * as C from '../../shared/contracts/references.ts';
import { crudRoutes } from '../crud/routes.ts';
import type { RouteSpec } from '../http/route.ts';
import { documentSpec } from './documents.ts';
import { provisionSpec } from './provisions.ts';

const references = { tag: 'References', read: 'directory.read', write: 'directory.write' } as const;

export const referenceRoutes: RouteSpec[] = [
  ...crudRoutes({ ...references, spec: documentSpec as never, base: '/reference-documents', noun: 'reference document',
    create: C.ReferenceDocumentCreate, update: C.ReferenceDocumentUpdate, output: C.ReferenceDocument, list: C.ReferenceDocumentListQuery }),
  ...crudRoutes({ ...references, spec: provisionSpec as never, base: '/reference-documents/:id/provisions', noun: 'provision', parent: 'document',
    create: C.ProvisionCreate, update: C.ProvisionUpdate, output: C.Provision, list: PageQuery }),
];
