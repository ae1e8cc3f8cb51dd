import { agendaSlice, participantSlice } from '../outside/record-lists.ts';
import {
  agendaItemContracts,
  dialogueContracts as C,
  participantContracts,
} from '../../shared/contracts/dialogue-routes.ts';
import { crudRoutes } from '../crud/routes.ts';
import { serve, type AnyRoute } from '../http/route.ts';
import { agendaItemSpec } from './agenda-items.ts';
import { dialogueSpec } from './dialogues.ts';
import { getDialogueRecord } from './get-dialogue-record.ts';
import { listDialogues as readDialogueList } from './list-dialogues.ts';
import { participantSpec } from './participants.ts';
import { acceptedEncoding, notModified } from '../http/compression.ts';
import { encodedBody } from './record-cache.ts';

// The generic create, update and delete; the list and the full record are the dialogue's own.
const writes = crudRoutes({
  spec: dialogueSpec,
  contracts: C,
  noun: 'dialogue',
  tag: 'Dialogues',
  isDialogue: true,
  read: 'dialogue.list',
  write: 'dialogue.update',
});

const plan = { tag: 'Dialogues', read: 'dialogue.read', write: 'dialogue.plan', parent: 'dialogue' } as const;

export const dialogueRoutes: AnyRoute[] = [
  // Not the generic list: an outsider's dialogues are matched as their outside record shows them.
  serve(C.list, {
    action: 'dialogue.list',
    tag: 'Dialogues',
    summary: 'List dialogues',
    handler: ({ actor, deps, query }) => readDialogueList(deps, { actor, query }),
  }),
  { ...writes.create, action: 'dialogue.create' },
  serve(C.get, {
    action: 'dialogue.read',
    tag: 'Dialogues',
    dialogueParam: 'id',
    raw: true,
    summary:
      'The full record: convener, participants with their organizations and positions on the day, agenda, statements, outcomes and references',
    handler: async ({ actor, deps, dialogue, req, reply }) => {
      const record = await getDialogueRecord(deps, { actor, access: dialogue });
      reply
        .header('etag', record.etag)
        .header('cache-control', 'private, no-cache')
        .header('vary', 'cookie, accept-encoding');
      if (notModified(req, record.etag)) return reply.code(304).send();
      const encoding = record.body.length >= 1024 ? acceptedEncoding(req.headers['accept-encoding']) : null;
      if (!encoding) return record.body;
      reply.header('content-encoding', encoding);
      return encodedBody(record, encoding);
    },
  }),
  writes.update,
  { ...writes.remove, action: 'dialogue.delete' },
  ...Object.values(
    crudRoutes({
      ...plan,
      spec: participantSpec,
      contracts: participantContracts,
      noun: 'participant',
      outside: participantSlice,
    }),
  ),
  ...Object.values(
    crudRoutes({
      ...plan,
      spec: agendaItemSpec,
      contracts: agendaItemContracts,
      noun: 'agenda item',
      outside: agendaSlice,
    }),
  ),
];
