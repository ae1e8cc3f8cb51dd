import { sql } from 'drizzle-orm';
import { trackedOutcome } from './tracked.ts';
import { createTranslator, formatDate, isUiLanguage } from '../../shared/i18n/translate.ts';
import { localize, type MultiText } from '../../shared/multilingual.ts';
import type { Queryable } from '../db/database.ts';
import type { Deps } from '../deps.ts';
import { write } from '../events/write.ts';
import { enqueue } from '../jobs/queue.ts';
import { queueMail, type Mail } from '../mail/outbox.ts';

export const DIGEST_JOB = 'tracker.digest';
/** Actions due within this many days count as due soon. */
const SOON_DAYS = 14;

/** The next Monday, 06:00 UTC (morning everywhere in the region), strictly after `now`. */
export function nextDigestAt(now: Date): Date {
  const at = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 6));
  at.setUTCDate(at.getUTCDate() + ((8 - at.getUTCDay()) % 7));
  if (at <= now) at.setUTCDate(at.getUTCDate() + 7);
  return at;
}

/** Puts the next weekly digest on the queue; once per week, however many instances ask. */
export async function scheduleDigest(db: Queryable, now: Date): Promise<void> {
  const at = nextDigestAt(now);
  await enqueue(db, { kind: DIGEST_JOB, key: `${DIGEST_JOB}:${at.toISOString().slice(0, 10)}`, runAt: at });
}

type OpenAction = {
  id: string;
  text: MultiText;
  due_on: string;
  owner: string;
  overdue: boolean;
  dialogue_id: string;
  /** Under the Chatham House Rule or restricted: only those who took part in its dialogue hear of it. */
  confined: boolean;
};
type Recipient = {
  user_id: string;
  email: string;
  locale: string | null;
  organization_id: string;
  org_name: MultiText;
  /** The dialogues the recipient took part in (accepted). */
  took_part: string[];
};

/**
 * The weekly digest: to each focal point of an institution (by a membership current that day, never by
 * a participant row), the institution's open actions that are overdue or due within two weeks; an
 * action under the Chatham House Rule or restricted only to a focal point who took part in its dialogue. Messages go to the outbox in one transaction, keyed by week and person, with the next
 * week's digest; a retried run therefore sends nothing twice, and a crash loses nothing.
 */
export async function sendWeeklyDigest(deps: Deps, job: { runAt: Date }): Promise<void> {
  const day = job.runAt.toISOString().slice(0, 10);
  await write(deps.db, async (tx) => {
    const actions = (
      await tx.execute<OpenAction>(sql`
      select o.id, o.text, to_char(o.due_on, 'YYYY-MM-DD') as due_on, o.owner_organization_id as owner, o.due_on < ${day}::date as overdue,
        o.dialogue_id, (o.under_rule or d.confidentiality <> 'public' or coalesce(ai.confidentiality, 'public') <> 'public') as confined
      from outcomes o join dialogues d on d.id = o.dialogue_id left join agenda_items ai on ai.id = o.agenda_item_id
      where ${trackedOutcome('o')} and o.owner_organization_id is not null and o.due_on is not null
        and coalesce(o.status, 'planned') not in ('done', 'dropped') and o.due_on <= ${day}::date + ${SOON_DAYS}::int
      order by o.due_on, o.id`)
    ).rows;
    const owners = [...new Set(actions.map((a) => a.owner))];
    const recipients = owners.length
      ? (
          await tx.execute<Recipient>(sql`
      select u.id as user_id, u.email, u.locale, m.organization_id, n.name as org_name,
        array(select pa.dialogue_id::text from participants pa where pa.person_id = u.person_id and pa.invitation = 'accepted') as took_part
      from users u
      join institution_memberships m on m.person_id = u.person_id and m.role = 'focal_point'
        and m.valid_from <= ${day}::date and (m.valid_to is null or m.valid_to >= ${day}::date)
      cross join lateral (select name from organization_names where organization_id = m.organization_id order by position desc limit 1) n
      where u.disabled_at is null and m.organization_id = any(string_to_array(${owners.join(',')}, ',')::uuid[])
      order by u.email`)
        ).rows
      : [];

    const byUser = new Map<string, Recipient[]>();
    for (const r of recipients) byUser.set(r.user_id, [...(byUser.get(r.user_id) ?? []), r]);
    const mails: Mail[] = [];
    for (const [userId, memberships] of byUser) {
      const locale = memberships[0]!.locale;
      const lang = isUiLanguage(locale) ? locale : 'en';
      const t = createTranslator(lang);
      const lines: string[] = [t('digest.intro', { date: formatDate(day, lang) })];
      for (const m of memberships) {
        const own = actions.filter(
          (a) => a.owner === m.organization_id && (!a.confined || m.took_part.includes(a.dialogue_id)),
        );
        if (!own.length) continue;
        lines.push('', localize(m.org_name, [lang, 'en', 'ru']).text);
        for (const [label, list] of [
          [t('digest.overdue'), own.filter((a) => a.overdue)],
          [t('digest.dueSoon'), own.filter((a) => !a.overdue)],
        ] as const) {
          if (!list.length) continue;
          lines.push(`${label}:`);
          for (const a of list)
            lines.push(
              `- ${localize(a.text, [lang, 'en', 'ru']).text} (${t('digest.due', { date: formatDate(a.due_on, lang) })}) ${deps.config.publicUrl ?? ''}/actions/${a.id}`,
            );
        }
      }
      if (lines.length === 1) continue; // every action it might name is confined to a dialogue it took no part in
      lines.push('', t('digest.footer'));
      mails.push({
        key: `digest:${day}:${userId}`,
        to: memberships[0]!.email,
        subject: t('digest.subject', { date: formatDate(day, lang) }),
        text: lines.join('\n'),
      });
    }
    await queueMail(tx, mails);
    await scheduleDigest(tx, job.runAt);
  });
  deps.mail.wake(); // the courier sends them, retrying each on its own: the job is done once they are queued
}
