import { eq, inArray } from 'drizzle-orm';
import type { ActionPage } from '../../shared/contracts/tracker.ts';
import { CLOSED_STATUSES } from '../../shared/contracts/tracker.ts';
import { AppError } from '../../shared/errors.ts';
import { provisions, referenceDocuments } from '../db/schema.ts';
import type { Deps } from '../deps.ts';
import { getDialogueRecord } from '../dialogues/get-dialogue-record.ts';
import type { Subject } from '../policy/subject.ts';
import { isAdmin, type Actor } from '../policy/actor.ts';
import type { DialogueAccess } from '../policy/dialogue-access.ts';

/** An action as this reader may see it, read from its dialogue's record as the reader sees that. */
export async function getAction(
  deps: Deps,
  args: { actor: Actor; id: string; access: DialogueAccess; subject: Subject },
): Promise<ActionPage> {
  const { db } = deps;
  const { record } = await getDialogueRecord(deps, { actor: args.actor, access: args.access });
  const action = record.outcomes.find((o) => o.id === args.id);
  if (!action) throw new AppError('not_found', 'no such action');
  const owner = record.organizations.find((o) => o.id === action.ownerOrganizationId);
  const cited = action.provisionIds.length
    ? await db
        .select({
          id: provisions.id,
          documentId: provisions.documentId,
          number: provisions.number,
          documentTitle: referenceDocuments.title,
        })
        .from(provisions)
        .innerJoin(referenceDocuments, eq(referenceDocuments.id, provisions.documentId))
        .where(inArray(provisions.id, action.provisionIds))
    : [];
  const today = deps.clock().toISOString().slice(0, 10);
  const d = record.dialogue;
  return {
    action,
    dialogue: { id: d.id, title: d.title, startsAt: d.startsAt, hostZone: d.hostZone },
    owner: owner ? { id: owner.id, name: owner.name, countryCode: owner.countryCode } : null,
    provisions: cited,
    overdue:
      action.dueOn !== null &&
      action.dueOn < today &&
      !(CLOSED_STATUSES as readonly string[]).includes(action.status ?? 'planned'),
    canUpdate: isAdmin(args.actor) || args.subject.ownedByReader,
  };
}
