import { conveningContracts as C } from '../../shared/contracts/convening.ts';
import { serve, type AnyRoute } from '../http/route.ts';
import { invite } from './invite.ts';
import { respond } from './respond.ts';
import { scheduleCheck } from './schedule.ts';

const tag = 'Convening';

export const conveningRoutes: AnyRoute[] = [
  serve(C.invite, {
    action: 'dialogue.plan',
    tag,
    dialogueParam: 'id',
    status: 201,
    summary:
      'Invite a person with a role and the organization they represent: an e-mail with a one-time link and a calendar request',
    handler: ({ params, body, actor, deps }) => invite(deps, { actor, dialogueId: params.id, input: body }),
  }),
  serve(C.schedule, {
    action: 'dialogue.plan',
    tag,
    dialogueParam: 'id',
    summary:
      'A proposed time as each invitee lives it: local time, and whether it is outside working hours or on a weekend',
    handler: ({ params, query, deps }) => scheduleCheck(deps, { dialogueId: params.id, at: query.at }),
  }),
  serve(C.respond, {
    action: 'invitation.respond',
    tag,
    summary: "Accept or decline with the link's token; once, and before it expires",
    handler: async ({ params, body, deps }) => ({
      dialogueId: (await respond(deps, { token: params.token, response: body.response })).dialogueId,
      response: body.response,
    }),
  }),
];
