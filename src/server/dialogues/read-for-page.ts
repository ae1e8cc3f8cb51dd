import { Id } from '../../shared/common.ts';
import type { DialogueRecord } from '../../shared/contracts/dialogue-record.ts';
import type { Deps } from '../deps.ts';
import { standingOf, todayOf } from '../institutions/standing.ts';
import type { Actor } from '../policy/actor.ts';
import { loadDialogueAccess, visibleTo } from '../policy/dialogue-access.ts';
import { check } from '../policy/policy.ts';
import { getDialogueRecord } from './get-dialogue-record.ts';

/**
 * The record a reader's GET /api/v1/dialogues/:id answers, for the page the server sends with the web
 * app: the same steps as the route pipeline (src/server/http/route.ts) takes for that route — the
 * dialogue's access, its visibility, the policy's `dialogue.read` — and the same cached view. Null
 * wherever the API answers 404: no such dialogue, or one this reader may not see.
 */
export async function readRecordForPage(deps: Deps, actor: Actor, id: string): Promise<DialogueRecord | null> {
  if (!Id.safeParse(id).success) return null;
  const access = await loadDialogueAccess(deps.db, actor, id);
  if (!access || !visibleTo(actor, access)) return null;
  const denied = await check('dialogue.read', {
    actor,
    dialogue: async () => access,
    subject: null,
    organizationId: null,
    standing: () => standingOf(deps.db, actor, todayOf(deps.clock)),
  });
  if (denied) return null;
  return (await getDialogueRecord(deps, { actor, access })).record;
}
