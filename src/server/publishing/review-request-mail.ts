import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { createTranslator } from '../../shared/i18n/translate.ts';
import { localize } from '../../shared/multilingual.ts';
import type { Config } from '../config.ts';
import type { Queryable } from '../db/database.ts';
import { dialogues, people, users, type publications } from '../db/schema.ts';
import { mailLanguage } from '../convening/invitation-mail.ts';
import { greeting, recipientLanguage } from '../convening/mail-language.ts';
import { institutionMemberships } from '../db/schema.ts';
import { queueMail, type Mail } from '../mail/outbox.ts';

type Row = Pick<typeof publications.$inferSelect, 'id' | 'dialogueId' | 'title' | 'revision'>;

/**
 * Asks the reviewers of a publication sent for review to sign it off: the focal points, on `day`, of
 * the institutions on its sign-off list who have an account that is not disabled. Each message is in
 * the reader's own language (their account's choice, else the dialogue's first language the platform
 * writes), with an absolute link to the dialogue's publications. Queued once per reviewer and revision
 * in the caller's transaction; the courier delivers after it commits.
 */
export async function queueReviewRequests(
  tx: Queryable,
  config: Pick<Config, 'publicUrl'>,
  row: Row,
  institutions: readonly string[],
  day: string,
): Promise<number> {
  if (institutions.length === 0) return 0;
  const reviewers = await tx
    .selectDistinct({ userId: users.id, email: users.email, locale: users.locale, name: people.name })
    .from(institutionMemberships)
    .innerJoin(users, eq(users.personId, institutionMemberships.personId))
    .innerJoin(people, eq(people.id, institutionMemberships.personId))
    .where(
      and(
        inArray(institutionMemberships.organizationId, [...institutions]),
        eq(institutionMemberships.role, 'focal_point'),
        sql`${institutionMemberships.validFrom} <= ${day}::date`,
        sql`(${institutionMemberships.validTo} is null or ${institutionMemberships.validTo} >= ${day}::date)`,
        isNull(users.disabledAt),
      ),
    );
  if (reviewers.length === 0) return 0;
  const [d] = await tx.select().from(dialogues).where(eq(dialogues.id, row.dialogueId));
  if (!d) return 0;
  const mails: Mail[] = reviewers.map((r) => {
    const lang = recipientLanguage({ recipient: r.locale }, mailLanguage(d));
    const t = createTranslator(lang);
    const dialogue = localize(d.title, [lang, ...d.languages, 'en', 'ru']).text;
    return {
      key: `review:${row.id}:${row.revision}:${r.userId}`,
      to: r.email,
      subject: t('review.subject', { title: row.title }),
      text: [
        greeting(t, localize(r.name, [lang, ...d.languages, 'en', 'ru']).text),
        '',
        t('review.body', { title: row.title, dialogue }),
        '',
        // Absolute, as every link in a message: config.publicUrl (PUBLIC_URL, else this server's own address).
        t('review.open', { link: `${config.publicUrl}/dialogues/${row.dialogueId}#publications` }),
      ].join('\n'),
    };
  });
  await queueMail(tx, mails);
  return mails.length;
}
