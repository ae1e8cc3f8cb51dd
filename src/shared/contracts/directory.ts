import { z } from 'zod';
import { Id, IsoDate, PageQuery, RecordMeta, Url, Version } from '../common.ts';
import { MultiText, LanguageTag } from '../multilingual.ts';
import { LIMITS } from '../limits.ts';
import { OrganizationKind } from './enums.ts';
import { contract } from './contract.ts';
import { crudContracts } from './crud.ts';
import {
  areaEndpoints,
  countryEndpoints,
  organizationEndpoints,
  personEndpoints,
  seriesEndpoints,
} from '../endpoints/directory.ts';

export const CountryCode = z
  .string()
  .regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code')
  .meta({ id: 'CountryCode' });

export const Country = z
  .object({
    code: CountryCode,
    name: MultiText,
    zones: z.array(z.string()),
    languages: z.array(LanguageTag),
  })
  .meta({ id: 'Country' });
export type Country = z.infer<typeof Country>;

const validity = {
  validFrom: IsoDate.nullable().optional(),
  validTo: IsoDate.nullable().optional(),
};

const checkValidity = (v: { validFrom?: string | null; validTo?: string | null }) =>
  !v.validFrom || !v.validTo || v.validFrom <= v.validTo;
const validityMessage = { message: 'validTo must not be before validFrom', path: ['validTo'] };

export const OrganizationNameInput = z
  .strictObject({ name: MultiText, acronym: MultiText.nullable().optional(), ...validity })
  .refine(checkValidity, validityMessage);

const organizationShape = {
  names: z.array(OrganizationNameInput).min(1).max(LIMITS.namesPerEntity),
  kind: OrganizationKind,
  countryCode: CountryCode.nullable().optional(),
  parentAuthority: MultiText.nullable().optional(),
  website: Url.nullable().optional(),
};
export const OrganizationCreate = z.strictObject(organizationShape).meta({ id: 'OrganizationCreate' });
export const OrganizationUpdate = z
  .strictObject(organizationShape)
  .partial()
  .extend({ version: Version })
  .meta({ id: 'OrganizationUpdate' });
export type OrganizationCreate = z.infer<typeof OrganizationCreate>;
export type OrganizationUpdate = z.infer<typeof OrganizationUpdate>;

export const OrganizationName = z.object({
  name: MultiText,
  acronym: MultiText.nullable(),
  validFrom: IsoDate.nullable(),
  validTo: IsoDate.nullable(),
});
export const Organization = z
  .object({
    ...RecordMeta,
    names: z.array(OrganizationName),
    kind: OrganizationKind,
    countryCode: CountryCode.nullable(),
    parentAuthority: MultiText.nullable(),
    website: z.string().nullable(),
  })
  .meta({ id: 'Organization' });
export type Organization = z.infer<typeof Organization>;

export const OrganizationListQuery = PageQuery.extend({
  country: CountryCode.optional(),
  kind: OrganizationKind.optional(),
}).meta({ id: 'OrganizationListQuery' });

export const PositionInput = z
  .strictObject({ organizationId: Id, title: MultiText, ...validity })
  .refine(checkValidity, validityMessage);

const personShape = {
  name: MultiText,
  email: z.email().max(LIMITS.shortText).nullable().optional(),
  phone: z
    .string()
    .regex(/^[+0-9 ()-]{3,40}$/, 'expected a phone number')
    .nullable()
    .optional(),
  positions: z.array(PositionInput).max(LIMITS.namesPerEntity),
};
export const PersonCreate = z.strictObject(personShape).meta({ id: 'PersonCreate' });
export const PersonUpdate = z
  .strictObject(personShape)
  .partial()
  .extend({ version: Version })
  .meta({ id: 'PersonUpdate' });
export type PersonCreate = z.infer<typeof PersonCreate>;
export type PersonUpdate = z.infer<typeof PersonUpdate>;

export const Position = z.object({
  organizationId: Id,
  title: MultiText,
  validFrom: IsoDate.nullable(),
  validTo: IsoDate.nullable(),
});
export const Person = z
  .object({
    ...RecordMeta,
    name: MultiText,
    /** Absent unless the reader is the secretariat or this person. */
    email: z.string().nullable().optional(),
    phone: z.string().nullable().optional(),
    positions: z.array(Position),
  })
  .meta({ id: 'Person' });
export type Person = z.infer<typeof Person>;

export const PersonListQuery = PageQuery.extend({
  country: CountryCode.optional(),
  organization: Id.optional(),
}).meta({ id: 'PersonListQuery' });

const seriesShape = { title: MultiText, description: MultiText.nullable().optional() };
export const SeriesCreate = z.strictObject(seriesShape).meta({ id: 'SeriesCreate' });
export const SeriesUpdate = z
  .strictObject(seriesShape)
  .partial()
  .extend({ version: Version })
  .meta({ id: 'SeriesUpdate' });
export const Series = z
  .object({ ...RecordMeta, title: MultiText, description: MultiText.nullable() })
  .meta({ id: 'Series' });
export type Series = z.infer<typeof Series>;
export type SeriesCreate = z.infer<typeof SeriesCreate>;
export type SeriesUpdate = z.infer<typeof SeriesUpdate>;

const areaShape = {
  slug: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lowercase words joined by hyphens')
    .max(80),
  name: MultiText,
};
export const AreaCreate = z.strictObject(areaShape).meta({ id: 'AreaCreate' });
export const AreaUpdate = z.strictObject(areaShape).partial().extend({ version: Version }).meta({ id: 'AreaUpdate' });
export const Area = z.object({ ...RecordMeta, ...areaShape }).meta({ id: 'Area' });
export type Area = z.infer<typeof Area>;
export type AreaCreate = z.infer<typeof AreaCreate>;
export type AreaUpdate = z.infer<typeof AreaUpdate>;

export const DirectoryListQuery = PageQuery;

export const countryContracts = { list: contract(countryEndpoints.list, { response: z.array(Country) }) };
export const organizationContracts = crudContracts(organizationEndpoints, {
  list: OrganizationListQuery,
  create: OrganizationCreate,
  update: OrganizationUpdate,
  output: Organization,
});
export const personContracts = crudContracts(personEndpoints, {
  list: PersonListQuery,
  create: PersonCreate,
  update: PersonUpdate,
  output: Person,
});
export const seriesContracts = crudContracts(seriesEndpoints, {
  list: DirectoryListQuery,
  create: SeriesCreate,
  update: SeriesUpdate,
  output: Series,
});
export const areaContracts = crudContracts(areaEndpoints, {
  list: DirectoryListQuery,
  create: AreaCreate,
  update: AreaUpdate,
  output: Area,
});
