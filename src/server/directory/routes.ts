import { asc } from 'drizzle-orm';
import * as C from '../../shared/contracts/directory.ts';
import { crudRoutes } from '../crud/routes.ts';
import { countries } from '../db/schema.ts';
import { serve, type AnyRoute } from '../http/route.ts';
import { areaSpec } from './areas.ts';
import { organizationSpec } from './organizations.ts';
import { personSpec } from './people.ts';
import { seriesSpec } from './series.ts';

const directory = { tag: 'Directory', read: 'directory.read', write: 'directory.write' } as const;

export const directoryRoutes: AnyRoute[] = [
  serve(C.countryContracts.list, {
    action: 'directory.read',
    tag: 'Directory',
    summary: 'List the countries',
    handler: async ({ deps }) => deps.db.select().from(countries).orderBy(asc(countries.code)),
  }),
  ...Object.values(
    crudRoutes({ ...directory, spec: organizationSpec, contracts: C.organizationContracts, noun: 'organization' }),
  ),
  ...Object.values(crudRoutes({ ...directory, spec: personSpec, contracts: C.personContracts, noun: 'person' })),
  ...Object.values(crudRoutes({ ...directory, spec: seriesSpec, contracts: C.seriesContracts, noun: 'series' })),
  ...Object.values(crudRoutes({ ...directory, spec: areaSpec, contracts: C.areaContracts, noun: 'area' })),
];
