import { and, asc, desc, eq, isNotNull, isNull } from 'drizzle-orm';
import type { Binding, BindingDecision, BindingState } from '../../../shared/contracts/accounts.ts';
import { AppError } from '../../../shared/errors.ts';
import { accountBindings, dialogues, invitations, people, users } from '../../db/schema.ts';
import type { Deps } from '../../deps.ts';
import { ACCOUNTS_STREAM, appendEvent } from '../../events/append-event.ts';
import { write } from '../../events/write.ts';
import type { Actor } from '../../policy/actor.ts';
import type { Queryable } from '../../db/database.ts';

type Row = typeof accountBindings.$inferSelect;

const stateOf = (row: Pick<Row, 'decision'>): BindingState =>
  row.decision === 'confirmed' ? 'confirmed' : row.decision === 'refused' ? 'refused' : 'pending';

async function readBindings(db: Queryable, where: ReturnType<typeof and>, order: 'asc' | 'desc'): Promise<Binding[]> {
  const rows = await db
    .select({
      binding: accountBindings,
      userEmail: users.email,
      personName: people.name,
      directoryEmail: people.email,
      invitationEmail: invitations.email,
      dialogueId: dialogues.id,
      dialogueTitle: dialogues.title,
    })
    .from(accountBindings)
    .innerJoin(users, eq(users.id, accountBindings.userId))
    .innerJoin(people, eq(people.id, accountBindings.personId))
    .leftJoin(invitations, eq(invitations.id, accountBindings.invitationId))
    .leftJoin(dialogues, eq(dialogues.id, invitations.dialogueId))
    .where(where)
    .orderBy(
      order === 'asc' ? asc(accountBindings.requestedAt) : desc(accountBindings.decidedAt),
      asc(accountBindings.id),
    );
  return rows.map((r) => ({
    id: r.binding.id,
    version: r.binding.version,
    state: stateOf(r.binding),
    user: { id: r.binding.userId, email: r.userEmail },
    person: { id: r.binding.personId, name: r.personName, directoryEmail: r.directoryEmail },
    invitation:
      r.binding.invitationId && r.invitationEmail && r.dialogueId && r.dialogueTitle
        ? {
            id: r.binding.invitationId,
            email: r.invitationEmail,
            dialogueId: r.dialogueId,
            dialogueTitle: r.dialogueTitle,
          }
        : null,
    requestedAt: r.binding.requestedAt.toISOString(),
    decidedAt: r.binding.decidedAt?.toISOString() ?? null,
    decidedBy: r.binding.decidedBy,
  }));
}

/** The secretariat's list: pending bindings oldest first, decided ones newest first. */
export function listBindings(deps: Pick<Deps, 'db'>, state: BindingState): Promise<Binding[]> {
  const where =
    state === 'pending'
      ? isNull(accountBindings.decision)
      : and(isNotNull(accountBindings.decision), eq(accountBindings.decision, state));
  return readBindings(deps.db, where, state === 'pending' ? 'asc' : 'desc');
}

/**
 * The secretariat confirms or refuses a binding, once. Confirming ties the account to the person,
 * unless the person already has an account or the account already stands for someone (409 at
 * `decision`). Each decision is an Event on the accounts stream.
 */
export async function decideBinding(
  deps: Pick<Deps, 'db' | 'clock'>,
  args: { actor: Actor; id: string; input: BindingDecision },
): Promise<Binding> {
  await write(deps.db, async (tx) => {
    const [row] = await tx.select().from(accountBindings).where(eq(accountBindings.id, args.id));
    if (!row) throw new AppError('not_found');
    if (args.input.version !== undefined && row.version !== args.input.version)
      throw new AppError('version_conflict', `the binding is at version ${row.version}, not ${args.input.version}`);
    if (row.decision)
      throw new AppError('conflict', `this binding was already ${row.decision}`, [
        { path: 'decision', message: `already ${row.decision}`, code: 'binding_decided' },
      ]);
    const now = deps.clock();
    if (args.input.decision === 'confirm') {
      const [holder] = await tx.select({ id: users.id }).from(users).where(eq(users.personId, row.personId));
      if (holder)
        throw new AppError('conflict', 'the person already has an account', [
          { path: 'decision', message: 'the person already has another account', code: 'person_has_account' },
        ]);
      const bound = await tx
        .update(users)
        .set({ personId: row.personId, updatedAt: now })
        .where(and(eq(users.id, row.userId), isNull(users.personId)))
        .returning({ id: users.id });
      if (!bound.length)
        throw new AppError('conflict', 'the account already stands for a person', [
          { path: 'decision', message: 'the account is already bound', code: 'account_bound' },
        ]);
    }
    const decision = args.input.decision === 'confirm' ? 'confirmed' : 'refused';
    const updated = await tx
      .update(accountBindings)
      .set({ decision, decidedAt: now, decidedBy: args.actor.user?.id ?? null, version: row.version + 1 })
      .where(and(eq(accountBindings.id, row.id), eq(accountBindings.version, row.version)))
      .returning({ id: accountBindings.id });
    if (!updated.length) throw new AppError('version_conflict');
    await appendEvent(tx, {
      stream: ACCOUNTS_STREAM,
      type: `binding.${decision}`,
      actorId: args.actor.user?.id ?? null,
      payload: { id: row.id, userId: row.userId, personId: row.personId, invitationId: row.invitationId },
    });
  });
  const [binding] = await readBindings(deps.db, eq(accountBindings.id, args.id), 'asc');
  return binding!;
}
