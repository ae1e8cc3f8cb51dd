import { and, desc, eq, inArray } from 'drizzle-orm';
import { createTranslator } from '../../shared/i18n/translate.ts';
import { localize } from '../../shared/multilingual.ts';
import type { Queryable } from '../db/database.ts';
import { dialogues, invitations, participants, people, users } from '../db/schema.ts';
import { greeting, recipientLanguage } from './mail-language.ts';
import type { Deps } from '../deps.ts';
import { write } from '../events/write.ts';
import { enqueue } from '../jobs/queue.ts';
import { queueMail, type Mail } from '../mail/outbox.ts';
import { mailLanguage, whenText, type InvitedDialogue } from './invitation-mail.ts';

export const REMINDER_JOB = 'convening.reminder';
const BEFORE = { '24h': 24 * 3600_000, '1h': 3600_000 } as const;
type Lead = keyof typeof BEFORE;

/**
 * Puts the dialogue's reminders on the queue, 24 hours and 1 hour before it starts. Keyed by the
 * start time, so asking again changes nothing, and a reminder for a start that has since moved
 * finds it moved and sends nothing.
 */
export async function scheduleReminders(db: Queryable, d: { id: string; startsAt: Date }, now: Date): Promise<void> {
  for (const lead of Object.keys(BEFORE) as Lead[]) {
    const runAt = new Date(d.startsAt.getTime() - BEFORE[lead]);
    if (runAt <= now) continue;
    await enqueue(db, {
      kind: REMINDER_JOB,
      key: `${REMINDER_JOB}:${d.id}:${lead}:${d.startsAt.toISOString()}`,
      runAt,
      payload: { dialogueId: d.id, lead, startsAt: d.startsAt.toISOString() },
    });
  }
}

/** Sends one reminder to every invitee who has not declined, each once (the outbox key is per person). */
export async function sendReminder(
  deps: Deps,
  payload: { dialogueId: string; lead: Lead; startsAt: string },
): Promise<void> {
  await write(deps.db, async (tx) => {
    const [d] = await tx.select().from(dialogues).where(eq(dialogues.id, payload.dialogueId));
    if (!d || d.startsAt.toISOString() !== payload.startsAt) return;
    const invited = await tx
      .select({
        participantId: invitations.participantId,
        email: invitations.email,
        zone: invitations.zone,
        language: invitations.language,
        locale: users.locale,
        name: people.name,
      })
      .from(invitations)
      .innerJoin(participants, eq(participants.id, invitations.participantId))
      .innerJoin(people, eq(people.id, participants.personId))
      .leftJoin(users, eq(users.personId, participants.personId))
      .where(and(eq(invitations.dialogueId, d.id), inArray(participants.invitation, ['invited', 'accepted'])))
      .orderBy(desc(invitations.createdAt));
    const latest = new Map<string, (typeof invited)[number]>();
    for (const i of invited) if (!latest.has(i.participantId)) latest.set(i.participantId, i);
    const mails: Mail[] = [...latest.values()].map((i) => {
      const lang = recipientLanguage(
        { recipient: i.locale, invitation: i.language },
        mailLanguage(d as InvitedDialogue),
      );
      const t = createTranslator(lang);
      const title = localize(d.title, [lang, 'en', 'ru']).text;
      return {
        key: `${REMINDER_JOB}:${d.id}:${payload.lead}:${payload.startsAt}:${i.participantId}`,
        to: i.email,
        subject: t(payload.lead === '24h' ? 'remind.subject24h' : 'remind.subject1h', { title }),
        text: [
          greeting(t, localize(i.name, [lang, ...d.languages]).text),
          '',
          t('remind.body', { title }),
          whenText(d, i.zone, lang),
          `${deps.config.publicUrl}/dialogues/${d.id}`,
        ].join('\n'),
      };
    });
    await queueMail(tx, mails);
  });
  deps.mail.wake(); // the courier sends them; a bad address or a server away does not fail the job
}
