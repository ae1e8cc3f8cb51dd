import * as C from '../../shared/contracts/references.ts';
import { crudRoutes } from '../crud/routes.ts';
import { serve, type AnyRoute } from '../http/route.ts';
import { getProvisionMentions } from './provision-mentions.ts';
import { documentSpec } from './documents.ts';
import { provisionSpec } from './provisions.ts';

const references = { tag: 'References', read: 'directory.read', write: 'directory.write' } as const;

export const referenceRoutes: AnyRoute[] = [
  ...Object.values(
    crudRoutes({ ...references, spec: documentSpec, contracts: C.documentContracts, noun: 'reference document' }),
  ),
  ...Object.values(
    crudRoutes({
      ...references,
      spec: provisionSpec,
      contracts: C.provisionContracts,
      noun: 'provision',
      parent: 'document',
    }),
  ),
  serve(C.provisionContracts.mentions, {
    action: 'directory.read',
    tag: 'References',
    summary:
      'Every dialogue, agenda item, statement and outcome that concerns this provision, as the reader may see them',
    handler: ({ params, actor, deps }) =>
      getProvisionMentions(deps, { actor, documentId: params.id, provisionId: params.childId }),
  }),
];
