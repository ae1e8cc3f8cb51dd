import { z } from 'zod';
import { Id } from '../common.ts';
import { LIMITS } from '../limits.ts';
import { SearchKind } from './enums.ts';

export const SearchQuery = z.strictObject({
  q: z.string().max(LIMITS.searchQuery, `at most ${LIMITS.searchQuery} characters`).default(''),
  kind: SearchKind.optional(),
  limit: z.coerce.number().int().min(1).max(50).default(10),
}).meta({ id: 'SearchQuery' });
export type SearchQuery = z.infer<typeof SearchQuery>;

export const SearchHit = z.object({
  kind: SearchKind,
  id: Id,
  dialogueId: Id.nullable(),
  /** For a provision: the document it belongs to. */
  documentId: Id.nullable(),
  lang: z.string(),
  /** An excerpt in the text's own script; `marks` are [start, end) offsets of the words that matched. */
  snippet: z.object({ text: z.string(), marks: z.array(z.tuple([z.int(), z.int()])) }),
  score: z.number(),
}).meta({ id: 'SearchHit' });
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchResults = z.object({ query: z.string(), key: z.string(), hits: z.array(SearchHit) }).meta({ id: 'SearchResults' });
export type SearchResults = z.infer<typeof SearchResults>;
