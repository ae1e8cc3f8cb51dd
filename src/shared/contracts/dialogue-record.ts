import { z } from 'zod';
import { Id, IsoDateTime } from '../common.ts';
import { MultiText } from '../multilingual.ts';
import { Area, CountryCode, Series } from './directory.ts';
import { AgendaItem, Dialogue } from './dialogues.ts';
import { InvitationState, ParticipantRole } from './enums.ts';
import { Outcome, Statement } from './record.ts';
import { Provision, ReferenceDocument } from './references.ts';

export const Audience = z.enum(['inside', 'outside']).meta({
  id: 'Audience',
  description:
    "inside: the dialogue's participants and the secretariat. outside: everyone else, and every public output.",
});
export type Audience = z.infer<typeof Audience>;

/** An organization as it was named on the dialogue's date. */
export const OrganizationRef = z
  .object({
    id: Id,
    name: MultiText,
    acronym: MultiText.nullable(),
    countryCode: CountryCode.nullable(),
  })
  .meta({ id: 'OrganizationRef' });
export type OrganizationRef = z.infer<typeof OrganizationRef>;

export const RecordParticipant = z
  .object({
    id: Id,
    version: z.int(),
    person: z.object({ id: Id, name: MultiText }),
    organizationId: Id.nullable(),
    position: MultiText.nullable().meta({ description: "The person's position on the dialogue's date." }),
    role: ParticipantRole,
    invitation: InvitationState,
    attendance: z.array(z.object({ from: IsoDateTime, to: IsoDateTime.nullable() })),
  })
  .meta({ id: 'RecordParticipant' });
export type RecordParticipant = z.infer<typeof RecordParticipant>;

export const RecordReference = ReferenceDocument.extend({ provisions: z.array(Provision) }).meta({
  id: 'RecordReference',
});

export const DialogueRecord = z
  .object({
    audience: Audience,
    seq: z.int().meta({
      description:
        "The dialogue's event sequence this record reflects; the live channel resumes after it. 0 for outsiders, whose record moves only when what they see changes (its ETag tells).",
    }),
    dialogue: Dialogue,
    series: Series.nullable(),
    conveners: z.array(Id),
    participants: z.array(RecordParticipant),
    /** Participants withheld from this audience under the Chatham House Rule. */
    participantsWithheld: z.int(),
    agenda: z.array(AgendaItem),
    statements: z.array(Statement),
    outcomes: z.array(Outcome),
    organizations: z
      .array(OrganizationRef)
      .meta({ description: "Every organization the record names, as named on the dialogue's date." }),
    areas: z.array(Area),
    references: z.array(RecordReference),
  })
  .meta({ id: 'DialogueRecord' });
export type DialogueRecord = z.infer<typeof DialogueRecord>;
