import { asc, sql } from 'drizzle-orm';
import type { AgendaItem, AgendaItemCreate } from '../../shared/contracts/dialogues.ts';
import { agendaItems, areas, provisions } from '../db/schema.ts';
import { assertIdsExist, defined } from '../crud/links.ts';
import type { ResourceSpec } from '../crud/resource.ts';
import { entriesFor } from '../search/entries.ts';
import { dialogueYear } from '../search/facts.ts';
import { recordMeta } from '../crud/present.ts';

type AgendaRow = typeof agendaItems.$inferSelect;

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
  async toColumns(input, { tx }) {
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
      });
    },
  },
  filters: (q) => [
    q.area ? sql`${q.area as string}::uuid = any(${agendaItems.areaIds})` : undefined,
    q.provision ? sql`${q.provision as string}::uuid = any(${agendaItems.provisionIds})` : undefined,
  ],
  orderBy: [asc(agendaItems.position), asc(agendaItems.id)],
};
