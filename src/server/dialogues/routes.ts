import { agendaSlice, participantSlice } from '../outside/record-lists.ts';
import { IdParams, page } from '../../shared/common.ts';
import * as C from '../../shared/contracts/dialogues.ts';
import { DialogueRecord } from '../../shared/contracts/dialogue-record.ts';
import { crudRoutes } from '../crud/routes.ts';
import { route, type AnyRoute } from '../http/route.ts';
import { agendaItemSpec } from './agenda-items.ts';
import { dialogueSpec } from './dialogues.ts';
import { getDialogueRecord } from './get-dialogue-record.ts';
import { listDialogues as readDialogueList } from './list-dialogues.ts';
import { participantSpec } from './participants.ts';
import { acceptedEncoding, notModified } from '../http/compression.ts';
import { encodedBody } from './record-cache.ts';

const [, , createDialogue, updateDialogue, deleteDialogue] = crudRoutes({
  spec: dialogueSpec,
  base: '/dialogues',
  noun: 'dialogue',
  tag: 'Dialogues',
  isDialogue: true,
  read: 'dialogue.list',
  write: 'dialogue.update',
  create: C.DialogueCreate,
  update: C.DialogueUpdate,
  output: C.Dialogue,
  list: C.DialogueListQuery,
});

const plan = { tag: 'Dialogues', read: 'dialogue.read', write: 'dialogue.plan', parent: 'dialogue' } as const;

export const dialogueRoutes: AnyRoute[] = [
  // Not the generic list: an outsider's dialogues are matched as their outside record shows them.
  route({
    method: 'GET',
    url: '/dialogues',
    action: 'dialogue.list',
    tag: 'Dialogues',
    summary: 'List dialogues',
    query: C.DialogueListQuery,
    response: page(C.Dialogue),
    handler: ({ actor, deps, query }) => readDialogueList(deps, { actor, query }),
  }),
  { ...createDialogue!, action: 'dialogue.create' },
  route({
    method: 'GET',
    url: '/dialogues/:id',
    action: 'dialogue.read',
    tag: 'Dialogues',
    dialogueParam: 'id',
    raw: true,
    summary:
      'The full record: convener, participants with their organizations and positions on the day, agenda, statements, outcomes and references',
    params: IdParams,
    response: DialogueRecord,
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
  updateDialogue!,
  { ...deleteDialogue!, action: 'dialogue.delete' },
  ...crudRoutes({
    ...plan,
    spec: participantSpec,
    base: '/dialogues/:id/participants',
    noun: 'participant',
    outside: participantSlice,
    create: C.ParticipantCreate,
    update: C.ParticipantUpdate,
    output: C.Participant,
    list: C.ParticipantListQuery,
  }),
  ...crudRoutes({
    ...plan,
    spec: agendaItemSpec,
    base: '/dialogues/:id/agenda-items',
    noun: 'agenda item',
    outside: agendaSlice,
    create: C.AgendaItemCreate,
    update: C.AgendaItemUpdate,
    output: C.AgendaItem,
    list: C.AgendaItemListQuery,
  }),
];
