import { RecordListQuery } from '../../shared/contracts/dialogues.ts';
import { ActionStatus } from '../../shared/contracts/enums.ts';
import * as C from '../../shared/contracts/record.ts';
import { outcomeSlice, statementSlice } from '../outside/record-lists.ts';
import { crudRoutes } from '../crud/routes.ts';
import type { AnyRoute } from '../http/route.ts';
import { outcomeSpec } from './outcomes.ts';
import { statementSpec } from './statements.ts';

const record = { tag: 'Record', read: 'dialogue.read', write: 'dialogue.record', parent: 'dialogue' } as const;

export const recordRoutes: AnyRoute[] = [
  ...crudRoutes({
    ...record,
    spec: statementSpec,
    base: '/dialogues/:id/statements',
    noun: 'statement',
    outside: statementSlice,
    create: C.StatementCreate,
    update: C.StatementUpdate,
    output: C.Statement,
    list: RecordListQuery,
  }),
  ...crudRoutes({
    ...record,
    spec: outcomeSpec,
    base: '/dialogues/:id/outcomes',
    noun: 'outcome',
    outside: outcomeSlice,
    create: C.OutcomeCreate,
    update: C.OutcomeUpdate,
    output: C.Outcome,
    list: RecordListQuery.extend({ status: ActionStatus.optional() }).meta({ id: 'OutcomeListQuery' }),
  }),
];
