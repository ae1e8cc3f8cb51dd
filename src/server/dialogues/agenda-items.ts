import { asc, eq, sql } from 'drizzle-orm';
import type { Queryable } from '../db/database.ts';
import { applyRule, guardLowering, reindexItem } from '../record/apply-rule.ts';
import type { AgendaItem, AgendaItemCreate } from '../../shared/contracts/dialogues.ts';
import { agendaItems, areas, dialogues, provisions } from '../db/schema.ts';
import { assertIdsExist, defined } from '../crud/links.ts';
import type { ResourceSpec } from '../crud/resource.ts';
import { entriesFor } from '../search/entries.ts';
import { dialogueYear } from '../search/facts.ts';
import { recordMeta } from '../crud/present.ts';

type AgendaRow = typeof agendaItems.$inferSelect;

async function dialogueConfidentiality(db: Queryable, dialogueId: string) {
  const [d] = await db
    .select({ confidentiality: dialogues.confidentiality })
    .from(dialogues)
    .where(eq(dialogues.id, dialogueId));
  return d?.confidentiality ?? null;
}

export const presentAgendaItem = (r: AgendaRow): AgendaItem => ({
  ...recordMeta(r),
  dialogueId: r.dialogueId,
  position: r.position,
  title: r.title,
  description: r.description,
  confidentiality: r.confidentiality,
  provisionIds: r.provisionIds,
  areaIds: r.areaIds,
});

export const agendaItemSpec: ResourceSpec<AgendaItemCreate, AgendaItem> = {
  name: 'agenda_item',
  table: agendaItems,
  parentColumn: agendaItems.dialogueId,
  stream: (dialogueId) => dialogueId!,
  dialogueOf: (dialogueId) => dialogueId,
  async toColumns(input, ctx) {
    const { tx } = ctx;
    const before = ctx.existing as AgendaRow | null;
    if (before && input.confidentiality !== undefined) {
      const dialogueRule = await dialogueConfidentiality(tx, ctx.parentId!);
      await guardLowering(
        ctx,
        { dialogueId: ctx.parentId!, agendaItemId: ctx.id },
        before.confidentiality ?? dialogueRule,
        input.confidentiality ?? dialogueRule,
        'confidentiality',
      );
    }
    await assertIdsExist(tx, provisions, input.provisionIds, 'provisionIds');
    await assertIdsExist(tx, areas, input.areaIds, 'areaIds');
    return defined({
      position: input.position,
      title: input.title,
      description: input.description,
      confidentiality: input.confidentiality,
      provisionIds: input.provisionIds,
      areaIds: input.areaIds,
    });
  },
  // An item raised to the Rule covers what was already said on it.
  async afterWrite(_input, ctx) {
    const [after] = await ctx.tx.select().from(agendaItems).where(eq(agendaItems.id, ctx.id));
    const rule = after!.confidentiality ?? (await dialogueConfidentiality(ctx.tx, ctx.parentId!));
    if (rule === 'chatham_house') await applyRule(ctx, ctx.parentId!, ctx.id);
    const before = ctx.existing as AgendaRow | null;
    if (before && before.confidentiality !== after!.confidentiality) await reindexItem(ctx, ctx.parentId!, ctx.id);
  },
  present: async (rows) => (rows as AgendaRow[]).map(presentAgendaItem),
  search: {
    kind: 'agenda_item',
    entries: async (row, { tx }) => {
      const r = row as AgendaRow;
      return entriesFor([r.title, r.description], {
        dialogueId: r.dialogueId,
        agendaItemId: r.id,
        year: await dialogueYear(tx, r.dialogueId),
        areaIds: r.areaIds,
        // A restricted item is for its dialogue's insiders alone.
        audience: r.confidentiality === 'restricted' ? 'inside' : 'all',
      });
    },
  },
  filters: (q) => [
    q.area ? sql`${q.area as string}::uuid = any(${agendaItems.areaIds})` : undefined,
    q.provision ? sql`${q.provision as string}::uuid = any(${agendaItems.provisionIds})` : undefined,
  ],
  orderBy: [asc(agendaItems.position), asc(agendaItems.id)],
};
