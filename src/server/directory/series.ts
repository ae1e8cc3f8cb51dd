import { asc } from 'drizzle-orm';
import type { Series, SeriesCreate } from '../../shared/contracts/directory.ts';
import { series } from '../db/schema.ts';
import { defined } from '../crud/links.ts';
import type { ResourceSpec } from '../crud/resource.ts';
import { DIRECTORY_STREAM } from '../events/append-event.ts';
import { recordMeta } from '../crud/present.ts';

type SeriesRow = typeof series.$inferSelect;

export const presentSeries = (r: SeriesRow): Series => ({
  ...recordMeta(r),
  title: r.title,
  description: r.description,
});

export const seriesSpec: ResourceSpec<SeriesCreate, Series> = {
  name: 'series',
  table: series,
  stream: () => DIRECTORY_STREAM,
  toColumns: async (input) => defined({ title: input.title, description: input.description }),
  present: async (rows) => (rows as SeriesRow[]).map(presentSeries),
  orderBy: [asc(series.createdAt), asc(series.id)],
};
