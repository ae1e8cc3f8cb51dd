import { asc, eq, inArray } from 'drizzle-orm';
import type { Material, MaterialAnchor, MaterialVersion } from '../../shared/contracts/materials.ts';
import type { MaterialType } from '../../shared/contracts/materials.ts';
import type { Queryable } from '../db/database.ts';
import { materials, materialVersions } from '../db/schema.ts';

export type MaterialRow = typeof materials.$inferSelect;
export type VersionRow = typeof materialVersions.$inferSelect;

export const anchorOf = (m: MaterialRow): MaterialAnchor =>
  m.statementId
    ? { kind: 'statement', id: m.statementId }
    : m.outcomeId
      ? { kind: 'outcome', id: m.outcomeId }
      : m.agendaItemId
        ? { kind: 'agenda_item', id: m.agendaItemId }
        : { kind: 'dialogue' };

export const presentVersion = (v: VersionRow, copy: 'original' | 'public' = 'original'): MaterialVersion => ({
  number: v.number,
  fileName: v.fileName,
  type: v.type as MaterialType,
  mediaType: v.mediaType,
  size: copy === 'public' ? (v.publicSize ?? v.size) : v.size,
  sha256: copy === 'public' ? (v.publicSha256 ?? v.sha256) : v.sha256,
  uploadedAt: v.uploadedAt.toISOString(),
  extraction: v.extraction === 'running' ? 'pending' : v.extraction,
  pages: v.pages,
  preview: v.preview,
});

/** The material as its insiders see it: every version, newest first, and who submitted it. */
export function presentInside(m: MaterialRow, versions: VersionRow[]): Material {
  const mine = versions.filter((v) => v.materialId === m.id).sort((a, b) => b.number - a.number);
  const current = mine.find((v) => v.number === m.currentVersion) ?? mine[0]!;
  return {
    id: m.id,
    version: m.version,
    dialogueId: m.dialogueId,
    anchor: anchorOf(m),
    title: m.title,
    language: m.language,
    kind: m.kind,
    organizationId: m.organizationId,
    public: m.publicVersion !== null,
    publicAt: m.publicAt?.toISOString() ?? null,
    current: presentVersion(current),
    versions: mine.map((v) => presentVersion(v)),
  };
}

/** A dialogue's materials and all their versions, in the order they were attached. */
export async function loadMaterials(
  db: Queryable,
  dialogueId: string,
): Promise<{ rows: MaterialRow[]; versions: VersionRow[] }> {
  const rows = await db
    .select()
    .from(materials)
    .where(eq(materials.dialogueId, dialogueId))
    .orderBy(asc(materials.createdAt), asc(materials.id));
  const versions = rows.length
    ? await db
        .select()
        .from(materialVersions)
        .where(
          inArray(
            materialVersions.materialId,
            rows.map((r) => r.id),
          ),
        )
    : [];
  return { rows, versions };
}

export async function loadMaterial(
  db: Queryable,
  id: string,
): Promise<{ row: MaterialRow; versions: VersionRow[] } | null> {
  const [row] = await db.select().from(materials).where(eq(materials.id, id));
  if (!row) return null;
  const versions = await db.select().from(materialVersions).where(eq(materialVersions.materialId, id));
  return { row, versions };
}
