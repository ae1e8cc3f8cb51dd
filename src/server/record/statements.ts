import { asc, eq, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Statement, StatementCreate } from '../../shared/contracts/record.ts';
import type { outcomes } from '../db/schema.ts';
import { agendaItems, areas, organizations, participants, provisions, statements } from '../db/schema.ts';
import type { Queryable } from '../db/database.ts';
import { assertIdExists, assertIdsExist, defined } from '../crud/links.ts';
import type { ResourceSpec } from '../crud/resource.ts';
import type { Audience } from '../../shared/contracts/dialogue-record.ts';
import {
  clearanceOf,
  loadChathamScope,
  recordUnderRule,
  releasedText,
  ruleAt,
  type ChathamScope,
} from '../dialogues/chatham.ts';
import { recordEntries } from './record-entries.ts';
import { participantOrganization, participantNameForms } from '../search/facts.ts';
import { dialogueRecordMeta } from '../crud/present.ts';

type StatementRow = typeof statements.$inferSelect;

/**
 * The one presenter of statements. Under the Rule outsiders get no speaker, no time finer than the
 * agenda item, and only text that a person has cleared.
 */
export function presentStatement(r: StatementRow, audience: Audience, scope: ChathamScope): Statement {
  const withheld = audience === 'outside' && recordUnderRule(r, scope);
  return {
    ...dialogueRecordMeta(r, withheld),
    speaker: withheld
      ? { kind: 'withheld' }
      : r.participantId
        ? { kind: 'participant', participantId: r.participantId }
        : { kind: 'collective', organizationIds: r.collectiveOrganizationIds },
    kind: r.kind,
    text: withheld ? releasedText(r) : r.text,
    clearance: clearanceOf(r, scope),
    deliveredAt: withheld ? null : (r.deliveredAt?.toISOString() ?? null),
    position: r.position,
    areaIds: r.areaIds,
    provisionIds: r.provisionIds,
  };
}

/** Once under the Rule, always: a record moved to another item, or a rule lowered later, does not free it. */
export async function stillUnderRule(
  tx: Queryable,
  dialogueId: string,
  agendaItemId: string | null | undefined,
  existing: { underRule?: unknown; agendaItemId?: unknown } | null,
): Promise<boolean> {
  if (existing?.underRule === true) return true;
  const item = agendaItemId === undefined ? ((existing?.agendaItemId as string | null) ?? null) : agendaItemId;
  return ruleAt(tx, dialogueId, item);
}

export async function nextPosition(
  db: Queryable,
  table: typeof statements | typeof outcomes,
  dialogueId: string,
): Promise<number> {
  const [row] = await db
    .select({ max: sql<number | null>`max(${table.position})` })
    .from(table)
    .where(eq(table.dialogueId, dialogueId));
  return row?.max === null || row?.max === undefined ? 0 : Number(row.max) + 1;
}

export const statementSpec: ResourceSpec<StatementCreate, Statement> = {
  name: 'statement',
  table: statements,
  parentColumn: statements.dialogueId,
  stream: (dialogueId) => dialogueId!,
  dialogueOf: (dialogueId) => dialogueId,
  async toColumns(input, { tx, parentId, existing }) {
    const underRule = await stillUnderRule(tx, parentId!, input.agendaItemId, existing);
    const inDialogue = (column: PgColumn) => ({ column, value: parentId! });
    await assertIdExists(tx, agendaItems, input.agendaItemId, 'agendaItemId', inDialogue(agendaItems.dialogueId));
    if (input.speaker?.kind === 'participant') {
      await assertIdExists(
        tx,
        participants,
        input.speaker.participantId,
        'speaker.participantId',
        inDialogue(participants.dialogueId),
      );
    } else if (input.speaker?.kind === 'collective') {
      await assertIdsExist(tx, organizations, input.speaker.organizationIds, 'speaker.organizationIds');
    }
    await assertIdsExist(tx, areas, input.areaIds, 'areaIds');
    await assertIdsExist(tx, provisions, input.provisionIds, 'provisionIds');
    const speaker =
      input.speaker === undefined
        ? {}
        : input.speaker.kind === 'participant'
          ? { participantId: input.speaker.participantId, collectiveOrganizationIds: [] }
          : { participantId: null, collectiveOrganizationIds: input.speaker.organizationIds };
    return defined({
      agendaItemId: input.agendaItemId,
      ...speaker,
      kind: input.kind,
      text: input.text,
      deliveredAt: input.deliveredAt === undefined ? undefined : input.deliveredAt && new Date(input.deliveredAt),
      position: input.position ?? (existing ? undefined : await nextPosition(tx, statements, parentId!)),
      areaIds: input.areaIds,
      provisionIds: input.provisionIds,
      underRule,
    });
  },
  async present(rows, { db, audience, parentId }) {
    const scope =
      audience === 'outside' && parentId
        ? await loadChathamScope(db, parentId)
        : { whole: false, items: new Set<string>() };
    return (rows as StatementRow[]).map((r) => presentStatement(r, audience, scope));
  },
  search: {
    kind: 'statement',
    entries: async (row, { tx }) => {
      const r = row as StatementRow;
      const organizationIds = r.participantId
        ? await participantOrganization(tx, r.participantId)
        : r.collectiveOrganizationIds;
      return recordEntries(tx, r, organizationIds, await participantNameForms(tx, r.participantId));
    },
  },
  filters: (q) => [
    q.agendaItem ? eq(statements.agendaItemId, q.agendaItem as string) : undefined,
    q.area ? sql`${q.area as string}::uuid = any(${statements.areaIds})` : undefined,
    q.provision ? sql`${q.provision as string}::uuid = any(${statements.provisionIds})` : undefined,
    q.country
      ? sql`(exists (select 1 from ${participants} join ${organizations} on ${organizations.id} = ${participants.organizationId}
        where ${participants.id} = ${statements.participantId} and ${organizations.countryCode} = ${q.country as string})
      or exists (select 1 from ${organizations} where ${organizations.id} = any(${statements.collectiveOrganizationIds}) and ${organizations.countryCode} = ${q.country as string}))`
      : undefined,
  ],
  orderBy: [asc(statements.position), asc(statements.id)],
};
