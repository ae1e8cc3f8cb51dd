import { and, eq, inArray, isNull, like, lte, ne, not, or, sql, type SQL } from 'drizzle-orm';
import {
  FACETS,
  type Facet,
  type SearchHit,
  type SearchQuery,
  type SearchResults,
} from '../../shared/contracts/search.ts';
import { skeleton } from '../../shared/transliteration/skeleton.ts';
import {
  agendaItems,
  dialogues,
  materialPages,
  materialVersions,
  organizations,
  provisions,
  publications,
  searchEntries,
} from '../db/schema.ts';
import type { Deps } from '../deps.ts';
import type { Queryable } from '../db/database.ts';
import { isAdmin, type Actor } from '../policy/actor.ts';
import { insideDialogue, visibleDialogues } from '../dialogues/dialogues.ts';
import { queryWords } from './query-words.ts';
import { snippet } from './snippet.ts';
import { loadChathamScope } from '../dialogues/chatham.ts';
import type { Redactor } from '../dialogues/redact.ts';

/** Facets count over this many best-matching entries. */
const CANDIDATES = 300;
/** Postings sampled per query when all its terms are common. */
const FUZZY_LIMIT = 3000;

const emptyFacets = (): SearchResults['facets'] => ({
  kind: [],
  year: [],
  lang: [],
  country: [],
  organization: [],
  area: [],
  dialogue: [],
  series: [],
});

/**
 * Finds texts across scripts: the query is folded to the same key as the texts and matched by
 * trigram word similarity, and also stemmed by every dictionary. The reader's audience is applied
 * in SQL: records of dialogues they may not see are never candidates, and under the Chatham House
 * Rule no organization is counted or filtered on for anyone but the secretariat. Hits carry text,
 * never a speaker.
 */
export async function searchRecords(deps: Deps, args: { actor: Actor; query: SearchQuery }): Promise<SearchResults> {
  const q = args.query;
  // Control characters and lone surrogates are noise in a query, and Postgres refuses NUL outright.
  const clean = q.q
    .normalize('NFC')
    .replace(/\p{Cc}|\p{Cs}/gu, ' ')
    .trim();
  const key = skeleton(clean);
  if (!key) return { query: q.q, key, hits: [], facets: emptyFacets() };
  const visible = visibleDialogues(args.actor);
  const attributable = isAdmin(args.actor)
    ? sql<boolean>`true`
    : sql<boolean>`(${dialogues.id} is null or (${dialogues.confidentiality} <> 'chatham_house' and coalesce(${agendaItems.confidentiality}, ${dialogues.confidentiality}) <> 'chatham_house'))`;

  // A publication is public from its embargo, whatever its dialogue's rule; before, only its dialogue's insiders find it.
  const now = deps.clock();
  const insider = insideDialogue(args.actor);
  const filters = and(
    // Under the Rule the text as said is for insiders; outsiders have the cleared text alone.
    or(
      eq(searchEntries.audience, 'all'),
      and(eq(searchEntries.audience, 'inside'), insider),
      and(eq(searchEntries.audience, 'outside'), not(insider)),
    ),
    or(
      and(ne(searchEntries.kind, 'publication'), visible && or(isNull(searchEntries.dialogueId), visible)),
      and(eq(searchEntries.kind, 'publication'), or(lte(searchEntries.publicFrom, now), insider)),
    ),
    q.kind ? eq(searchEntries.kind, q.kind) : undefined,
    q.year ? eq(searchEntries.year, q.year) : undefined,
    q.lang ? or(eq(searchEntries.lang, q.lang), like(searchEntries.lang, `${q.lang}-%`)) : undefined,
    q.area ? sql`${q.area}::uuid = any(${searchEntries.areaIds})` : undefined,
    q.dialogue ? eq(searchEntries.dialogueId, q.dialogue) : undefined,
    q.series ? eq(dialogues.seriesId, q.series) : undefined,
    q.organization
      ? and(attributable, sql`${q.organization}::uuid = any(${searchEntries.organizationIds})`)
      : undefined,
    q.country
      ? and(
          attributable,
          sql`exists (select 1 from ${organizations} where ${organizations.id} = any(${searchEntries.organizationIds}) and ${organizations.countryCode} = ${q.country})`,
        )
      : undefined,
  );
  const candidates = (db: Queryable, match: SQL, rank: SQL) =>
    db
      .select({
        kind: searchEntries.kind,
        id: searchEntries.refId,
        dialogueId: searchEntries.dialogueId,
        documentId: provisions.documentId,
        lang: searchEntries.lang,
        text: searchEntries.text,
        year: searchEntries.year,
        organizationIds: searchEntries.organizationIds,
        areaIds: searchEntries.areaIds,
        seriesId: dialogues.seriesId,
        attributable,
        slug: sql<string | null>`case when ${searchEntries.publicFrom} <= ${now} then ${publications.slug} end`,
        materialId: materialPages.materialId,
        page: materialPages.page,
        materialType: materialVersions.type,
        score: sql<number>`(word_similarity(${key}, ${searchEntries.skeleton}) + ts_rank(${searchEntries.tsv}, ${rank}))`,
      })
      .from(searchEntries)
      .leftJoin(dialogues, eq(dialogues.id, searchEntries.dialogueId))
      .leftJoin(agendaItems, eq(agendaItems.id, searchEntries.agendaItemId))
      .leftJoin(provisions, and(eq(searchEntries.kind, 'provision'), eq(provisions.id, searchEntries.refId)))
      .leftJoin(publications, and(eq(searchEntries.kind, 'publication'), eq(publications.id, searchEntries.refId)))
      .leftJoin(materialPages, and(eq(searchEntries.kind, 'material'), eq(materialPages.id, searchEntries.refId)))
      .leftJoin(materialVersions, eq(materialVersions.id, materialPages.versionId))
      .where(and(sql`${searchEntries.tsv} @@ ${match}`, filters))
      .limit(CANDIDATES);
  // Candidates are bounded and taken in index order (GIN): ranking touches a few hundred rows, never
  // every row a common word appears in, and a rare name has fewer matches than the bound, so none is
  // lost. Records matching every word come first; any word, only when those are too few.
  const rows = await deps.db.transaction(
    async (tx) => {
      // With a LIMIT and no statistics for a rare word, the planner guesses a sequential scan will
      // stop early; it scans every row instead. The index is always the right path here.
      await tx.execute(sql`set local enable_seqscan = off`);
      const words = await queryWords(tx, clean, key, !/\s$/u.test(q.q));
      // When every word of the query is common, any few thousand of its matches serve as well as all
      // of them, and reading every posting costs the most. GIN samples only when all the query's
      // terms are above this many rows, so a rare name is always read whole.
      await tx.execute(sql`set local gin_fuzzy_search_limit = ${sql.raw(String(FUZZY_LIMIT))}`);
      const rank = sql`(${words.all}::tsquery || ${words.any}::tsquery)`;
      const every = await candidates(tx, sql`${words.all}::tsquery`, rank);
      if (words.words < 2 || new Set(every.map((r) => `${r.kind}:${r.id}`)).size >= q.limit) return every;
      return [...every, ...(await candidates(tx, sql`${words.any}::tsquery`, rank))];
    },
    { accessMode: 'read only' },
  );
  rows.sort((a, b) => Number(b.score) - Number(a.score) || a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id));

  // One record, one hit: its best-scoring language version.
  const seen = new Set<string>();
  const records = rows
    .filter((r) => {
      const id = `${r.kind}:${r.id}`;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    })
    .map((r) => ({ ...r, organizationIds: r.attributable ? r.organizationIds : [] }));

  // Titles under the Rule reach outsiders with the names in them struck out. (Statements and outcomes
  // are found by outsiders only through their cleared entries: nothing to strike there.)
  const redactors = new Map<string, Redactor | undefined>();
  const hits: SearchHit[] = [];
  for (const r of records.slice(0, q.limit)) {
    let shown = snippet(r.text, key);
    if (!r.attributable && r.dialogueId && r.kind !== 'statement' && r.kind !== 'outcome') {
      if (!redactors.has(r.dialogueId))
        redactors.set(r.dialogueId, (await loadChathamScope(deps.db, r.dialogueId)).redactor);
      const cleared = snippet(redactors.get(r.dialogueId)?.text(r.text, r.lang) ?? r.text, key);
      // Found only by a name it may not show: the hit itself would tell who was mentioned.
      if (shown.marks.length > 0 && cleared.marks.length === 0) continue;
      shown = cleared;
    }
    hits.push({
      kind: r.kind,
      id: r.id,
      dialogueId: r.dialogueId,
      documentId: r.documentId,
      slug: r.slug,
      lang: r.lang,
      ...(r.materialId ? { material: { id: r.materialId, page: r.page!, slide: r.materialType === 'pptx' } } : {}),
      snippet: shown,
      score: Math.round(Number(r.score) * 1000) / 1000,
    });
  }
  return { query: q.q, key, hits, facets: await countFacets(deps, records) };
}

async function countFacets(
  deps: Deps,
  records: {
    kind: string;
    lang: string;
    year: number | null;
    organizationIds: string[];
    areaIds: string[];
    dialogueId: string | null;
    seriesId: string | null;
  }[],
) {
  const orgIds = [...new Set(records.flatMap((r) => r.organizationIds))];
  const countryOf = new Map(
    orgIds.length
      ? (
          await deps.db
            .select({ id: organizations.id, country: organizations.countryCode })
            .from(organizations)
            .where(inArray(organizations.id, orgIds))
        ).map((o) => [o.id, o.country])
      : [],
  );
  const values: Record<Facet, (r: (typeof records)[number]) => (string | null | undefined)[]> = {
    kind: (r) => [r.kind],
    year: (r) => [r.year?.toString()],
    lang: (r) => [r.lang.split('-')[0]],
    country: (r) => [...new Set(r.organizationIds.map((o) => countryOf.get(o)))],
    organization: (r) => r.organizationIds,
    area: (r) => r.areaIds,
    dialogue: (r) => [r.dialogueId],
    series: (r) => [r.seriesId],
  };
  const facets = emptyFacets();
  for (const facet of FACETS) {
    const counts = new Map<string, number>();
    for (const r of records) for (const v of values[facet](r)) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
    facets[facet] = [...counts]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  }
  return facets;
}
