import type { DialogueRecord } from '../../shared/contracts/dialogue-record.ts';
import type { Material } from '../../shared/contracts/materials.ts';
import type { MultiText } from '../../shared/multilingual.ts';
import type { Queryable } from '../db/database.ts';
import type { Deps } from '../deps.ts';
import { getDialogueRecord } from '../dialogues/get-dialogue-record.ts';
import { outsideMaterials } from '../outside/materials.ts';
import { ANONYMOUS } from '../policy/actor.ts';
import { loadDialogueAccess, visibleTo } from '../policy/dialogue-access.ts';

/**
 * What was tabled, as every public output may tell it: the dialogue's materials in the outside view
 * (marked public, the released version, no institution under the Rule; none of a restricted dialogue).
 * For the news article; the minutes' "what was tabled" reads the same through `tabledBeside`.
 */
export async function tabledMaterials(deps: Deps, dialogueId: string): Promise<Material[]> {
  const access = await loadDialogueAccess(deps.db, ANONYMOUS, dialogueId);
  if (!access || !visibleTo(ANONYMOUS, access)) return [];
  const { record } = await getDialogueRecord(deps, { actor: ANONYMOUS, access });
  return outsideMaterials(deps, record);
}

/**
 * The same materials beside an outside record already built, as the generators have it inside their
 * transaction: none when outsiders may not see the dialogue at all (restricted, or still a draft).
 */
export async function tabledBeside(db: Queryable, record: DialogueRecord): Promise<Material[]> {
  if (record.audience !== 'outside') throw new Error('what was tabled is read beside the outside record');
  const d = record.dialogue;
  if (!visibleTo(ANONYMOUS, { confidentiality: d.confidentiality, status: d.status, roles: [] })) return [];
  return outsideMaterials({ db }, record);
}

/** One line per tabled material for a generated text: its title in the language asked for, and its kind. */
export async function tabledLines(
  deps: Deps,
  dialogueId: string,
  lang: string,
): Promise<{ title: string; kind: Material['kind']; fileName: string; url: string }[]> {
  const pick = (m: MultiText) => m.texts[lang]?.text ?? m.texts[m.original]?.text ?? '';
  return (await tabledMaterials(deps, dialogueId)).map((m) => ({
    title: pick(m.title),
    kind: m.kind,
    fileName: m.current.fileName,
    url: `${deps.config.publicUrl}/api/v1/materials/${m.id}/file`,
  }));
}
