import { and, eq, sql } from 'drizzle-orm';
import type { SearchKind } from '../../shared/contracts/enums.ts';
import type { MultiText } from '../../shared/multilingual.ts';
import { skeleton } from '../../shared/transliteration/skeleton.ts';
import type { Queryable } from '../db/database.ts';
import { searchEntries } from '../db/schema.ts';

export interface EntryFacts {
  dialogueId?: string | null;
  agendaItemId?: string | null;
  year?: number | null;
  organizationIds?: string[];
  areaIds?: string[];
}

/**
 * The searchable texts of one record: one entry per language any of its fields is written in,
 * each holding that language's version of every field (a field without that language adds nothing).
 */
export function entriesFor(fields: (MultiText | string | null | undefined)[], facts: EntryFacts) {
  const langs = new Set<string>();
  for (const f of fields) if (f && typeof f !== 'string') for (const lang of Object.keys(f.texts)) langs.add(lang);
  if (langs.size === 0) langs.add('und');
  return [...langs].map((lang) => {
    const text = fields
      .map((f) => (f === null || f === undefined ? '' : typeof f === 'string' ? f : f.texts[lang]?.text ?? ''))
      .filter(Boolean)
      .join(' — ');
    return { lang, text, skeleton: skeleton(text), ...facts };
  }).filter((e) => e.skeleton.length > 0);
}

export type Entry = ReturnType<typeof entriesFor>[number];

/** The text-search dictionary of a language: stemming where Postgres has it. */
export const dictionary = (lang: string): 'russian' | 'english' | 'simple' =>
  lang.startsWith('ru') ? 'russian' : lang.startsWith('en') ? 'english' : 'simple';

/** Replaces what the index holds for a record, inside the write's transaction. */
export async function replaceEntries(db: Queryable, kind: SearchKind, refId: string, entries: Entry[]): Promise<void> {
  await db.delete(searchEntries).where(and(eq(searchEntries.kind, kind), eq(searchEntries.refId, refId)));
  if (entries.length === 0) return;
  await db.insert(searchEntries).values(entries.map((e) => ({
    kind, refId, lang: e.lang, text: e.text, skeleton: e.skeleton, tsv: sql`to_tsvector(${dictionary(e.lang)}::regconfig, ${e.text})` as unknown as string, dialogueId: e.dialogueId ?? null, agendaItemId: e.agendaItemId ?? null,
    year: e.year ?? null, organizationIds: e.organizationIds ?? [], areaIds: e.areaIds ?? [],
  })));
}
