import { sql, type SQL } from 'drizzle-orm';
import type { MembershipRole } from '../../shared/contracts/enums.ts';
import type { Queryable } from '../db/database.ts';
import type { Deps } from '../deps.ts';
import type { Actor } from '../policy/actor.ts';

/** The institutions a reader belongs to today, with the roles held there: what the policy decides with. */
export type Standing = ReadonlyMap<string, readonly MembershipRole[]>;

/** The server's day, YYYY-MM-DD: memberships run from their first day to their last, both included. */
export const todayOf = (clock: Deps['clock']): string => clock().toISOString().slice(0, 10);

/**
 * SQL true when the person holds one of `roles` at the institution on `day`. The one definition of
 * membership that action rights, sign-off and the digest share.
 */
export function holdsMembership(
  personId: SQL,
  organizationId: SQL,
  day: string,
  roles: readonly MembershipRole[] = ['member', 'focal_point'],
): SQL {
  return sql`exists (select 1 from institution_memberships im where im.person_id = ${personId}
    and im.organization_id = ${organizationId} and im.role::text = any(${`{${roles.join(',')}}`}::text[])
    and im.valid_from <= ${day}::date and (im.valid_to is null or im.valid_to >= ${day}::date))`;
}

export async function standingOf(db: Queryable, actor: Actor, day: string): Promise<Standing> {
  const personId = actor.user?.personId;
  if (!personId) return new Map();
  const r = await db.execute<{ organization_id: string; roles: MembershipRole[] }>(sql`
    select organization_id, array_agg(distinct role::text) as roles from institution_memberships
    where person_id = ${personId}::uuid and valid_from <= ${day}::date and (valid_to is null or valid_to >= ${day}::date)
    group by organization_id`);
  return new Map(r.rows.map((row) => [row.organization_id, row.roles]));
}
