import { asc } from 'drizzle-orm';
import { z } from 'zod';
import * as C from '../../shared/contracts/directory.ts';
import { crudRoutes } from '../crud/routes.ts';
import { countries } from '../db/schema.ts';
import { route, type AnyRoute } from '../http/route.ts';
import { areaSpec } from './areas.ts';
import { organizationSpec } from './organizations.ts';
import { personSpec } from './people.ts';
import { seriesSpec } from './series.ts';

const directory = { tag: 'Directory', read: 'directory.read', write: 'directory.write' } as const;

export const directoryRoutes: AnyRoute[] = [
  route({
    method: 'GET',
    url: '/countries',
    action: 'directory.read',
    tag: 'Directory',
    summary: 'List the countries',
    response: z.array(C.Country),
    handler: async ({ deps }) => deps.db.select().from(countries).orderBy(asc(countries.code)),
  }),
  ...crudRoutes({
    ...directory,
    spec: organizationSpec,
    base: '/organizations',
    noun: 'organization',
    create: C.OrganizationCreate,
    update: C.OrganizationUpdate,
    output: C.Organization,
    list: C.OrganizationListQuery,
  }),
  ...crudRoutes({
    ...directory,
    spec: personSpec,
    base: '/people',
    noun: 'person',
    create: C.PersonCreate,
    update: C.PersonUpdate,
    output: C.Person,
    list: C.PersonListQuery,
  }),
  ...crudRoutes({
    ...directory,
    spec: seriesSpec,
    base: '/series',
    noun: 'series',
    create: C.SeriesCreate,
    update: C.SeriesUpdate,
    output: C.Series,
    list: C.DirectoryListQuery,
  }),
  ...crudRoutes({
    ...directory,
    spec: areaSpec,
    base: '/areas',
    noun: 'area',
    create: C.AreaCreate,
    update: C.AreaUpdate,
    output: C.Area,
    list: C.DirectoryListQuery,
  }),
];
