import { and, desc, eq, inArray } from 'drizzle-orm';
import { createTranslator } from '../../shared/i18n/translate.ts';
import { localize } from '../../shared/multilingual.ts';
import type { Config } from '../config.ts';
import type { Tx } from '../db/database.ts';
import type { dialogues } from '../db/schema.ts';
import { invitations, participants, people, users } from '../db/schema.ts';
import { greeting, recipientLanguage } from './mail-language.ts';
import { queueMail, type Mail } from '../mail/outbox.ts';
import { invitationIcs, mailLanguage, whenText } from './invitation-mail.ts';
import { scheduleReminders } from './reminders.ts';

type DialogueRow = typeof dialogues.$inferSelect;

/** Everyone invited who has not declined, by their latest invitation's address and zone. */
async function invitees(tx: Tx, dialogueId: string) {
  const rows = await tx
    .select({
      participantId: invitations.participantId,
      email: invitations.email,
      zone: invitations.zone,
      name: people.name,
      language: invitations.language,
      locale: users.locale,
    })
    .from(invitations)
    .innerJoin(participants, eq(participants.id, invitations.participantId))
    .innerJoin(people, eq(people.id, participants.personId))
    .leftJoin(users, eq(users.personId, participants.personId))
    .where(and(eq(invitations.dialogueId, dialogueId), inArray(participants.invitation, ['invited', 'accepted'])))
    .orderBy(desc(invitations.createdAt));
  const latest = new Map<string, (typeof rows)[number]>();
  for (const r of rows) if (!latest.has(r.participantId)) latest.set(r.participantId, r);
  return [...latest.values()];
}

/**
 * A planned dialogue changed where calendars care (its time or title): every invitee gets the
 * event again with SEQUENCE raised, so their calendar replaces it, and the reminders follow the
 * new start. Cancelling sends METHOD:CANCEL. Both ride in the write's transaction.
 */
export async function notifyChange(
  tx: Tx,
  config: Config,
  before: DialogueRow,
  after: DialogueRow | null,
  now: Date,
): Promise<void> {
  const moved =
    after &&
    (before.startsAt.getTime() !== after.startsAt.getTime() || before.endsAt.getTime() !== after.endsAt.getTime());
  const renamed = after && JSON.stringify(before.title) !== JSON.stringify(after.title);
  if (after && !moved && !renamed) return;
  const d = after ?? before;
  const method = after ? 'REQUEST' : 'CANCEL';
  const mails: Mail[] = (await invitees(tx, d.id)).map((i) => {
    // Each in the invitee's language: their account's choice, else the invitation's.
    const lang = recipientLanguage({ recipient: i.locale, invitation: i.language }, mailLanguage(d));
    const t = createTranslator(lang);
    const title = localize(d.title, [lang, 'en', 'ru']).text;
    return {
      key: `${after ? 'update' : 'cancel'}:${d.id}:${d.version}:${i.participantId}`,
      to: i.email,
      subject: t(after ? 'invite.updateSubject' : 'invite.cancelSubject', { title }),
      text: [
        greeting(t, localize(i.name, [lang, ...d.languages]).text),
        '',
        ...(after
          ? [t('invite.updateBody', { title }), whenText(d, i.zone, lang)]
          : [t('invite.cancelBody', { title })]),
      ].join('\n'),
      attachments: [
        {
          filename: 'invitation.ics',
          contentType: `text/calendar; charset=utf-8; method=${method}`,
          content: invitationIcs(
            after ? d : { ...d, version: d.version + 1 },
            config,
            { email: i.email, name: localize(i.name, d.languages).text },
            now,
            method,
            lang,
          ),
        },
      ],
    };
  });
  await queueMail(tx, mails);
  if (after && moved) await scheduleReminders(tx, after, now);
}
