import { z } from 'zod';
import { Id, IdList, IsoDate, IsoDateTime, PageQuery, RecordMeta, Url, Version } from '../common.ts';
import { LanguageTag, MultiLongText, MultiText } from '../multilingual.ts';
import { Confidentiality, DialogueFormat, DialogueStatus, InvitationState, ParticipantRole } from './enums.ts';
import { CountryCode } from './directory.ts';
import { wallClockToInstant } from '../wall-clock.ts';

/** An IANA zone name the runtime knows, e.g. Asia/Bishkek. */
export const TimeZone = z
  .string()
  .max(64)
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return zone.includes('/') || zone === 'UTC';
    } catch {
      return false;
    }
  }, 'expected an IANA time zone such as Asia/Almaty')
  .meta({ id: 'TimeZone' });

export const Media = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('built_in') }),
    z.strictObject({ kind: z.literal('external'), url: Url }),
  ])
  .meta({ id: 'Media' });

/**
 * "10:00 in Astana": a date and a wall-clock time in a zone, which the server turns into the instant
 * (DST-correct; a time the clocks skip is refused at `time`, a repeated one is its first occurrence).
 */
export const WallClock = z
  .strictObject({
    date: IsoDate,
    time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM on a 24-hour clock'),
    zone: TimeZone,
  })
  .transform((w, ctx) => {
    const at = wallClockToInstant(w.date, w.time, w.zone);
    if (at.kind !== 'nonexistent') return at.instant;
    ctx.addIssue({
      code: 'custom',
      path: ['time'],
      message: `${w.date} ${w.time} does not exist in ${w.zone}: the clocks skip it`,
      params: { code: 'nonexistent_local_time' },
    });
    return z.NEVER;
  })
  .meta({ id: 'WallClock', description: 'A date and a wall-clock time in an IANA zone.' });
/** An instant with its offset, or a wall-clock time in a zone; either way stored as the instant. */
const Instant = z.union([IsoDateTime, WallClock]);
/** Where a dialogue is held: the city a dateline names and, optionally, the place in it. */
export const Venue = z
  .strictObject({ city: MultiText, place: MultiText.nullable().optional() })
  .meta({ id: 'Venue', description: 'The city (for datelines) and, optionally, the place. Null: not given.' });
export type Venue = z.infer<typeof Venue>;

const dialogueShape = {
  seriesId: Id.nullable().optional(),
  title: MultiText,
  summary: MultiLongText.nullable().optional(),
  format: DialogueFormat,
  startsAt: Instant,
  endsAt: Instant,
  hostZone: TimeZone,
  status: DialogueStatus,
  confidentiality: Confidentiality,
  languages: z.array(LanguageTag).min(1).max(16),
  media: Media,
  convenerIds: IdList.meta({ description: 'Organizations that convene the dialogue.' }),
  referenceDocumentIds: IdList.meta({ description: 'Documents under discussion.' }),
  venue: Venue.nullable().optional(),
  theme: MultiText.nullable()
    .optional()
    .meta({ description: 'The theme or subtitle, as announcements and the press release give it.' }),
};
const endsAfterStart = (d: { startsAt?: string; endsAt?: string }) =>
  !d.startsAt || !d.endsAt || Date.parse(d.endsAt) > Date.parse(d.startsAt);
const endsAfterStartMessage = {
  message: 'must be after startsAt',
  path: ['endsAt'],
  params: { code: 'ends_before_start' },
};

export const DialogueCreate = z
  .strictObject(dialogueShape)
  .refine(endsAfterStart, endsAfterStartMessage)
  .meta({ id: 'DialogueCreate' });
export const DialogueUpdate = z
  .strictObject(dialogueShape)
  .partial()
  .extend({ version: Version })
  .refine(endsAfterStart, endsAfterStartMessage)
  .meta({ id: 'DialogueUpdate' });
export type DialogueCreate = z.infer<typeof DialogueCreate>;
export type DialogueUpdate = z.infer<typeof DialogueUpdate>;
/** What a client sends: the times as instants or as wall-clock times in a zone. */
export type DialogueCreateInput = z.input<typeof DialogueCreate>;
export type DialogueUpdateInput = z.input<typeof DialogueUpdate>;

export const Dialogue = z
  .object({
    ...RecordMeta,
    seriesId: Id.nullable(),
    title: MultiText,
    summary: MultiLongText.nullable(),
    format: DialogueFormat,
    startsAt: IsoDateTime,
    endsAt: IsoDateTime,
    hostZone: z.string(),
    status: DialogueStatus,
    confidentiality: Confidentiality,
    languages: z.array(LanguageTag),
    media: Media,
    convenerIds: z.array(Id),
    referenceDocumentIds: z.array(Id),
    venue: z.object({ city: MultiText, place: MultiText.nullable() }).nullable(),
    theme: MultiText.nullable(),
  })
  .meta({ id: 'Dialogue' });
export type Dialogue = z.infer<typeof Dialogue>;

export const DialogueListQuery = PageQuery.extend({
  series: Id.optional(),
  country: CountryCode.optional().meta({
    description: 'Dialogues with a convener or participant organization from this country.',
  }),
  area: Id.optional().meta({ description: 'Dialogues with an agenda item, statement or outcome in this area.' }),
  from: IsoDate.optional().meta({ description: 'Starting on or after this date (UTC).' }),
  to: IsoDate.optional().meta({ description: 'Starting on or before this date (UTC).' }),
  status: DialogueStatus.optional(),
  organization: Id.optional().meta({ description: 'Dialogues this organization convened, attended or spoke in.' }),
  person: Id.optional().meta({ description: 'Dialogues this person took part in.' }),
}).meta({ id: 'DialogueListQuery' });

export const AttendanceInterval = z
  .strictObject({ from: IsoDateTime, to: IsoDateTime.nullable() })
  .refine((a) => a.to === null || Date.parse(a.to) >= Date.parse(a.from), {
    message: 'must not be before from',
    path: ['to'],
  });

const participantShape = {
  personId: Id,
  organizationId: Id.nullable().optional().meta({ description: 'The organization the person represents here.' }),
  role: ParticipantRole,
  invitation: InvitationState,
  attendance: z.array(AttendanceInterval).max(200).optional(),
};
export const ParticipantCreate = z.strictObject(participantShape).meta({ id: 'ParticipantCreate' });
export const ParticipantUpdate = z
  .strictObject(participantShape)
  .partial()
  .extend({ version: Version })
  .meta({ id: 'ParticipantUpdate' });
export type ParticipantCreate = z.infer<typeof ParticipantCreate>;
export type ParticipantUpdate = z.infer<typeof ParticipantUpdate>;
export const Participant = z
  .object({
    ...RecordMeta,
    // Outsiders do not learn when someone was added: beside a statement's place, it could tell who spoke.
    createdAt: IsoDateTime.nullable(),
    updatedAt: IsoDateTime.nullable(),
    dialogueId: Id,
    personId: Id,
    organizationId: Id.nullable(),
    role: ParticipantRole,
    invitation: InvitationState,
    attendance: z.array(z.object({ from: IsoDateTime, to: IsoDateTime.nullable() })),
  })
  .meta({ id: 'Participant' });
export type Participant = z.infer<typeof Participant>;

const agendaShape = {
  position: z.int().min(0).max(10_000),
  title: MultiText,
  description: MultiLongText.nullable().optional(),
  confidentiality: Confidentiality.nullable()
    .optional()
    .meta({ description: "Overrides the dialogue's rule for this item; null inherits it." }),
  provisionIds: IdList,
  areaIds: IdList,
};
export const AgendaItemCreate = z.strictObject(agendaShape).meta({ id: 'AgendaItemCreate' });
export const AgendaItemUpdate = z
  .strictObject(agendaShape)
  .partial()
  .extend({ version: Version })
  .meta({ id: 'AgendaItemUpdate' });
export type AgendaItemCreate = z.infer<typeof AgendaItemCreate>;
export type AgendaItemUpdate = z.infer<typeof AgendaItemUpdate>;
export const AgendaItem = z
  .object({
    ...RecordMeta,
    dialogueId: Id,
    position: z.int(),
    title: MultiText,
    description: MultiLongText.nullable(),
    confidentiality: Confidentiality.nullable(),
    provisionIds: z.array(Id),
    areaIds: z.array(Id),
  })
  .meta({ id: 'AgendaItem' });
export type AgendaItem = z.infer<typeof AgendaItem>;

export const ParticipantListQuery = PageQuery.extend({
  country: CountryCode.optional().meta({ description: 'Participants representing an organization of this country.' }),
  organization: Id.optional(),
  role: ParticipantRole.optional(),
  invitation: InvitationState.optional(),
}).meta({ id: 'ParticipantListQuery' });

export const AgendaItemListQuery = PageQuery.extend({
  area: Id.optional(),
  provision: Id.optional(),
}).meta({ id: 'AgendaItemListQuery' });

/** Statements and outcomes. */
export const RecordListQuery = PageQuery.extend({
  agendaItem: Id.optional(),
  area: Id.optional(),
  provision: Id.optional(),
  country: CountryCode.optional().meta({ description: 'Said by, or owned by, an organization of this country.' }),
}).meta({ id: 'RecordListQuery' });
