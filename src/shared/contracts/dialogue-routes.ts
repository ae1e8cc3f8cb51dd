import {
  agendaItemEndpoints,
  dialogueEndpoints,
  outcomeEndpoints,
  participantEndpoints,
  statementEndpoints,
} from '../endpoints/dialogues.ts';
import { DeleteQuery, IdParams, page } from '../common.ts';
import { contract } from './contract.ts';
import { nestedContracts } from './crud.ts';
import { DialogueRecord } from './dialogue-record.ts';
import * as D from './dialogues.ts';
import { ActionStatus } from './enums.ts';
import * as R from './record.ts';

export const OutcomeListQuery = D.RecordListQuery.extend({ status: ActionStatus.optional() }).meta({
  id: 'OutcomeListQuery',
});

/** Dialogues: `get` answers the full record (contracts/dialogue-record.ts). */
export const dialogueContracts = {
  list: contract(dialogueEndpoints.list, { query: D.DialogueListQuery, response: page(D.Dialogue) }),
  get: contract(dialogueEndpoints.get, { params: IdParams, response: DialogueRecord }),
  create: contract(dialogueEndpoints.create, { body: D.DialogueCreate, response: D.Dialogue }),
  update: contract(dialogueEndpoints.update, { params: IdParams, body: D.DialogueUpdate, response: D.Dialogue }),
  remove: contract(dialogueEndpoints.remove, { params: IdParams, query: DeleteQuery }),
};
export const participantContracts = nestedContracts(participantEndpoints, {
  list: D.ParticipantListQuery,
  create: D.ParticipantCreate,
  update: D.ParticipantUpdate,
  output: D.Participant,
});
export const agendaItemContracts = nestedContracts(agendaItemEndpoints, {
  list: D.AgendaItemListQuery,
  create: D.AgendaItemCreate,
  update: D.AgendaItemUpdate,
  output: D.AgendaItem,
});
export const statementContracts = nestedContracts(statementEndpoints, {
  list: D.RecordListQuery,
  create: R.StatementCreate,
  update: R.StatementUpdate,
  output: R.Statement,
});
export const outcomeContracts = nestedContracts(outcomeEndpoints, {
  list: OutcomeListQuery,
  create: R.OutcomeCreate,
  update: R.OutcomeUpdate,
  output: R.Outcome,
});
