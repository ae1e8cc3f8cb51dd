import { z } from 'zod';
import { Id, IdList, IsoDate, IsoDateTime, RecordMeta, Url, Version } from '../common.ts';
import { MultiLongText, MultiText } from '../multilingual.ts';
import { ActionStatus, OutcomeKind, StatementKind } from './enums.ts';

export const Speaker = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('participant'), participantId: Id }),
    z
      .strictObject({ kind: z.literal('collective'), organizationIds: IdList.min(1) })
      .meta({ description: 'Said together by these organizations, e.g. "the institutes noted".' }),
  ])
  .meta({ id: 'Speaker' });
export type Speaker = z.infer<typeof Speaker>;

const statementShape = {
  agendaItemId: Id.nullable().optional(),
  speaker: Speaker,
  kind: StatementKind,
  text: MultiLongText,
  deliveredAt: IsoDateTime.nullable().optional(),
  position: z
    .int()
    .min(0)
    .max(100_000)
    .optional()
    .meta({ description: 'Order in the record; appended at the end when left out.' }),
  areaIds: IdList,
  provisionIds: IdList,
};
export const StatementCreate = z.strictObject(statementShape).meta({ id: 'StatementCreate' });
export const StatementUpdate = z
  .strictObject(statementShape)
  .partial()
  .extend({ version: Version })
  .meta({ id: 'StatementUpdate' });
export type StatementCreate = z.infer<typeof StatementCreate>;
export type StatementUpdate = z.infer<typeof StatementUpdate>;

/** Who said it, as the reader may see it: withheld for outsiders under the Chatham House Rule. */
export const SpeakerView = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('participant'), participantId: Id }),
    z.object({ kind: z.literal('collective'), organizationIds: z.array(Id) }),
    z.object({ kind: z.literal('withheld') }),
  ])
  .meta({ id: 'SpeakerView' });

/**
 * Whether the text may leave the room: `not_needed` outside the Chatham House Rule; under it,
 * `pending` until the rapporteur or the secretariat clears the exact text, then `cleared`.
 */
export const Clearance = z.enum(['not_needed', 'pending', 'cleared']).meta({ id: 'Clearance' });
export type Clearance = z.infer<typeof Clearance>;

/**
 * Record fields, with the times that outsiders do not get under the Rule: a time finer than the
 * agenda item would tell who spoke, beside attendance or a recording.
 */
const RecordMetaUnderRule = {
  ...RecordMeta,
  createdAt: IsoDateTime.nullable(),
  updatedAt: IsoDateTime.nullable(),
};

export const Statement = z
  .object({
    ...RecordMetaUnderRule,
    dialogueId: Id,
    agendaItemId: Id.nullable(),
    speaker: SpeakerView,
    kind: StatementKind,
    text: MultiLongText,
    clearance: Clearance,
    deliveredAt: IsoDateTime.nullable(),
    position: z.int(),
    areaIds: z.array(Id),
    provisionIds: z.array(Id),
  })
  .meta({ id: 'Statement' });
export type Statement = z.infer<typeof Statement>;

const outcomeShape = {
  agendaItemId: Id.nullable().optional(),
  kind: OutcomeKind,
  text: MultiLongText,
  proposerIds: IdList.meta({ description: 'Organizations that proposed it.' }),
  endorserIds: IdList.meta({ description: 'Organizations that endorsed it.' }),
  areaIds: IdList,
  provisionIds: IdList,
  ownerOrganizationId: Id.nullable().optional().meta({ description: 'Who follows it up (commitments and actions).' }),
  dueOn: IsoDate.nullable().optional(),
  status: ActionStatus.nullable().optional(),
  position: z.int().min(0).max(100_000).optional(),
};
const statusChange = {
  statusNote: MultiText.nullable().optional().meta({ description: 'Why the status changed; kept in the history.' }),
  statusEvidence: z.array(Url).max(20).optional(),
};
export const OutcomeCreate = z.strictObject({ ...outcomeShape, ...statusChange }).meta({ id: 'OutcomeCreate' });
export const OutcomeUpdate = z
  .strictObject({ ...outcomeShape, ...statusChange })
  .partial()
  .extend({ version: Version })
  .meta({ id: 'OutcomeUpdate' });
export type OutcomeCreate = z.infer<typeof OutcomeCreate>;
export type OutcomeUpdate = z.infer<typeof OutcomeUpdate>;

export const StatusChange = z
  .object({
    status: ActionStatus,
    note: MultiText.nullable(),
    evidence: z.array(z.string()),
    changedBy: Id.nullable(),
    at: IsoDateTime,
  })
  .meta({ id: 'StatusChange' });

export const Outcome = z
  .object({
    ...RecordMetaUnderRule,
    dialogueId: Id,
    agendaItemId: Id.nullable(),
    kind: OutcomeKind,
    text: MultiLongText,
    clearance: Clearance,
    proposerIds: z.array(Id),
    endorserIds: z.array(Id),
    areaIds: z.array(Id),
    provisionIds: z.array(Id),
    ownerOrganizationId: Id.nullable(),
    dueOn: IsoDate.nullable(),
    status: ActionStatus.nullable(),
    position: z.int(),
    statusHistory: z.array(StatusChange),
  })
  .meta({ id: 'Outcome' });
export type Outcome = z.infer<typeof Outcome>;
