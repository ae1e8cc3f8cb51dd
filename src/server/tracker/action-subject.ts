import { sql } from 'drizzle-orm';
import type { Subject } from '../http/route.ts';
import type { Deps } from '../deps.ts';
import type { Actor } from '../policy/actor.ts';

/**
 * An action (a commitment or follow-up action), with its dialogue and whether the reader belongs to
 * the institution that owns it: by a position they hold there now, or by taking part in a dialogue
 * for it. Under the Chatham House Rule only the dialogue's own participants count: to anyone else,
 * being allowed to move it would tell that their institution owns it, and so took part.
 */
export async function actionSubject(
  deps: Pick<Deps, 'db' | 'clock'>,
  params: { id: string },
  actor: Actor,
): Promise<Subject | null> {
  const today = deps.clock().toISOString().slice(0, 10);
  const r = (await deps.db.execute(sql`
    select o.dialogue_id, ${
      actor.user
        ? sql`exists (
      select 1 from users u where u.id = ${actor.user.id}::uuid and u.person_id is not null and (
        exists (select 1 from positions p where p.person_id = u.person_id and p.organization_id = o.owner_organization_id
          and (p.valid_from is null or p.valid_from <= ${today}::date) and (p.valid_to is null or p.valid_to >= ${today}::date))
        or exists (select 1 from participants pa where pa.person_id = u.person_id and pa.organization_id = o.owner_organization_id))
      and (not (o.under_rule or d.confidentiality = 'chatham_house' or coalesce(ai.confidentiality, d.confidentiality) = 'chatham_house')
        or exists (select 1 from participants pa where pa.person_id = u.person_id and pa.dialogue_id = o.dialogue_id and pa.invitation = 'accepted')))`
        : sql`false`
    } as owned
    from outcomes o join dialogues d on d.id = o.dialogue_id left join agenda_items ai on ai.id = o.agenda_item_id
    where o.id = ${params.id}::uuid and o.kind in ('commitment', 'follow_up_action')`)) as unknown as {
    rows: { dialogue_id: string; owned: boolean }[];
  };
  const row = r.rows[0];
  return row ? { dialogueId: row.dialogue_id, ownedByReader: row.owned } : null;
}
