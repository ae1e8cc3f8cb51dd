import { z } from 'zod';
import { IdParams } from '../../shared/common.ts';
import {
  InvitationAnswer,
  InvitationCreate,
  InvitationSent,
  InvitationToken,
  ScheduleCheck,
  ScheduleQuery,
} from '../../shared/contracts/convening.ts';
import { route, type AnyRoute } from '../http/route.ts';
import { invite } from './invite.ts';
import { respond } from './respond.ts';
import { scheduleCheck } from './schedule.ts';

export const conveningRoutes: AnyRoute[] = [
  route({
    method: 'POST',
    url: '/dialogues/:id/invitations',
    action: 'dialogue.plan',
    tag: 'Convening',
    dialogueParam: 'id',
    status: 201,
    summary:
      'Invite a person with a role and the organization they represent: an e-mail with a one-time link and a calendar request',
    params: IdParams,
    body: InvitationCreate,
    response: InvitationSent,
    handler: ({ params, body, actor, deps }) => invite(deps, { actor, dialogueId: params.id, input: body }),
  }),
  route({
    method: 'GET',
    url: '/dialogues/:id/schedule',
    action: 'dialogue.plan',
    tag: 'Convening',
    dialogueParam: 'id',
    summary:
      'A proposed time as each invitee lives it: local time, and whether it is outside working hours or on a weekend',
    params: IdParams,
    query: ScheduleQuery,
    response: ScheduleCheck,
    handler: ({ params, query, deps }) => scheduleCheck(deps, { dialogueId: params.id, at: query.at }),
  }),
  route({
    method: 'POST',
    url: '/invitations/:token',
    action: 'invitation.respond',
    tag: 'Convening',
    summary: "Accept or decline with the link's token; once, and before it expires",
    params: InvitationToken,
    body: InvitationAnswer,
    response: z.object({ dialogueId: z.uuid(), response: InvitationAnswer.shape.response }),
    handler: async ({ params, body, deps }) => ({
      dialogueId: (await respond(deps, { token: params.token, response: body.response })).dialogueId,
      response: body.response,
    }),
  }),
];
