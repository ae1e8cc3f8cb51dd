import { z } from 'zod';
import { Id, IsoDateTime, PageQuery } from '../common.ts';
import { MultiText } from '../multilingual.ts';
import { auditEndpoints as at } from '../endpoints/audit.ts';
import { contract } from './contract.ts';

/** An event type (`user.role_changed`), or a prefix of types ending in a dot (`membership.`). */
export const AuditKind = z
  .string()
  .trim()
  .min(1)
  .max(80)
  .regex(/^[a-z][a-z0-9_]*(\.[a-z0-9_]*)*$/, { message: 'an event type, or a prefix ending in a dot' })
  .meta({ description: 'An event type (`user.role_changed`), or a prefix ending in a dot (`membership.`).' });

const auditFilters = {
  /** The actor: who did it. */
  user: Id.optional(),
  dialogue: Id.optional(),
  kind: AuditKind.optional(),
  /** From this instant, inclusive. */
  from: IsoDateTime.optional(),
  /** Up to this instant, inclusive. */
  to: IsoDateTime.optional(),
};

const fromBeforeTo = (q: { from?: string; to?: string }, ctx: z.RefinementCtx) => {
  if (q.from && q.to && Date.parse(q.from) > Date.parse(q.to))
    ctx.addIssue({
      code: 'custom',
      path: ['to'],
      message: 'must not be before from',
      params: { code: 'before_start' },
    });
};

/** The filters of the audit log and its CSV export. */
export const AuditFilters = z.strictObject(auditFilters).superRefine(fromBeforeTo).meta({ id: 'AuditFilters' });
export type AuditFilters = z.infer<typeof AuditFilters>;

/**
 * One page of the audit log, newest first. Keyset: `before` is the `next` of the previous page, so a
 * page never shifts when events are written meanwhile (offsets would).
 */
export const AuditQuery = z
  .strictObject({
    ...auditFilters,
    limit: PageQuery.shape.limit,
    before: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER).optional(),
  })
  .superRefine(fromBeforeTo)
  .meta({ id: 'AuditQuery' });
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AuditEntry = z
  .object({
    /** The event's id: entries are ordered by it, newest (largest) first. */
    id: z.int(),
    at: IsoDateTime,
    /** Who did it; null for the system, or an attempt nobody is known for (a failed sign-in). */
    actor: z.object({ id: Id, email: z.string().nullable() }).nullable(),
    type: z.string(),
    /** The dialogue it concerns; its title is null once the dialogue is deleted. */
    dialogue: z.object({ id: Id, title: MultiText.nullable() }).nullable(),
    /** A short summary of what the event records (the e-mail typed, a value before and after, …). */
    summary: z.string(),
  })
  .meta({ id: 'AuditEntry' });
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditPage = z
  .object({
    items: z.array(AuditEntry),
    /** Pass as `before` for the next, older page; null when this is the last one. */
    next: z.int().nullable(),
  })
  .meta({ id: 'AuditPage' });
export type AuditPage = z.infer<typeof AuditPage>;

export const auditContracts = {
  list: contract(at.list, { query: AuditQuery, response: AuditPage }),
  csv: contract(at.csv, { query: AuditFilters }),
};
