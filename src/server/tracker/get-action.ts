import { eq, inArray } from 'drizzle-orm';
import type { ActionPage } from '../../shared/contracts/tracker.ts';
import { CLOSED_STATUSES } from '../../shared/contracts/tracker.ts';
import { AppError } from '../../shared/errors.ts';
import { dialogues, outcomes, provisions, referenceDocuments } from '../db/schema.ts';
import type { Deps } from '../deps.ts';
import { loadChathamScope } from '../dialogues/chatham.ts';
import { organizationRefs } from '../dialogues/get-dialogue-record.ts';
import type { Subject } from '../http/route.ts';
import { isAdmin, type Actor } from '../policy/actor.ts';
import { audienceOf, type DialogueAccess } from '../policy/dialogue-access.ts';
import { loadStatusHistory, presentOutcome } from '../record/outcomes.ts';

/** An action as this reader may see it, with its origin, owner, provisions and history. */
export async function getAction(
  deps: Pick<Deps, 'db' | 'clock'>,
  args: { actor: Actor; id: string; access: DialogueAccess; subject: Subject },
): Promise<ActionPage> {
  const { db } = deps;
  const [row] = await db.select().from(outcomes).where(eq(outcomes.id, args.id));
  if (!row) throw new AppError('not_found', 'no such action');
  const audience = audienceOf(args.actor, args.access);
  const scope =
    audience === 'outside' ? await loadChathamScope(db, row.dialogueId) : { whole: false, items: new Set<string>() };
  const action = presentOutcome(row, (await loadStatusHistory(db, [row.id])).get(row.id) ?? [], audience, scope);
  const [d] = await db
    .select({ id: dialogues.id, title: dialogues.title, startsAt: dialogues.startsAt, hostZone: dialogues.hostZone })
    .from(dialogues)
    .where(eq(dialogues.id, row.dialogueId));
  const day = d!.startsAt.toISOString().slice(0, 10);
  const [owner] = action.ownerOrganizationId ? await organizationRefs(db, [action.ownerOrganizationId], day) : [];
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
  return {
    action,
    dialogue: { id: d!.id, title: d!.title, startsAt: d!.startsAt.toISOString(), hostZone: d!.hostZone },
    owner: owner ? { id: owner.id, name: owner.name, countryCode: owner.countryCode } : null,
    provisions: cited,
    overdue:
      action.dueOn !== null &&
      action.dueOn < today &&
      !(CLOSED_STATUSES as readonly string[]).includes(action.status ?? 'planned'),
    canUpdate: isAdmin(args.actor) || args.subject.ownedByReader,
  };
}
