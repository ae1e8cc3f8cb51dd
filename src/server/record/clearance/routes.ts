import {
  ClearanceCreate,
  ClearanceParams,
  ClearanceQueue,
  ClearanceView,
} from '../../../shared/contracts/clearance.ts';
import { IdParams } from '../../../shared/common.ts';
import { route, type AnyRoute } from '../../http/route.ts';
import { clearRecord } from './clear-record.ts';
import { getClearance, listClearances } from './list-clearances.ts';

const common = { tag: 'Record', dialogueParam: 'id' as const };

export const clearanceRoutes: AnyRoute[] = [
  route({
    ...common,
    method: 'GET',
    url: '/dialogues/:id/clearances',
    action: 'record.clearances',
    summary: 'Statements and outcomes said under the Chatham House Rule, with what may identify someone in each',
    params: IdParams,
    response: ClearanceQueue,
    handler: ({ params, deps }) => listClearances(deps.db, params.id),
  }),
  route({
    ...common,
    method: 'GET',
    url: '/dialogues/:id/clearances/:kind/:recordId',
    action: 'record.clearances',
    summary: 'One record under the Rule as its clearer sees it: highlights and a suggested redaction',
    params: ClearanceParams,
    response: ClearanceView,
    handler: ({ params, deps }) => getClearance(deps.db, params),
  }),
  route({
    ...common,
    method: 'POST',
    url: '/dialogues/:id/clearances/:kind/:recordId',
    action: 'record.clear',
    summary: 'Clear the text for outsiders, as it is or edited; any later edit undoes it',
    params: ClearanceParams,
    body: ClearanceCreate,
    response: ClearanceView,
    handler: ({ params, body, actor, deps }) =>
      clearRecord(deps.db, { actor, dialogueId: params.id, kind: params.kind, id: params.recordId, input: body }),
  }),
];
