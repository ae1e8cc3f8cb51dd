import { crudEndpoints, nestedEndpoints } from './crud.ts';

/** Dialogues (`get`: the full record), their plan and their record (schemas: contracts/dialogues.ts, record.ts). */
export const dialogueEndpoints = crudEndpoints('dialogues', '/dialogues');
export const participantEndpoints = nestedEndpoints('participants', '/dialogues/:id/participants');
export const agendaItemEndpoints = nestedEndpoints('agendaItems', '/dialogues/:id/agenda-items');
export const statementEndpoints = nestedEndpoints('statements', '/dialogues/:id/statements');
export const outcomeEndpoints = nestedEndpoints('outcomes', '/dialogues/:id/outcomes');
