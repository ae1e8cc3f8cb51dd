import type { DialogueRecord } from '../../shared/contracts/dialogue-record.ts';
import type { Material } from '../../shared/contracts/materials.ts';
import type { Queryable } from '../db/database.ts';
import { loadChathamScope, underRule } from '../dialogues/chatham.ts';
import { anchorOf, loadMaterials, presentInside, presentVersion, type MaterialRow } from '../materials/load.ts';

/**
 * A dialogue's materials as outsiders see them, read beside the outside record: only those an insider
 * marked public, only the version that clearance released (its public copy, metadata stripped), and
 * only where the record they are attached to is itself in the outside record. Under the Chatham House
 * Rule the submitting institution is absent and names are struck from the title; no earlier versions.
 */
export async function outsideMaterials(deps: { db: Queryable }, record: DialogueRecord): Promise<Material[]> {
  const dialogueId = record.dialogue.id;
  const { rows, versions } = await loadMaterials(deps.db, dialogueId);
  const released = rows.filter((r) => r.publicVersion !== null);
  if (released.length === 0) return [];
  const items = new Set(record.agenda.map((a) => a.id));
  const statements = new Map(record.statements.map((s) => [s.id, s.agendaItemId]));
  const outcomes = new Map(record.outcomes.map((o) => [o.id, o.agendaItemId]));
  const itemOf = (m: MaterialRow): string | null | undefined => {
    const anchor = anchorOf(m);
    if (anchor.kind === 'dialogue') return null;
    if (anchor.kind === 'agenda_item') return items.has(anchor.id) ? anchor.id : undefined;
    const held = anchor.kind === 'statement' ? statements : outcomes;
    return held.has(anchor.id) ? (held.get(anchor.id) ?? null) : undefined;
  };
  const scope = await loadChathamScope(deps.db, dialogueId);
  const shown: Material[] = [];
  for (const m of released) {
    const item = itemOf(m);
    if (item === undefined) continue;
    const version = versions.find((v) => v.materialId === m.id && v.number === m.publicVersion);
    if (!version || version.publicSha256 === null) continue;
    const inside = presentInside(m, versions);
    const ruled = underRule(scope, item);
    const current = {
      ...presentVersion(version, 'public'),
      fileName: ruled ? publicFileName(version.number, version.fileName) : version.fileName,
      uploadedAt: version.uploadedAt.toISOString().slice(0, 10) + 'T00:00:00.000Z',
    };
    shown.push({
      ...inside,
      version: 0,
      title: ruled && scope.redactor ? scope.redactor.multi(m.title) : m.title,
      organizationId: ruled ? null : m.organizationId,
      current,
      versions: [current],
    });
  }
  return shown;
}

/** Under the Rule a file's own name may name its author: outsiders get a neutral one. */
export const publicFileName = (number: number, fileName: string): string =>
  `material-v${number}${/\.[A-Za-z0-9]{1,5}$/.exec(fileName)?.[0]?.toLowerCase() ?? ''}`;
