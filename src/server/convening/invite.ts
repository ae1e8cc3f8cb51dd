import { randomUUID } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { sameEmail } from '../accounts/account-setup.ts';
import type { InvitationCreate } from '../../shared/contracts/convening.ts';
import { localize } from '../../shared/multilingual.ts';
import { newToken, tokenHash } from '../accounts/tokens.ts';
import { assertIdExists } from '../crud/links.ts';
import { countries, dialogues, invitations, organizations, participants, people, users } from '../db/schema.ts';
import type { Deps } from '../deps.ts';
import { appendEvent } from '../events/append-event.ts';
import { write } from '../events/write.ts';
import { queueMail } from '../mail/outbox.ts';
import { AppError } from '../../shared/errors.ts';
import { isAdmin, type Actor } from '../policy/actor.ts';
import { invitationMail, mailLanguage } from './invitation-mail.ts';
import { recipientLanguage, storedLocale } from './mail-language.ts';
import { scheduleReminders } from './reminders.ts';

/** How long an invitation link works, at most; never past the dialogue's end. */
const VALID_DAYS = 14;

/**
 * The secretariat or a chair invites a person, with a role and the organization they represent: the
 * participant row (invitation: invited), a one-time link of which only the hash is kept, the e-mail
 * with its calendar request, and the reminders, in one transaction; the courier delivers the e-mail
 * once it commits (the request rings it and returns, sending nothing itself). A dialogue that has
 * already ended invites no one: 409 at its `endsAt`, nothing changed.
 *
 * Who receives it: a person who already has an account is invited at that account's address, and
 * the address typed is ignored (the person reads it where they sign in, and accepting needs no new
 * account). Anyone else at the address typed; an account opened from it is tied to the person only
 * if that is the address the directory holds for them, else the secretariat decides (bindings/).
 * Inviting creates no identity.
 */
export async function invite(
  deps: Deps,
  args: { actor: Actor; dialogueId: string; input: InvitationCreate },
): Promise<{ invitationId: string; participantId: string; expiresAt: string }> {
  const now = deps.clock();
  const result = await write(deps.db, async (tx) => {
    const [d] = await tx.select().from(dialogues).where(eq(dialogues.id, args.dialogueId));
    if (!d) throw new AppError('not_found', 'no such dialogue');
    if (d.endsAt <= now)
      throw new AppError('conflict', 'this dialogue has already ended: no one can be invited to it', [
        { path: 'endsAt', message: `the dialogue ended at ${d.endsAt.toISOString()}`, code: 'dialogue_ended' },
      ]);
    await assertIdExists(tx, people, args.input.personId, 'personId');
    await assertIdExists(tx, organizations, args.input.organizationId ?? null, 'organizationId');
    const [person] = await tx
      .select({ name: people.name, email: people.email })
      .from(people)
      .where(eq(people.id, args.input.personId));
    const [account] = await tx
      .select({ email: users.email, locale: users.locale })
      .from(users)
      .where(eq(users.personId, args.input.personId));
    const email = account?.email ?? args.input.email;
    // A link answers for the person: a chair sends it only where the person is known to read. Another
    // address is the secretariat's call (and an account opened from it waits for their confirmation).
    if (!account && !sameEmail(person?.email, email) && !isAdmin(args.actor))
      throw new AppError('forbidden', 'only the secretariat invites at an address the directory does not hold', [
        {
          path: 'email',
          message: person?.email ? 'not the address the directory holds' : 'the directory holds no address',
          code: 'unproven_address',
        },
      ]);
    const [existing] = await tx
      .select()
      .from(participants)
      .where(and(eq(participants.dialogueId, args.dialogueId), eq(participants.personId, args.input.personId)));
    const participantId = existing?.id ?? randomUUID();
    // Their answer stands: inviting again must not turn someone who accepted back into an invitee.
    if (existing?.invitation === 'accepted')
      throw new AppError('conflict', 'this person has already accepted; change their role on the participant row', [
        { path: 'personId', message: 'already accepted', code: 'already_accepted' },
      ]);
    if (existing) {
      // One live link a participant: the earlier ones (perhaps sent to a wrong address) open nothing now.
      await tx
        .update(invitations)
        .set({ expiresAt: now })
        .where(and(eq(invitations.participantId, existing.id), isNull(invitations.usedAt)));
      await tx
        .update(participants)
        .set({
          role: args.input.role,
          organizationId: args.input.organizationId ?? existing.organizationId,
          invitation: 'invited',
          version: existing.version + 1,
          updatedAt: now,
        })
        .where(eq(participants.id, existing.id));
    } else {
      await tx.insert(participants).values({
        id: participantId,
        dialogueId: args.dialogueId,
        personId: args.input.personId,
        organizationId: args.input.organizationId ?? null,
        role: args.input.role,
        invitation: 'invited',
      });
    }
    // The invitee's own zone: their organization's country's, else the host's.
    const [country] = args.input.organizationId
      ? await tx
          .select({ zones: countries.zones })
          .from(organizations)
          .innerJoin(countries, eq(countries.code, organizations.countryCode))
          .where(eq(organizations.id, args.input.organizationId))
      : [];
    const zone = args.input.zone ?? country?.zones[0] ?? d.hostZone;
    const lang = recipientLanguage(
      {
        recipient: account?.locale,
        invitation: args.input.language,
        organizer: await storedLocale(tx, { userId: args.actor.user?.id }),
      },
      mailLanguage(d),
    );
    const token = newToken();
    const id = randomUUID();
    const expiresAt = new Date(Math.min(now.getTime() + VALID_DAYS * 86_400_000, d.endsAt.getTime()));
    await tx.insert(invitations).values({
      id,
      dialogueId: args.dialogueId,
      participantId,
      email: email.toLowerCase(),
      tokenHash: tokenHash(token),
      zone,
      expiresAt,
      language: lang,
    });
    const name = localize(person!.name, [lang, ...d.languages]).text;
    await queueMail(tx, [
      invitationMail({
        key: `invitation:${id}`,
        lang,
        dialogue: d,
        to: { email, name },
        zone,
        expiresAt,
        now,
        config: deps.config,
        // Absolute, as every link in a message: config.publicUrl (PUBLIC_URL, else this server's own address).
        link: `${deps.config.publicUrl}/invitations/${token}`,
      }),
    ]);
    await scheduleReminders(tx, d, now);
    await appendEvent(tx, {
      stream: args.dialogueId,
      dialogueId: args.dialogueId,
      type: 'invitation.sent',
      actorId: args.actor.user?.id ?? null,
      payload: { id, participantId, role: args.input.role, toAccount: !!account },
    });
    return { invitationId: id, participantId, expiresAt: expiresAt.toISOString() };
  });
  deps.mail.wake(); // this instance's courier; the NOTIFY queueMail sent reaches every other one
  return result;
}
