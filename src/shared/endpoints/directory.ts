import { endpoint } from '../contracts/contract.ts';
import { crudEndpoints } from './crud.ts';

/** The directory (schemas: contracts/directory.ts). */
export const countryEndpoints = { list: endpoint('countries.list', 'GET', '/countries') };
export const organizationEndpoints = crudEndpoints('organizations', '/organizations');
export const personEndpoints = crudEndpoints('people', '/people');
export const seriesEndpoints = crudEndpoints('series', '/series');
export const areaEndpoints = crudEndpoints('areas', '/areas');
