import { eq, sql } from 'drizzle-orm';
import { AppError } from '../../shared/errors.ts';
import { organizations } from '../db/schema.ts';
import type { Membership } from '../../shared/contracts/institutions.ts';
import type { Deps } from '../deps.ts';
import type { Actor } from '../policy/actor.ts';
import { readMemberships } from './membership-view.ts';
import { todayOf } from './standing.ts';

/** An institution's memberships, past and present: for the secretariat and the institution's own people. */
export async function listMemberships(deps: Pick<Deps, 'db' | 'clock'>, organizationId: string): Promise<Membership[]> {
  const [org] = await deps.db
    .select({ id: organizations.id })
    .from(organizations)
    .where(eq(organizations.id, organizationId));
  if (!org) throw new AppError('not_found', 'no such institution');
  return readMemberships(deps.db, sql`m.organization_id = ${organizationId}::uuid`, todayOf(deps.clock));
}

/** The reader's own memberships, for the account page: none without a directory person. */
export async function ownMemberships(deps: Pick<Deps, 'db' | 'clock'>, actor: Actor): Promise<Membership[]> {
  const personId = actor.user?.personId;
  if (!personId) return [];
  return readMemberships(deps.db, sql`m.person_id = ${personId}::uuid`, todayOf(deps.clock));
}
