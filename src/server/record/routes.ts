import { outcomeContracts, statementContracts } from '../../shared/contracts/dialogue-routes.ts';
import { outcomeSlice, statementSlice } from '../outside/record-lists.ts';
import { crudRoutes } from '../crud/routes.ts';
import type { AnyRoute } from '../http/route.ts';
import { outcomeSpec } from './outcomes.ts';
import { statementSpec } from './statements.ts';

const record = { tag: 'Record', read: 'dialogue.read', write: 'dialogue.record', parent: 'dialogue' } as const;

export const recordRoutes: AnyRoute[] = [
  ...Object.values(
    crudRoutes({
      ...record,
      spec: statementSpec,
      contracts: statementContracts,
      noun: 'statement',
      outside: statementSlice,
    }),
  ),
  ...Object.values(
    crudRoutes({ ...record, spec: outcomeSpec, contracts: outcomeContracts, noun: 'outcome', outside: outcomeSlice }),
  ),
];
