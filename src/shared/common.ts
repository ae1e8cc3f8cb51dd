import { z } from 'zod';
import { LIMITS } from './limits.ts';

export const Id = z.uuid().meta({ id: 'Id' });
export type Id = z.infer<typeof Id>;

/** Year 0000 is valid ISO 8601 but no year of the calendar PostgreSQL (and every reader) uses. */
const fromYearOne = (v: string) => !v.startsWith('0000');
const YEAR_ONE = { message: 'the year must be 0001 or later', params: { code: 'format.date' } } as const;
export const IsoDate = z.iso
  .date()
  .refine(fromYearOne, YEAR_ONE)
  .meta({ description: 'A calendar date, YYYY-MM-DD, from year 0001.' });
export const IsoDateTime = z.iso
  .datetime({ offset: true })
  .refine(fromYearOne, { ...YEAR_ONE, params: { code: 'format.datetime' } })
  .meta({ description: 'An instant, ISO 8601 with offset; stored in UTC.' });
/** A web address: http or https only (never javascript:, data: or file:), as every link field is clicked. */
export const Url = z
  .url({ protocol: /^https?$/ })
  .max(LIMITS.urlLength)
  .meta({ description: 'An http or https address.' });
export const Version = z.int().min(1).meta({ description: 'The version read; a stale one answers 409.' });

/** Links to other records, each unique. */
export const IdList = z
  .array(Id)
  .max(LIMITS.linksPerItem)
  .refine((ids) => new Set(ids).size === ids.length, 'must not repeat an id');

export const PageQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(LIMITS.pageSizeMax).default(LIMITS.pageSizeDefault),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.int(), limit: z.int(), offset: z.int() });

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

/** Every stored record answers with these. */
export const RecordMeta = {
  id: Id,
  version: z.int(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
};

export const IdParams = z.strictObject({ id: Id });
export const DialogueChildParams = z.strictObject({ id: Id, childId: Id });
/** A delete may name the version it read; a stale one is refused like a stale update. */
export const DeleteQuery = z.strictObject({ version: z.coerce.number().int().min(1).optional() });
