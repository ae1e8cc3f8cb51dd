import { and, desc, eq, isNull, or, sql } from 'drizzle-orm';
import type { SearchQuery, SearchResults } from '../../shared/contracts/search.ts';
import { skeleton } from '../../shared/transliteration/skeleton.ts';
import { dialogues, provisions, searchEntries } from '../db/schema.ts';
import type { Deps } from '../deps.ts';
import type { Actor } from '../policy/actor.ts';
import { visibleDialogues } from '../dialogues/dialogues.ts';
import { snippet } from './snippet.ts';

/**
 * Finds texts across scripts: the query is folded to the same key as the texts, and trigram word
 * similarity ranks the keys. The reader's audience is applied in SQL: records of dialogues they may
 * not see are never candidates. Hits carry text, never a speaker: attribution stays with the presenters.
 */
export async function searchRecords(deps: Deps, args: { actor: Actor; query: SearchQuery }): Promise<SearchResults> {
  // Control characters and lone surrogates are noise in a query, and Postgres refuses NUL outright.
  const clean = args.query.q.normalize('NFC').replace(/\p{Cc}|\p{Cs}/gu, ' ').trim();
  const key = skeleton(clean);
  if (!key) return { query: args.query.q, key, hits: [] };
  // The query's language is unknown: ask every dictionary. websearch_to_tsquery never rejects input.
  const words = sql`(websearch_to_tsquery('russian', ${clean}) || websearch_to_tsquery('english', ${clean}) || websearch_to_tsquery('simple', ${clean}))`;
  const score = sql<number>`(word_similarity(${key}, ${searchEntries.skeleton}) + ts_rank(${searchEntries.tsv}, ${words}))`;
  const visible = visibleDialogues(args.actor);
  const rows = await deps.db
    .select({
      kind: searchEntries.kind, id: searchEntries.refId, dialogueId: searchEntries.dialogueId, documentId: provisions.documentId, lang: searchEntries.lang,
      text: searchEntries.text, score,
    })
    .from(searchEntries)
    .leftJoin(dialogues, eq(dialogues.id, searchEntries.dialogueId))
    .leftJoin(provisions, and(eq(searchEntries.kind, 'provision'), eq(provisions.id, searchEntries.refId)))
    .where(and(
      or(sql`${key} <% ${searchEntries.skeleton}`, sql`${searchEntries.tsv} @@ ${words}`),
      args.query.kind ? eq(searchEntries.kind, args.query.kind) : undefined,
      visible && or(isNull(searchEntries.dialogueId), visible),
    ))
    .orderBy(desc(score), searchEntries.kind, searchEntries.refId)
    .limit(args.query.limit * 3);

  // One hit per record: its best language version.
  const seen = new Set<string>();
  const hits = [];
  for (const r of rows) {
    const id = `${r.kind}:${r.id}`;
    if (seen.has(id)) continue;
    seen.add(id);
    hits.push({ kind: r.kind, id: r.id, dialogueId: r.dialogueId, documentId: r.documentId, lang: r.lang, snippet: snippet(r.text, key), score: Math.round(Number(r.score) * 1000) / 1000 });
    if (hits.length === args.query.limit) break;
  }
  return { query: args.query.q, key, hits };
}
