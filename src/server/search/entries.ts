import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { SearchKind } from '../../shared/contracts/enums.ts';
import type { MultiText } from '../../shared/multilingual.ts';
import { skeleton } from '../../shared/transliteration/skeleton.ts';
import type { PgInsertValue } from 'drizzle-orm/pg-core';
import type { Queryable } from '../db/database.ts';
import { searchEntries } from '../db/schema.ts';

export interface EntryFacts {
  dialogueId?: string | null;
  agendaItemId?: string | null;
  year?: number | null;
  organizationIds?: string[];
  areaIds?: string[];
  publicFrom?: Date | null;
  /** `all` unless the record was said under the Chatham House Rule (see the column). */
  audience?: 'all' | 'inside' | 'outside';
}

/**
 * The searchable texts of one record: one entry per language any of its fields is written in,
 * each holding that language's version of every field (a field without that language adds nothing).
 */
export function entriesFor(fields: (MultiText | string | null | undefined)[], facts: EntryFacts) {
  const langs = new Set<string>();
  for (const f of fields) if (f && typeof f !== 'string') for (const lang of Object.keys(f.texts)) langs.add(lang);
  if (langs.size === 0) langs.add('und');
  return [...langs]
    .map((lang) => {
      const text = fields
        .map((f) => (f === null || f === undefined ? '' : typeof f === 'string' ? f : (f.texts[lang]?.text ?? '')))
        .filter(Boolean)
        .join(' — ');
      return { lang, text, skeleton: skeleton(text), ...facts };
    })
    .filter((e) => e.skeleton.length > 0);
}

export type Entry = ReturnType<typeof entriesFor>[number];

/** The text-search dictionary of a language: stemming where Postgres has it. */
export const dictionary = (lang: string): 'russian' | 'english' | 'simple' =>
  lang.startsWith('ru') ? 'russian' : lang.startsWith('en') ? 'english' : 'simple';

/** An entry's tsvector: the original stemmed by its language's dictionary, and the skeleton's words as they are. */
const tsvOf = (dict: SQL, text: SQL, skeleton: SQL) =>
  sql`(to_tsvector(${dict}, ${text}) || array_to_tsvector(string_to_array(${skeleton}, ' ')))`;

/**
 * The row of one entry. Its tsvector holds the stemmed original and the skeleton's words, so a
 * stemmed match and a cross-script match are one GIN lookup.
 */
export function entryRow(kind: SearchKind, refId: string, e: Entry): PgInsertValue<typeof searchEntries> {
  return {
    kind,
    refId,
    lang: e.lang,
    text: e.text,
    skeleton: e.skeleton,
    tsv: tsvOf(sql`${dictionary(e.lang)}::regconfig`, sql`${e.text}`, sql`${e.skeleton}`),
    dialogueId: e.dialogueId ?? null,
    agendaItemId: e.agendaItemId ?? null,
    year: e.year ?? null,
    organizationIds: e.organizationIds ?? [],
    areaIds: e.areaIds ?? [],
    publicFrom: e.publicFrom ?? null,
    audience: e.audience ?? 'all',
  };
}

/**
 * Keeps the lexicon's counts: each lexeme of the record's old rows counts one less, each of its new
 * rows one more, in one statement. One statement takes its row locks in one (sorted) order, so two
 * writers sharing common words queue up rather than deadlock.
 */
async function countWords(db: Queryable, kind: SearchKind, refId: string, entries: Entry[]): Promise<void> {
  const added = entries.length
    ? sql`union all select l, 1 from (values ${sql.join(
        entries.map((e) => sql`(${dictionary(e.lang)}::regconfig, ${e.text}::text, ${e.skeleton}::text)`),
        sql`, `,
      )}) v(d, t, s),
        unnest(tsvector_to_array(${tsvOf(sql`v.d`, sql`v.t`, sql`v.s`)})) l`
    : sql``;
  await db.execute(sql`
    insert into search_words (word, entries)
    select l, sum(n)::int from (
      select l, -1 as n from search_entries, unnest(tsvector_to_array(tsv)) l where kind = ${kind} and ref_id = ${refId}
      ${added}
    ) x group by l having sum(n) <> 0 order by l
    on conflict (word) do update set entries = search_words.entries + excluded.entries`);
}

/** Counts every lexeme of the index afresh: after a bulk load that bypassed replaceEntries. */
export async function recountWords(db: Queryable): Promise<void> {
  await db.execute(sql`delete from search_words`);
  await db.execute(sql`insert into search_words (word, entries)
    select l, count(*)::int from search_entries, unnest(tsvector_to_array(tsv)) l group by l order by l`);
}

/** Replaces what the index holds for a record, inside the write's transaction. */
export async function replaceEntries(db: Queryable, kind: SearchKind, refId: string, entries: Entry[]): Promise<void> {
  await countWords(db, kind, refId, entries);
  await db.delete(searchEntries).where(and(eq(searchEntries.kind, kind), eq(searchEntries.refId, refId)));
  if (entries.length) await db.insert(searchEntries).values(entries.map((e) => entryRow(kind, refId, e)));
}
