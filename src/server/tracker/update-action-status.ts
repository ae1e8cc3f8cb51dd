import type { ActionPage, ActionStatusUpdate } from '../../shared/contracts/tracker.ts';
import { updateRecord } from '../crud/resource.ts';
import type { Deps } from '../deps.ts';
import type { Subject } from '../policy/subject.ts';
import type { Actor } from '../policy/actor.ts';
import { loadDialogueAccess, type DialogueAccess } from '../policy/dialogue-access.ts';
import { outcomeSpec } from '../record/outcomes.ts';
import { getAction } from './get-action.ts';

/**
 * The owner institution, or the secretariat, moves an action to a new status with a note and
 * evidence. It is written through the outcome's own use case, so the history row, the event and
 * the search index follow as for any other edit; the history is only ever appended to.
 */
export async function updateActionStatus(
  deps: Deps,
  args: { actor: Actor; id: string; access: DialogueAccess; subject: Subject; input: ActionStatusUpdate },
): Promise<ActionPage> {
  await updateRecord(outcomeSpec, {
    db: deps.db,
    actor: args.actor,
    parentId: args.subject.dialogueId,
    id: args.id,
    input: {
      status: args.input.status,
      statusNote: args.input.note ?? null,
      statusEvidence: args.input.evidence,
      version: args.input.version,
    },
  });
  // The access read before the write holds the seqs the record was cached at: read it again.
  const access = await loadDialogueAccess(deps.db, args.actor, args.subject.dialogueId);
  return getAction(deps, { ...args, access: access ?? args.access });
}
