import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Membership, MembershipCreate } from '../../shared/contracts/institutions.ts';
import { AppError } from '../../shared/errors.ts';
import { institutionMemberships, people } from '../db/schema.ts';
import type { Deps } from '../deps.ts';
import { ACCOUNTS_STREAM, appendEvent } from '../events/append-event.ts';
import { write } from '../events/write.ts';
import type { Actor } from '../policy/actor.ts';
import { assertMayDate, assertMayManage, assertNoOverlap, lockInstitution } from './membership-rules.ts';
import { readMembership } from './membership-view.ts';
import { todayOf } from './standing.ts';

/** Makes a person a member or the focal point of an institution, from a day (today by default). Audited. */
export async function addMembership(
  deps: Pick<Deps, 'db' | 'clock'>,
  args: { actor: Actor; organizationId: string; input: MembershipCreate; id?: string },
): Promise<Membership> {
  const { actor, organizationId, input } = args;
  assertMayManage(actor, [input.role]);
  const day = todayOf(deps.clock);
  return write(deps.db, async (tx) => {
    await lockInstitution(tx, organizationId);
    const [person] = await tx.select({ id: people.id }).from(people).where(eq(people.id, input.personId));
    if (!person)
      throw new AppError('validation_failed', 'no such person in the directory', [
        { path: 'personId', message: 'no such person', code: 'unknown_reference' },
      ]);
    const span = { validFrom: input.validFrom ?? day, validTo: input.validTo ?? null };
    assertMayDate(actor, day, null, span);
    await assertNoOverlap(tx, { organizationId, personId: input.personId, ...span });
    const id = args.id ?? randomUUID();
    await tx.insert(institutionMemberships).values({
      id,
      organizationId,
      personId: input.personId,
      role: input.role,
      ...span,
      createdBy: actor.user?.id ?? null,
    });
    await appendEvent(tx, {
      stream: ACCOUNTS_STREAM,
      type: 'membership.added',
      actorId: actor.user?.id ?? null,
      payload: { id, organizationId, personId: input.personId, role: input.role, ...span },
    });
    return readMembership(tx, id, day);
  });
}
