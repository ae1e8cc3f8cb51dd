import { and, eq, inArray } from 'drizzle-orm';
import type { Queryable } from '../db/database.ts';
import { materialPages, materials, materialVersions, searchEntries } from '../db/schema.ts';
import { replaceEntries, type Entry } from '../search/entries.ts';

/** One page's entry; `key` is its skeleton, computed off the main thread with the extraction. */
export const pageEntry = (
  m: { dialogueId: string; agendaItemId: string | null; language: string; publicVersion: number | null },
  number: number,
  text: string,
  key: string,
): Entry => ({
  lang: m.language,
  text,
  skeleton: key,
  dialogueId: m.dialogueId,
  agendaItemId: m.agendaItemId,
  // Found by outsiders only once the version they can read is this one.
  audience: m.publicVersion === number ? 'all' : 'inside',
});

/**
 * Re-files a material's pages after a change of who may find them (marked public, a new version):
 * the current version's entries take the audience its clearance allows; other versions' entries go.
 */
export async function reindexMaterial(db: Queryable, materialId: string): Promise<void> {
  const [m] = await db.select().from(materials).where(eq(materials.id, materialId));
  if (!m) return;
  const pages = await db
    .select({ id: materialPages.id, number: materialVersions.number })
    .from(materialPages)
    .innerJoin(materialVersions, eq(materialVersions.id, materialPages.versionId))
    .where(eq(materialPages.materialId, materialId));
  const current = pages.filter((p) => p.number === m.currentVersion).map((p) => p.id);
  for (const p of pages) if (p.number !== m.currentVersion) await replaceEntries(db, 'material', p.id, []);
  if (current.length)
    await db
      .update(searchEntries)
      .set({ audience: m.publicVersion === m.currentVersion ? 'all' : 'inside' })
      .where(and(eq(searchEntries.kind, 'material'), inArray(searchEntries.refId, current)));
}

/** Drops every entry of a material's pages (before the material goes). */
export async function unindexMaterial(db: Queryable, materialId: string): Promise<void> {
  const pages = await db
    .select({ id: materialPages.id })
    .from(materialPages)
    .where(eq(materialPages.materialId, materialId));
  for (const p of pages) await replaceEntries(db, 'material', p.id, []);
}
