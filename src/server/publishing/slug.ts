import { like } from 'drizzle-orm';
import { GENERIC } from '../../shared/transliteration/tables.ts';
import { romanize } from '../../shared/transliteration/transliterate.ts';
import type { Queryable } from '../db/database.ts';
import { publications } from '../db/schema.ts';

/**
 * A readable, unique address in Latin letters whatever the title's script:
 * "2020-06-22-dialogue-of-representatives-of-research-en".
 */
export async function uniqueSlug(db: Queryable, a: { title: string; date: Date; language: string }): Promise<string> {
  const latin = romanize(a.title.normalize('NFC'), GENERIC).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const words = latin
    .replace(/['ʻʼ’`]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, 6);
  const base = [a.date.toISOString().slice(0, 10), ...words, a.language.toLowerCase()].join('-');
  const taken = new Set(
    (
      await db
        .select({ slug: publications.slug })
        .from(publications)
        .where(like(publications.slug, `${base}%`))
    ).map((r) => r.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
