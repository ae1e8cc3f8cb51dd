import { sql } from 'drizzle-orm';
import type { Queryable } from '../db/database.ts';

/** How many lexicon words one query word may stand for: its near spellings, and its completions. */
const EXPANSIONS = 8;
/** Words of a query that take part in matching; the rest only rank. */
const MAX_WORDS = 16;
/** A shorter last word completes to too many words to be worth it. */
const MIN_PREFIX = 3;
/** Endings a word may carry in the text and not in the query ("Türkmenistan" finds "Туркменистана")... */
const ENDING = 3;
/** ...on a word at least this long. */
const MIN_STEM = 4;
/** An ending form much rarer than the word itself adds little and costs the sampling of common words. */
const RARER = 100;

/** A typo may stand for a word this many times commoner than its best match, or for any word this rare. */
const COMMONER = 20;
const RARE = 1000;

export interface QueryWords {
  /** Every query word must match one of its spellings, or the query stemmed by some dictionary matches: the page's first choice. */
  all: string;
  /** Any query word may match: for when too few records match every word. */
  any: string;
  words: number;
}

type Found = {
  i: number;
  word: string;
  entries: number;
  known: number;
  how: 'near' | 'prefix';
};

/**
 * Turns a query's skeleton into tsqueries over the skeleton words in the index. Each query word
 * stands for itself and for its forms with an ending (the words it begins, if it is the last word
 * and still being typed). A word the index does not hold is a typo or another romanization: it also
 * stands for the lexicon words nearest to it by trigrams, about as rare as the nearest (a mistyped
 * name must not turn into a common word that buries it). Skeleton words are [a-z0-9]+, so quoting
 * them as lexemes is safe.
 */
export async function queryWords(db: Queryable, text: string, key: string, typing: boolean): Promise<QueryWords> {
  const words = [...new Set(key.split(' '))].slice(0, MAX_WORDS);
  const last = words.length;
  const prefix = typing;
  const r = await db.execute<Found>(sql`
    select q.i::int as i, w.word, w.entries, coalesce(k.entries, 0) as known, w.how
    from unnest(string_to_array(${words.join(' ')}, ' ')) with ordinality as q(word, i)
    left join search_words k on k.word = q.word and k.entries > 0
    cross join lateral (
      (select word, entries, 'near' as how from search_words
        where k.word is null and entries > 0 and word % q.word
        order by similarity(word, q.word) desc, entries, word limit ${EXPANSIONS})
      union all
      (select word, entries, 'prefix' as how from search_words
        where entries > 0 and word like q.word || '_%'
          and ((${prefix} and q.i = ${last} and length(q.word) >= ${MIN_PREFIX})
            or (length(q.word) >= ${MIN_STEM} and length(word) <= length(q.word) + ${ENDING}))
        order by entries desc, word limit ${EXPANSIONS})
    ) w`);
  const groups = words.map((w) => new Set([w]));
  const nearest = new Map<number, number>();
  for (const row of r.rows) {
    if (row.how === 'near') {
      // Rows come nearest first: the first sets how common the others may be.
      const best = nearest.get(row.i) ?? row.entries;
      nearest.set(row.i, best);
      if (row.entries > Math.max(RARE, COMMONER * best)) continue;
    } else if (row.entries * RARER < row.known) continue;
    groups[row.i - 1]!.add(row.word);
  }
  const disjunctions = groups.map((g) => `(${[...g].map((w) => `'${w}'`).join(' | ')})`);
  const all = [disjunctions.join(' & '), ...(await stemmed(db, text))].map((q) => `(${q})`).join(' | ');
  return { all, any: disjunctions.join(' | '), words: words.length };
}

const lexeme = (l: string) => `'${l.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

/**
 * The query stemmed by each dictionary (`сотрудничество` finds `сотрудничества`), as tsqueries of
 * terms the index holds: a dictionary that yields a term no entry has could match nothing anyway,
 * and leaving it out keeps every term of the lookup a real posting list.
 */
async function stemmed(db: Queryable, text: string): Promise<string[]> {
  const r = await db.execute<{ dict: string; lexemes: string[]; known: boolean }>(sql`
    select d.dict::text as dict, array_agg(l order by l) as lexemes, bool_and(coalesce(w.entries, 0) > 0) as known
    from unnest(array['russian', 'english', 'simple']::regconfig[]) as d(dict)
    cross join lateral unnest(tsvector_to_array(to_tsvector(d.dict, ${text}))) as l
    left join search_words w on w.word = l
    group by d.dict`);
  const queries = r.rows.filter((x) => x.known).map((x) => x.lexemes.map(lexeme).join(' & '));
  return [...new Set(queries)];
}
