import { z } from 'zod';
import { Id } from '../common.ts';
import { LIMITS } from '../limits.ts';
import { SearchKind } from './enums.ts';
import { CountryCode } from './directory.ts';
import { LanguageTag } from '../multilingual.ts';
import { searchEndpoints } from '../endpoints/search.ts';
import { contract } from './contract.ts';

export const SearchQuery = z
  .strictObject({
    q: z.string().max(LIMITS.searchQuery, `at most ${LIMITS.searchQuery} characters`).default(''),
    kind: SearchKind.optional(),
    year: z.coerce.number().int().min(1900).max(2200).optional(),
    lang: LanguageTag.optional().meta({ description: 'A language; `uz` takes in `uz-Cyrl` too.' }),
    country: CountryCode.optional(),
    organization: Id.optional(),
    area: Id.optional(),
    dialogue: Id.optional(),
    series: Id.optional(),
    limit: z.coerce.number().int().min(1).max(50).default(10),
  })
  .meta({ id: 'SearchQuery' });

export const FACETS = ['kind', 'year', 'lang', 'country', 'organization', 'area', 'dialogue', 'series'] as const;
export type Facet = (typeof FACETS)[number];
export const FacetCounts = z.array(z.object({ value: z.string(), count: z.int() }));
export type SearchQuery = z.infer<typeof SearchQuery>;

export const SearchHit = z
  .object({
    kind: SearchKind,
    id: Id,
    dialogueId: Id.nullable(),
    /** For a provision: the document it belongs to. */
    documentId: Id.nullable(),
    /** For a published article: its address on the news site. */
    slug: z.string().nullable(),
    lang: z.string(),
    /** For a material: which one, and the page (or, for a presentation, the slide) the snippet is on. */
    material: z.object({ id: Id, page: z.int(), slide: z.boolean().optional() }).nullable().optional(),
    /** An excerpt in the text's own script; `marks` are [start, end) offsets of the words that matched. */
    snippet: z.object({ text: z.string(), marks: z.array(z.tuple([z.int(), z.int()])) }),
    score: z.number(),
  })
  .meta({ id: 'SearchHit' });
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchResults = z
  .object({
    query: z.string(),
    key: z.string(),
    hits: z.array(SearchHit),
    /** Counts over the best matches (up to a few hundred records), most frequent first. */
    facets: z.record(z.enum(FACETS), FacetCounts),
  })
  .meta({ id: 'SearchResults' });
export type SearchResults = z.infer<typeof SearchResults>;

export const searchContracts = {
  query: contract(searchEndpoints.query, { query: SearchQuery, response: SearchResults }),
};
