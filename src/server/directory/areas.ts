import { asc } from 'drizzle-orm';
import type { Area, AreaCreate } from '../../shared/contracts/directory.ts';
import { agendaItems, areas, outcomes, statements } from '../db/schema.ts';
import { assertNotLinked, defined } from '../crud/links.ts';
import type { ResourceSpec } from '../crud/resource.ts';
import { DIRECTORY_STREAM } from '../events/append-event.ts';
import { recordMeta } from '../crud/present.ts';

type AreaRow = typeof areas.$inferSelect;

export const presentArea = (r: AreaRow): Area => ({
  ...recordMeta(r),
  slug: r.slug,
  name: r.name,
});

export const areaSpec: ResourceSpec<AreaCreate, Area> = {
  name: 'area',
  table: areas,
  stream: () => DIRECTORY_STREAM,
  toColumns: async (input) => defined({ slug: input.slug, name: input.name }),
  present: async (rows) => (rows as AreaRow[]).map(presentArea),
  beforeDelete: ({ tx, id }) =>
    assertNotLinked(tx, id, 'area', [agendaItems.areaIds, statements.areaIds, outcomes.areaIds]),
  orderBy: [asc(areas.slug)],
};
