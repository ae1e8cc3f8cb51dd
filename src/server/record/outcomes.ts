import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Outcome, OutcomeCreate } from '../../shared/contracts/record.ts';
import type { Audience } from '../../shared/contracts/dialogue-record.ts';
import { agendaItems, areas, organizations, outcomes, outcomeStatusChanges, provisions } from '../db/schema.ts';
import type { Queryable } from '../db/database.ts';
import { assertIdExists, assertIdsExist, defined } from '../crud/links.ts';
import type { ResourceSpec } from '../crud/resource.ts';
import {
  clearanceOf,
  loadChathamScope,
  recordUnderRule,
  releasedText,
  type ChathamScope,
} from '../dialogues/chatham.ts';
import { nextPosition, stillUnderRule } from './statements.ts';
import { recordEntries } from './record-entries.ts';
import { dialogueRecordMeta, groupBy } from '../crud/present.ts';
import { AppError } from '../../shared/errors.ts';
import { isAdmin, type Actor } from '../policy/actor.ts';
import { actionSubject } from '../tracker/action-subject.ts';
import { isTracked } from '../../shared/contracts/tracker.ts';

type OutcomeRow = typeof outcomes.$inferSelect;
type ChangeRow = typeof outcomeStatusChanges.$inferSelect;

export async function loadStatusHistory(db: Queryable, ids: string[]): Promise<Map<string, ChangeRow[]>> {
  const rows = ids.length
    ? await db
        .select()
        .from(outcomeStatusChanges)
        .where(inArray(outcomeStatusChanges.outcomeId, ids))
        .orderBy(asc(outcomeStatusChanges.id))
    : [];
  return groupBy(ids, rows, (r) => r.outcomeId);
}

/**
 * Outsiders learn no organization behind an outcome reached under the Rule, nor its status history
 * (its times, notes and evidence could tell who owns it); its text only once cleared.
 */
export function presentOutcome(r: OutcomeRow, history: ChangeRow[], audience: Audience, scope: ChathamScope): Outcome {
  const withheld = audience === 'outside' && recordUnderRule(r, scope);
  return {
    ...dialogueRecordMeta(r, withheld),
    kind: r.kind,
    text: withheld ? releasedText(r) : r.text,
    clearance: clearanceOf(r, scope),
    proposerIds: withheld ? [] : r.proposerIds,
    endorserIds: withheld ? [] : r.endorserIds,
    areaIds: r.areaIds,
    provisionIds: r.provisionIds,
    ownerOrganizationId: withheld ? null : r.ownerOrganizationId,
    dueOn: r.dueOn,
    status: r.status,
    position: r.position,
    // Its first entry is the instant it was recorded: under the Rule outsiders get the status alone.
    statusHistory: (withheld ? [] : history).map((h) => ({
      status: h.status,
      note: h.note,
      evidence: h.evidence,
      changedBy: audience === 'inside' ? h.changedBy : null,
      at: h.at.toISOString(),
    })),
  };
}

/**
 * Once an action is recorded, who owns it, when it is due, where it stands and that it is an action
 * at all belong to the owner institution and the secretariat, not to whoever records the dialogue:
 * otherwise a chair could move another institution's action, or turn it into a conclusion, re-own it
 * and turn it back. The owner is the secretariat's to change; the rest, the owner's members' too. A
 * new action (or an outcome made one) starts as planned unless its owner or the secretariat says more.
 */
async function guardFollowUp(
  tx: Queryable,
  actor: Actor,
  clock: (() => Date) | undefined,
  existing: OutcomeRow | null,
  input: Partial<OutcomeCreate>,
): Promise<void> {
  if (!actor.user || isAdmin(actor)) return;
  const wasAction = existing !== null && isTracked(existing);
  const becomesAction = isTracked({
    kind: input.kind ?? existing?.kind ?? '',
    ownerOrganizationId:
      input.ownerOrganizationId !== undefined ? input.ownerOrganizationId : existing?.ownerOrganizationId,
    dueOn: input.dueOn !== undefined ? input.dueOn : existing?.dueOn,
  });
  if (!wasAction) {
    // Recording an action: its owner's progress is not the recorder's to state.
    if (becomesAction && (input.status ?? 'planned') !== 'planned')
      throw new AppError('forbidden', 'a new action starts as planned; its owner moves it', [
        { path: 'status', message: 'the owner institution changes this', code: 'owner_only' },
      ]);
    return;
  }
  const changes = (field: 'ownerOrganizationId' | 'dueOn' | 'status' | 'kind') =>
    input[field] !== undefined && input[field] !== existing[field];
  if (changes('ownerOrganizationId'))
    throw new AppError('forbidden', 'only the secretariat hands an action to another institution', [
      { path: 'ownerOrganizationId', message: 'the secretariat changes the owner', code: 'owner_change' },
    ]);
  const moved = (['kind', 'dueOn', 'status'] as const).filter(changes);
  if (!moved.length) return;
  if (!(await ownedByReader(tx, actor, clock, existing.id)))
    throw new AppError(
      'forbidden',
      'only the owner institution and the secretariat move an action',
      moved.map((path) => ({ path, message: 'the owner institution changes this', code: 'owner_only' })),
    );
}

const ownedByReader = async (tx: Queryable, actor: Actor, clock: (() => Date) | undefined, id: string) =>
  (await actionSubject({ db: tx, clock: clock ?? (() => new Date()) }, { id }, actor))?.ownedByReader ?? false;

/** An action its owner has moved is an accountability record: only the secretariat deletes it. */
async function guardDelete(tx: Queryable, actor: Actor, existing: OutcomeRow): Promise<void> {
  if (!actor.user || isAdmin(actor) || !isTracked(existing)) return;
  const history = (await loadStatusHistory(tx, [existing.id])).get(existing.id) ?? [];
  if (history.length > 1 || (existing.status ?? 'planned') !== 'planned')
    throw new AppError('forbidden', 'an action with a history of its own is the secretariat’s to delete', [
      { path: '', message: 'the secretariat deletes this', code: 'owner_only' },
    ]);
}

export const outcomeSpec: ResourceSpec<OutcomeCreate, Outcome> = {
  name: 'outcome',
  table: outcomes,
  parentColumn: outcomes.dialogueId,
  stream: (dialogueId) => dialogueId!,
  dialogueOf: (dialogueId) => dialogueId,
  async toColumns(input, { tx, parentId, existing, actor, env }) {
    await guardFollowUp(tx, actor, env?.clock, existing as OutcomeRow | null, input);
    const underRule = await stillUnderRule(tx, parentId!, input.agendaItemId, existing);
    await assertIdExists(tx, agendaItems, input.agendaItemId, 'agendaItemId', {
      column: agendaItems.dialogueId,
      value: parentId!,
    });
    await assertIdsExist(tx, organizations, input.proposerIds, 'proposerIds');
    await assertIdsExist(tx, organizations, input.endorserIds, 'endorserIds');
    await assertIdsExist(tx, areas, input.areaIds, 'areaIds');
    await assertIdsExist(tx, provisions, input.provisionIds, 'provisionIds');
    await assertIdExists(tx, organizations, input.ownerOrganizationId, 'ownerOrganizationId');
    return defined({
      agendaItemId: input.agendaItemId,
      kind: input.kind,
      text: input.text,
      proposerIds: input.proposerIds,
      endorserIds: input.endorserIds,
      areaIds: input.areaIds,
      provisionIds: input.provisionIds,
      ownerOrganizationId: input.ownerOrganizationId,
      dueOn: input.dueOn,
      status: input.status,
      position: input.position ?? (existing ? undefined : await nextPosition(tx, outcomes, parentId!)),
      underRule,
    });
  },
  beforeDelete: ({ tx, actor, existing }) => guardDelete(tx, actor, existing as OutcomeRow),
  async afterWrite(input, { tx, id, actor, existing }) {
    // The history is append-only: a status that changes adds a row; nothing is ever rewritten.
    if (!input.status || input.status === existing?.status) return;
    await tx.insert(outcomeStatusChanges).values({
      outcomeId: id,
      status: input.status,
      note: input.statusNote ?? null,
      evidence: input.statusEvidence ?? [],
      changedBy: actor.user?.id ?? null,
    });
  },
  async present(rows, { db, audience, parentId }) {
    const scope =
      audience === 'outside' && parentId
        ? await loadChathamScope(db, parentId)
        : { whole: false, items: new Set<string>() };
    const history = await loadStatusHistory(
      db,
      rows.map((r) => r.id as string),
    );
    return (rows as OutcomeRow[]).map((r) => presentOutcome(r, history.get(r.id) ?? [], audience, scope));
  },
  search: {
    kind: 'outcome',
    entries: async (row, { tx }) => {
      const r = row as OutcomeRow;
      const organizationIds = [
        ...new Set([...r.proposerIds, ...r.endorserIds, ...(r.ownerOrganizationId ? [r.ownerOrganizationId] : [])]),
      ];
      return recordEntries(tx, r, organizationIds);
    },
  },
  filters: (q) => [
    q.agendaItem ? eq(outcomes.agendaItemId, q.agendaItem as string) : undefined,
    q.area ? sql`${q.area as string}::uuid = any(${outcomes.areaIds})` : undefined,
    q.provision ? sql`${q.provision as string}::uuid = any(${outcomes.provisionIds})` : undefined,
    q.country
      ? sql`exists (select 1 from ${organizations} where ${organizations.id} = ${outcomes.ownerOrganizationId} and ${organizations.countryCode} = ${q.country as string})`
      : undefined,
    q.status ? eq(outcomes.status, q.status as NonNullable<OutcomeRow['status']>) : undefined,
  ],
  orderBy: [asc(outcomes.position), asc(outcomes.id)],
};
