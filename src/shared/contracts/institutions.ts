import { z } from 'zod';
import { Id, IdParams, IsoDate, Version } from '../common.ts';
import { institutionEndpoints as at } from '../endpoints/institutions.ts';
import { contract } from './contract.ts';
import { MembershipRole } from './enums.ts';
import { MultiText } from '../multilingual.ts';

/** A person's membership of an institution, dated. Ended ones stay as the history. */
export const Membership = z
  .object({
    id: Id,
    version: z.int(),
    organizationId: Id,
    organizationName: MultiText,
    personId: Id,
    personName: MultiText,
    role: MembershipRole,
    validFrom: IsoDate,
    validTo: IsoDate.nullable(),
    /** Today, in the server's day: from validFrom to validTo, both included. */
    current: z.boolean(),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'Membership' });
export type Membership = z.infer<typeof Membership>;

export const MembershipList = z.object({ items: z.array(Membership) }).meta({ id: 'MembershipList' });

const dated = <T extends { validFrom?: string; validTo?: string | null }>(m: T) =>
  !m.validFrom || !m.validTo || m.validTo >= m.validFrom;
const DATES = { message: 'must not be before validFrom', path: ['validTo'] };

export const MembershipCreate = z
  .strictObject({
    personId: Id,
    role: MembershipRole,
    validFrom: IsoDate.optional().meta({ description: 'Defaults to today.' }),
    validTo: IsoDate.nullable().optional(),
  })
  .refine(dated, DATES)
  .meta({ id: 'MembershipCreate' });
export type MembershipCreate = z.infer<typeof MembershipCreate>;

/** Ending a membership sets validTo (today, to end it now); nothing is deleted. */
export const MembershipChange = z
  .strictObject({
    version: Version,
    role: MembershipRole.optional(),
    validFrom: IsoDate.optional(),
    validTo: IsoDate.nullable().optional(),
  })
  .refine(dated, DATES)
  .refine((m) => m.role !== undefined || m.validFrom !== undefined || m.validTo !== undefined, {
    message: 'change the role or a date',
    path: ['role'],
    params: { code: 'nothing_to_change' },
  })
  .meta({ id: 'MembershipChange' });
export type MembershipChange = z.infer<typeof MembershipChange>;

export const MembershipParams = z.strictObject({ id: Id, membershipId: Id });

export const institutionContracts = {
  list: contract(at.list, { params: IdParams, response: MembershipList }),
  add: contract(at.add, { params: IdParams, body: MembershipCreate, response: Membership }),
  change: contract(at.change, { params: MembershipParams, body: MembershipChange, response: Membership }),
  mine: contract(at.mine, { response: MembershipList }),
};

export const SignOffChange = z
  .strictObject({
    version: Version.meta({ description: "The publication's version." }),
    organizationIds: z
      .array(Id)
      .max(100)
      .refine((ids) => new Set(ids).size === ids.length, 'must not repeat an id'),
    reason: z.string().trim().min(1).max(500),
  })
  .meta({ id: 'SignOffChange' });
export type SignOffChange = z.infer<typeof SignOffChange>;
