import { and, eq } from 'drizzle-orm';
import type { Membership, MembershipChange } from '../../shared/contracts/institutions.ts';
import { AppError } from '../../shared/errors.ts';
import { institutionMemberships } from '../db/schema.ts';
import type { Deps } from '../deps.ts';
import { ACCOUNTS_STREAM, appendEvent } from '../events/append-event.ts';
import { write } from '../events/write.ts';
import type { Actor } from '../policy/actor.ts';
import { assertMayDate, assertMayManage, assertNoOverlap, lockInstitution } from './membership-rules.ts';
import { readMembership } from './membership-view.ts';
import { todayOf } from './standing.ts';

/**
 * Changes a membership's role or dates; ending one sets its last day. Nothing is deleted, so who
 * belonged when stays known. Each change is an Event with the membership before and after.
 */
export async function changeMembership(
  deps: Pick<Deps, 'db' | 'clock'>,
  args: { actor: Actor; organizationId: string; id: string; input: MembershipChange },
): Promise<Membership> {
  const { actor, organizationId, input } = args;
  const day = todayOf(deps.clock);
  return write(deps.db, async (tx) => {
    await lockInstitution(tx, organizationId);
    const [row] = await tx
      .select()
      .from(institutionMemberships)
      .where(and(eq(institutionMemberships.id, args.id), eq(institutionMemberships.organizationId, organizationId)));
    if (!row) throw new AppError('not_found', 'no such membership');
    assertMayManage(actor, input.role ? [row.role, input.role] : [row.role]);
    if (row.version !== input.version)
      throw new AppError('version_conflict', `the membership is at version ${row.version}, not ${input.version}`);
    const next = {
      role: input.role ?? row.role,
      validFrom: input.validFrom ?? row.validFrom,
      validTo: input.validTo === undefined ? row.validTo : input.validTo,
    };
    if (next.validTo !== null && next.validTo < next.validFrom)
      throw new AppError('validation_failed', 'a membership cannot end before it starts', [
        { path: 'validTo', message: 'must not be before validFrom', code: 'before_start' },
      ]);
    assertMayDate(actor, day, row, next);
    await assertNoOverlap(tx, { organizationId, personId: row.personId, ...next, except: row.id });
    await tx
      .update(institutionMemberships)
      .set({ ...next, version: row.version + 1, updatedAt: new Date() })
      .where(eq(institutionMemberships.id, row.id));
    await appendEvent(tx, {
      stream: ACCOUNTS_STREAM,
      type: 'membership.changed',
      actorId: actor.user?.id ?? null,
      payload: {
        id: row.id,
        organizationId,
        personId: row.personId,
        before: { role: row.role, validFrom: row.validFrom, validTo: row.validTo },
        after: next,
      },
    });
    return readMembership(tx, row.id, day);
  });
}
