import { asc, eq, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Statement, StatementCreate } from '../../shared/contracts/record.ts';
import type { outcomes } from '../db/schema.ts';
import { agendaItems, areas, organizations, participants, provisions, statements } from '../db/schema.ts';
import type { Queryable } from '../db/database.ts';
import { assertIdExists, assertIdsExist, defined } from '../crud/links.ts';
import type { ResourceSpec } from '../crud/resource.ts';
import type { Audience } from '../../shared/contracts/dialogue-record.ts';
import { clearText, loadChathamScope, underRule, type ChathamScope } from '../dialogues/chatham.ts';
import { entriesFor } from '../search/entries.ts';
import { dialogueYear, participantOrganization } from '../search/facts.ts';
import { recordMeta } from '../crud/present.ts';

type StatementRow = typeof statements.$inferSelect;

/** The one presenter of statements: outsiders get no speaker for what was said under the Rule. */
export function presentStatement(r: StatementRow, audience: Audience, scope: ChathamScope): Statement {
  const withheld = audience === 'outside' && underRule(scope, r.agendaItemId);
  return {
    ...recordMeta(r),
    dialogueId: r.dialogueId,
    agendaItemId: r.agendaItemId,
    speaker: withheld
      ? { kind: 'withheld' }
      : r.participantId
        ? { kind: 'participant', participantId: r.participantId }
        : { kind: 'collective', organizationIds: r.collectiveOrganizationIds },
    kind: r.kind,
    text: withheld ? clearText(scope, r.agendaItemId, r.text) : r.text,
    deliveredAt: r.deliveredAt?.toISOString() ?? null,
    position: r.position,
    areaIds: r.areaIds,
    provisionIds: r.provisionIds,
  };
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
      return entriesFor([r.text], {
        dialogueId: r.dialogueId,
        agendaItemId: r.agendaItemId,
        year: await dialogueYear(tx, r.dialogueId),
        organizationIds,
        areaIds: r.areaIds,
      });
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
