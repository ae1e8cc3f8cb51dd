import { PageQuery } from '../../shared/common.ts';
import * as C from '../../shared/contracts/references.ts';
import { crudRoutes } from '../crud/routes.ts';
import { z } from 'zod';
import { Id } from '../../shared/common.ts';
import { route, type AnyRoute } from '../http/route.ts';
import { getProvisionMentions } from './provision-mentions.ts';
import { documentSpec } from './documents.ts';
import { provisionSpec } from './provisions.ts';

const references = { tag: 'References', read: 'directory.read', write: 'directory.write' } as const;

export const referenceRoutes: AnyRoute[] = [
  ...crudRoutes({
    ...references,
    spec: documentSpec,
    base: '/reference-documents',
    noun: 'reference document',
    create: C.ReferenceDocumentCreate,
    update: C.ReferenceDocumentUpdate,
    output: C.ReferenceDocument,
    list: C.ReferenceDocumentListQuery,
  }),
  ...crudRoutes({
    ...references,
    spec: provisionSpec,
    base: '/reference-documents/:id/provisions',
    noun: 'provision',
    parent: 'document',
    create: C.ProvisionCreate,
    update: C.ProvisionUpdate,
    output: C.Provision,
    list: PageQuery,
  }),
  route({
    method: 'GET',
    url: '/reference-documents/:id/provisions/:childId/mentions',
    action: 'directory.read',
    tag: 'References',
    summary:
      'Every dialogue, agenda item, statement and outcome that concerns this provision, as the reader may see them',
    params: z.strictObject({ id: Id, childId: Id }),
    response: C.ProvisionMentions,
    handler: ({ params, actor, deps }) =>
      getProvisionMentions(deps, { actor, documentId: params.id, provisionId: params.childId }),
  }),
];
