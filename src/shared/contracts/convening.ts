import { z } from 'zod';
import { Id, IdParams } from '../common.ts';
import { conveningEndpoints as at } from '../endpoints/convening.ts';
import { contract } from './contract.ts';
import { ParticipantRole } from './enums.ts';
import { TimeZone } from './dialogues.ts';
import { UI_LANGUAGES } from '../multilingual.ts';

export const InvitationCreate = z
  .strictObject({
    personId: Id,
    organizationId: Id.nullable().optional().meta({ description: 'The organization the person represents here.' }),
    role: ParticipantRole,
    email: z.email().max(320),
    zone: TimeZone.optional().meta({
      description: "The invitee's own zone; their organization's country's when left out.",
    }),
    language: z.enum(UI_LANGUAGES).optional().meta({
      description:
        "The invitation's language: the e-mail goes in it unless the invitee's account has a language of its own; the organizer's when left out.",
    }),
  })
  .meta({ id: 'InvitationCreate' });
export type InvitationCreate = z.infer<typeof InvitationCreate>;

export const InvitationSent = z
  .object({ invitationId: Id, participantId: Id, expiresAt: z.iso.datetime({ offset: true }) })
  .meta({ id: 'InvitationSent' });
export type InvitationSent = z.infer<typeof InvitationSent>;

export const InvitationAnswer = z
  .strictObject({ response: z.enum(['accepted', 'declined']) })
  .meta({ id: 'InvitationAnswer' });
export type InvitationAnswer = z.infer<typeof InvitationAnswer>;

/** The one-time link's token, as it arrives in the path. */
export const InvitationToken = z.strictObject({
  token: z
    .string()
    .min(20)
    .max(100)
    .regex(/^[A-Za-z0-9_-]+$/, 'not an invitation link'),
});

export const ScheduleQuery = z
  .strictObject({
    at: z.iso
      .datetime({ offset: true })
      .optional()
      .meta({ description: "A proposed start; the dialogue's own when left out." }),
  })
  .meta({ id: 'ScheduleQuery' });

/** A proposed time as each invitee lives it. */
export const ScheduleCheck = z
  .object({
    at: z.iso.datetime({ offset: true }),
    invitees: z.array(
      z.object({
        participantId: Id,
        personId: Id,
        organizationId: Id.nullable(),
        zone: z.string(),
        /** Wall-clock time there, e.g. "2026-04-15T09:00" and the weekday (1 = Monday … 7 = Sunday). */
        local: z.string(),
        weekday: z.int(),
        outsideWorkingHours: z.boolean(),
        weekend: z.boolean(),
      }),
    ),
  })
  .meta({ id: 'ScheduleCheck' });
export type ScheduleCheck = z.infer<typeof ScheduleCheck>;

/** What answering an invitation did: the dialogue it was for, and the answer as recorded. */
export const InvitationResponded = z
  .object({ dialogueId: z.uuid(), response: InvitationAnswer.shape.response })
  .meta({ id: 'InvitationResponded' });

export const conveningContracts = {
  invite: contract(at.invite, { params: IdParams, body: InvitationCreate, response: InvitationSent }),
  schedule: contract(at.schedule, { params: IdParams, query: ScheduleQuery, response: ScheduleCheck }),
  respond: contract(at.respond, { params: InvitationToken, body: InvitationAnswer, response: InvitationResponded }),
};
