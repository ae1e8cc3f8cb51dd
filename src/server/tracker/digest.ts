import { sql } from 'drizzle-orm';
import { createTranslator, formatDate, isUiLanguage } from '../../shared/i18n/translate.ts';
import { localize, type MultiText } from '../../shared/multilingual.ts';
import type { Queryable } from '../db/database.ts';
import type { Deps } from '../deps.ts';
import { write } from '../events/write.ts';
import { enqueue } from '../jobs/queue.ts';
import { deliverOutbox, queueMail, type Mail } from '../mail/outbox.ts';

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

interface OpenAction {
  id: string;
  text: MultiText;
  due_on: string;
  owner: string;
  overdue: boolean;
}
interface Recipient {
  user_id: string;
  email: string;
  locale: string | null;
  organization_id: string;
  org_name: MultiText;
}

/**
 * The weekly digest: to each focal point of an institution (a user who takes part in dialogues for
 * it, or holds a position there now), the institution's open actions that are overdue or due within
 * two weeks. Messages go to the outbox in one transaction, keyed by week and person, with the next
 * week's digest; a retried run therefore sends nothing twice, and a crash loses nothing.
 */
export async function sendWeeklyDigest(deps: Deps, job: { runAt: Date }): Promise<void> {
  const day = job.runAt.toISOString().slice(0, 10);
  await write(deps.db, async (tx) => {
    const actions = (
      (await tx.execute(sql`
      select o.id, o.text, to_char(o.due_on, 'YYYY-MM-DD') as due_on, o.owner_organization_id as owner, o.due_on < ${day}::date as overdue
      from outcomes o
      where o.kind in ('commitment', 'follow_up_action') and o.owner_organization_id is not null and o.due_on is not null
        and coalesce(o.status, 'planned') not in ('done', 'dropped') and o.due_on <= ${day}::date + ${SOON_DAYS}::int
      order by o.due_on, o.id`)) as unknown as { rows: OpenAction[] }
    ).rows;
    const owners = [...new Set(actions.map((a) => a.owner))];
    const recipients = owners.length
      ? (
          (await tx.execute(sql`
      select distinct u.id as user_id, u.email, u.locale, m.organization_id, n.name as org_name
      from users u
      join (
        select person_id, organization_id from participants where organization_id is not null
        union
        select person_id, organization_id from positions where (valid_from is null or valid_from <= ${day}::date) and (valid_to is null or valid_to >= ${day}::date)
      ) m on m.person_id = u.person_id
      cross join lateral (select name from organization_names where organization_id = m.organization_id order by position desc limit 1) n
      where m.organization_id = any(string_to_array(${owners.join(',')}, ',')::uuid[])
      order by u.email`)) as unknown as { rows: Recipient[] }
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
        const own = actions.filter((a) => a.owner === m.organization_id);
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
  await deliverOutbox(deps);
}
