import { sql, type SQL } from 'drizzle-orm';

/**
 * The tracker's one rule in SQL (`isTracked` in shared/contracts/tracker.ts): commitments and
 * follow-up actions, and a recommendation once it has an owner institution and a due date.
 */
export const trackedOutcome = (alias: string): SQL => {
  const o = sql.raw(alias);
  return sql`(${o}.kind in ('commitment', 'follow_up_action') or (${o}.kind = 'recommendation' and ${o}.owner_organization_id is not null and ${o}.due_on is not null))`;
};
