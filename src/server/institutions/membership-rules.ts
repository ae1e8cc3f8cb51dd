import { sql } from 'drizzle-orm';
import type { MembershipRole } from '../../shared/contracts/enums.ts';
import { AppError } from '../../shared/errors.ts';
import type { Queryable } from '../db/database.ts';
import { isAdmin, type Actor } from '../policy/actor.ts';

/**
 * The secretariat manages every membership; an institution's focal point manages its members only.
 * Appointing, changing or ending a focal point is the secretariat's, so a focal point cannot make
 * another, nor keep one the secretariat ended.
 */
export function assertMayManage(actor: Actor, roles: readonly MembershipRole[]): void {
  if (isAdmin(actor) || roles.every((r) => r === 'member')) return;
  throw new AppError('forbidden', 'only the secretariat appoints, changes or ends a focal point', [
    { path: 'role', message: 'only the secretariat manages focal points', code: 'secretariat_only' },
  ]);
}

/**
 * The dates a focal point may set: from today on. Backdating a membership, or reopening or extending
 * one already ended (the secretariat may have ended it), is the secretariat's: the history stays as kept.
 */
export function assertMayDate(
  actor: Actor,
  day: string,
  before: { validFrom: string; validTo: string | null } | null,
  next: { validFrom: string; validTo: string | null },
): void {
  if (isAdmin(actor)) return;
  const refuse = (path: 'validFrom' | 'validTo') => {
    throw new AppError('forbidden', 'only the secretariat backdates, reopens or extends a membership', [
      { path, message: 'the secretariat changes this date', code: 'secretariat_dates' },
    ]);
  };
  if (next.validFrom < day && next.validFrom !== before?.validFrom) refuse('validFrom');
  if (before?.validTo != null && (next.validTo === null || next.validTo > before.validTo)) refuse('validTo');
}

/** Serialises every change to one institution's memberships, so two writes cannot both pass the overlap check. */
export async function lockInstitution(db: Queryable, organizationId: string): Promise<void> {
  const r = await db.execute(sql`select id from organizations where id = ${organizationId}::uuid for update`);
  if (!r.rows.length) throw new AppError('not_found', 'no such institution');
}

/** One person holds one membership of an institution at a time: dated spans of the same person may not overlap. */
export async function assertNoOverlap(
  db: Queryable,
  m: { organizationId: string; personId: string; validFrom: string; validTo: string | null; except?: string },
): Promise<void> {
  const r = await db.execute<{ id: string }>(sql`
    select id from institution_memberships
    where organization_id = ${m.organizationId}::uuid and person_id = ${m.personId}::uuid
      and id <> ${m.except ?? '00000000-0000-0000-0000-000000000000'}::uuid
      and valid_from <= coalesce(${m.validTo}::date, 'infinity'::date)
      and coalesce(valid_to, 'infinity'::date) >= ${m.validFrom}::date
    limit 1`);
  if (r.rows.length)
    throw new AppError('conflict', 'the person already has a membership of this institution for these dates', [
      {
        path: 'validFrom',
        message: 'overlaps another membership of the same person',
        code: 'overlaps',
        params: { membershipId: r.rows[0]!.id },
      },
    ]);
}
