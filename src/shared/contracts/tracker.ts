import { z } from 'zod';
import { Id, IdParams, IsoDate, IsoDateTime, Url, Version } from '../common.ts';
import { trackerEndpoints as at } from '../endpoints/tracker.ts';
import { contract } from './contract.ts';
import { MultiText } from '../multilingual.ts';
import { ActionStatus } from './enums.ts';
import { CountryCode } from './directory.ts';
import { Outcome } from './record.ts';

export { ACTION_KINDS, CLOSED_STATUSES, isTracked, TRACKABLE_KINDS } from './tracked.ts';
import { TRACKABLE_KINDS } from './tracked.ts';

export const TrackerQuery = z
  .strictObject({
    area: Id.optional(),
    series: Id.optional(),
    from: IsoDate.optional().meta({ description: 'Dialogues on or after this date.' }),
    to: IsoDate.optional().meta({ description: 'Dialogues on or before this date.' }),
    owner: Id.optional().meta({ description: 'Actions owned by this organization.' }),
  })
  .meta({ id: 'TrackerQuery' });
export type TrackerQuery = z.infer<typeof TrackerQuery>;

export const ActionCounts = z.object({
  planned: z.int(),
  in_progress: z.int(),
  done: z.int(),
  stalled: z.int(),
  dropped: z.int(),
});
export type ActionCounts = z.infer<typeof ActionCounts>;

/** An action as a matrix cell lists it: only where the reader may know whose it is. */
export const CellAction = z.object({
  id: Id,
  dialogueId: Id,
  kind: z.enum(TRACKABLE_KINDS),
  text: MultiText,
  ownerOrganizationId: Id.nullable(),
  dueOn: IsoDate.nullable(),
  status: ActionStatus.nullable(),
  overdue: z.boolean(),
});

export const TrackerCell = z
  .object({
    dialogues: z.int(),
    statements: z.int(),
    lastDiscussed: IsoDate.nullable(),
    actions: ActionCounts,
    overdue: z.int(),
    /** The actions themselves: for the secretariat and the dialogues' participants; the public sees counts. */
    items: z.array(CellAction).optional(),
  })
  .meta({ id: 'TrackerCell' });
export type TrackerCell = z.infer<typeof TrackerCell>;

/** A column: a country, or the organizations of no country (international bodies) and what is not attributed. */
export const NO_COUNTRY = '-';
export const TrackerMatrix = z
  .object({
    documentId: Id,
    asOf: IsoDate,
    columns: z.array(z.object({ key: z.union([CountryCode, z.literal(NO_COUNTRY)]), name: MultiText.nullable() })),
    rows: z.array(
      z.object({
        provisionId: Id,
        number: z.string(),
        text: MultiText,
        cells: z.record(z.string(), TrackerCell),
        total: TrackerCell,
      }),
    ),
  })
  .meta({ id: 'TrackerMatrix' });
export type TrackerMatrix = z.infer<typeof TrackerMatrix>;

export const ActionStatusUpdate = z
  .strictObject({
    status: ActionStatus,
    note: MultiText.nullable().optional(),
    evidence: z.array(Url).max(20).default([]),
    version: Version,
  })
  .meta({ id: 'ActionStatusUpdate' });
export type ActionStatusUpdate = z.infer<typeof ActionStatusUpdate>;

/** An action's page: the outcome as this reader may see it, where it came from, and its history. */
export const ActionPage = z
  .object({
    action: Outcome,
    dialogue: z.object({ id: Id, title: MultiText, startsAt: IsoDateTime, hostZone: z.string() }),
    owner: z.object({ id: Id, name: MultiText, countryCode: CountryCode.nullable() }).nullable(),
    provisions: z.array(z.object({ id: Id, documentId: Id, number: z.string(), documentTitle: MultiText })),
    overdue: z.boolean(),
    /** The reader may change its status: a member of the owner institution, or the secretariat. */
    canUpdate: z.boolean(),
  })
  .meta({ id: 'ActionPage' });
export type ActionPage = z.infer<typeof ActionPage>;

/** The series the tracker's charts draw, each also shown as a table. */
export const TrackerCharts = z
  .object({
    /** Dialogues and statements mentioning the document's provisions, per year. */
    activity: z.array(z.object({ year: z.int(), dialogues: z.int(), statements: z.int() })),
    /** Actions on the document by area and by the year of the dialogue that agreed them, with how many are done. */
    progress: z.array(z.object({ areaId: Id, year: z.int(), total: z.int(), done: z.int() })),
  })
  .meta({ id: 'TrackerCharts' });
export type TrackerCharts = z.infer<typeof TrackerCharts>;

/** Exports name the language of their words (statuses, kinds, the country column). */
const TrackerExportQuery = TrackerQuery.extend({ lang: z.string().max(16).default('en') });

export const trackerContracts = {
  matrix: contract(at.matrix, { params: IdParams, query: TrackerQuery, response: TrackerMatrix }),
  charts: contract(at.charts, { params: IdParams, query: TrackerQuery, response: TrackerCharts }),
  matrixCsv: contract(at.matrixCsv, { params: IdParams, query: TrackerExportQuery }),
  actionsExport: contract(at.actionsExport, {
    params: z.strictObject({ id: IdParams.shape.id, format: z.enum(['csv', 'json']) }),
    query: TrackerExportQuery,
  }),
  action: contract(at.action, { params: IdParams, response: ActionPage }),
  setStatus: contract(at.setStatus, { params: IdParams, body: ActionStatusUpdate, response: ActionPage }),
};
