import type { Material } from '../../shared/contracts/materials.ts';
import { AppError } from '../../shared/errors.ts';
import type { Deps } from '../deps.ts';
import { getDialogueRecord } from '../dialogues/get-dialogue-record.ts';
import { outsideMaterials } from '../outside/materials.ts';
import type { Actor } from '../policy/actor.ts';
import { audienceOf, type DialogueAccess } from '../policy/dialogue-access.ts';
import { loadMaterials, presentInside } from './load.ts';

/** A dialogue's materials as this reader may see them: all of them inside, the outside view otherwise. */
export async function listMaterials(deps: Deps, args: { actor: Actor; access: DialogueAccess }): Promise<Material[]> {
  if (audienceOf(args.actor, args.access) === 'inside') {
    const { rows, versions } = await loadMaterials(deps.db, args.access.id);
    return rows.map((r) => presentInside(r, versions));
  }
  const { record } = await getDialogueRecord(deps, args);
  return outsideMaterials(deps, record);
}

/** One material as this reader may see it; hidden and missing answer alike. */
export async function readMaterial(
  deps: Deps,
  args: { actor: Actor; access: DialogueAccess; id: string },
): Promise<Material> {
  const found = (await listMaterials(deps, args)).find((m) => m.id === args.id);
  if (!found) throw new AppError('not_found');
  return found;
}
