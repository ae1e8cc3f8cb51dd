import { sql } from 'drizzle-orm';
import { trackedOutcome } from './tracked.ts';
import type { Subject } from '../policy/subject.ts';
import type { Deps } from '../deps.ts';
import type { Queryable } from '../db/database.ts';
import type { Actor } from '../policy/actor.ts';
import { holdsMembership, todayOf } from '../institutions/standing.ts';

/**
 * An action (a commitment or follow-up action), with its dialogue and whether the reader belongs to
 * the institution that owns it: by a membership the secretariat or its focal point keeps, never by a
 * participant row or a directory position. Under the Chatham House Rule the member must also have
 * taken part in that dialogue: to anyone else, being allowed to move it would tell that their
 * institution owns it, and so took part.
 */
export async function actionSubject(
  deps: { db: Queryable; clock: Deps['clock'] },
  params: { id: string },
  actor: Actor,
): Promise<Subject | null> {
  const today = todayOf(deps.clock);
  const r = await deps.db.execute<{ dialogue_id: string; owned: boolean }>(sql`
    select o.dialogue_id, ${
      actor.user
        ? sql`exists (
      select 1 from users u where u.id = ${actor.user.id}::uuid and u.person_id is not null
      and ${holdsMembership(sql`u.person_id`, sql`o.owner_organization_id`, today)}
      and (not (o.under_rule or d.confidentiality = 'chatham_house' or coalesce(ai.confidentiality, d.confidentiality) = 'chatham_house')
        or exists (select 1 from participants pa where pa.person_id = u.person_id and pa.dialogue_id = o.dialogue_id and pa.invitation = 'accepted')))`
        : sql`false`
    } as owned
    from outcomes o join dialogues d on d.id = o.dialogue_id left join agenda_items ai on ai.id = o.agenda_item_id
    where o.id = ${params.id}::uuid and ${trackedOutcome('o')}`);
  const row = r.rows[0];
  return row ? { dialogueId: row.dialogue_id, ownedByReader: row.owned } : null;
}
