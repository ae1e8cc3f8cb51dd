import { clearanceContracts as C } from '../../../shared/contracts/clearance.ts';
import { serve, type AnyRoute } from '../../http/route.ts';
import { clearRecord } from './clear-record.ts';
import { getClearance, listClearances } from './list-clearances.ts';

const common = { tag: 'Record', dialogueParam: 'id' as const };

export const clearanceRoutes: AnyRoute[] = [
  serve(C.list, {
    ...common,
    action: 'record.clearances',
    summary: 'Statements and outcomes said under the Chatham House Rule, with what may identify someone in each',
    handler: ({ params, deps }) => listClearances(deps.db, params.id),
  }),
  serve(C.get, {
    ...common,
    action: 'record.clearances',
    summary: 'One record under the Rule as its clearer sees it: highlights and a suggested redaction',
    handler: ({ params, deps }) => getClearance(deps.db, params),
  }),
  serve(C.clear, {
    ...common,
    action: 'record.clear',
    summary: 'Clear the text for outsiders, as it is or edited; any later edit undoes it',
    handler: ({ params, body, actor, deps }) =>
      clearRecord(deps.db, { actor, dialogueId: params.id, kind: params.kind, id: params.recordId, input: body }),
  }),
];
