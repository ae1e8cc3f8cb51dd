import { and, eq, isNull } from 'drizzle-orm';
import { AppError } from '../../shared/errors.ts';
import { tokenHash } from '../accounts/tokens.ts';
import type { Queryable } from '../db/database.ts';
import { dialogues, invitations, participants, users } from '../db/schema.ts';
import type { Deps } from '../deps.ts';
import { appendEvent } from '../events/append-event.ts';
import { write } from '../events/write.ts';
import { offerAccount } from '../accounts/account-setup.ts';

export type InvitationCheck =
  | { state: 'open'; invitation: typeof invitations.$inferSelect; dialogue: typeof dialogues.$inferSelect }
  | { state: 'unknown' | 'used' | 'expired' };

/** What a link is worth now: open, already used, expired, or no link of ours. */
export async function checkInvitation(db: Queryable, token: string, now: Date): Promise<InvitationCheck> {
  const [row] = await db
    .select()
    .from(invitations)
    .where(eq(invitations.tokenHash, tokenHash(token)));
  if (!row) return { state: 'unknown' };
  if (row.usedAt) return { state: 'used' };
  if (row.expiresAt <= now) return { state: 'expired' };
  const [dialogue] = await db.select().from(dialogues).where(eq(dialogues.id, row.dialogueId));
  // An invitation's dialogue is a foreign key that cascades: deleting the dialogue deletes the invitation.
  return dialogue ? { state: 'open', invitation: row, dialogue } : { state: 'unknown' };
}

/** Accepts or declines, once: a used or expired link answers with why and changes nothing. */
export async function respond(
  deps: Pick<Deps, 'db' | 'clock'>,
  args: { token: string; response: 'accepted' | 'declined' },
): Promise<{ dialogueId: string; accountToken: string | null; hasAccount: boolean }> {
  return write(deps.db, async (tx) => {
    const now = deps.clock();
    const check = await checkInvitation(tx, args.token, now);
    if (check.state === 'unknown') throw new AppError('not_found', 'no such invitation');
    if (check.state !== 'open')
      throw new AppError(
        'conflict',
        `this invitation link was ${check.state === 'used' ? 'already used' : 'valid until its expiry only'}`,
        [{ path: 'token', message: check.state, code: `invitation_${check.state}` }],
      );
    // The guard on used_at, in the UPDATE itself, makes a double click or two tabs answer once: of two
    // concurrent answers the second waits for the first's row lock, then finds used_at set and takes
    // nothing (PostgreSQL re-reads the row under READ COMMITTED), so it answers 409.
    const taken = await tx
      .update(invitations)
      .set({ usedAt: now, response: args.response })
      .where(and(eq(invitations.id, check.invitation.id), isNull(invitations.usedAt)))
      .returning({ id: invitations.id });
    if (!taken.length)
      throw new AppError('conflict', 'this invitation link was already used', [
        { path: 'token', message: 'used', code: 'invitation_used' },
      ]);
    const [p] = await tx.select().from(participants).where(eq(participants.id, check.invitation.participantId));
    await tx
      .update(participants)
      .set({ invitation: args.response, version: p!.version + 1, updatedAt: now })
      .where(eq(participants.id, p!.id));
    await appendEvent(tx, {
      stream: check.invitation.dialogueId,
      dialogueId: check.invitation.dialogueId,
      type: `invitation.${args.response}`,
      actorId: null,
      payload: { id: check.invitation.id, participantId: p!.id },
    });
    // Someone who accepts and has no account yet may open one from here; one who has an account
    // (the invitation went to its address) needs none. The account is tied to the person only if the
    // invitation went to the directory's address for them (see offerAccount).
    const accountToken =
      args.response === 'accepted'
        ? await offerAccount(tx, {
            personId: p!.personId,
            email: check.invitation.email,
            now,
            invitationId: check.invitation.id,
          })
        : null;
    const [account] = await tx.select({ id: users.id }).from(users).where(eq(users.personId, p!.personId));
    return { dialogueId: check.invitation.dialogueId, accountToken, hasAccount: !!account };
  });
}
