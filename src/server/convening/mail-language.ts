import { eq } from 'drizzle-orm';
import { isUiLanguage, type Translate, type UiLanguage } from '../../shared/i18n/translate.ts';
import type { Queryable } from '../db/database.ts';
import { users } from '../db/schema.ts';

/**
 * The language of a message: the recipient's stored choice (`users.locale`, set from the interface),
 * otherwise the invitation's language, otherwise the organizer's choice, otherwise the fallback (the
 * dialogue's first working language). The first of these that is an interface language wins.
 */
export function recipientLanguage(
  candidates: { recipient?: string | null; invitation?: string | null; organizer?: string | null },
  fallback: UiLanguage,
): UiLanguage {
  return [candidates.recipient, candidates.invitation, candidates.organizer].find(isUiLanguage) ?? fallback;
}

/** The stored interface language of a user, or of the account standing for a person. */
export async function storedLocale(
  db: Queryable,
  who: { userId?: string | null; personId?: string | null },
): Promise<string | null> {
  const where = who.userId ? eq(users.id, who.userId) : who.personId ? eq(users.personId, who.personId) : null;
  if (!where) return null;
  const [row] = await db.select({ locale: users.locale }).from(users).where(where);
  return row?.locale ?? null;
}

/**
 * A name fit for a greeting, or null: a description standing in for a name ("Head of KazISS (name
 * not recorded)") carries brackets, as the identifying-word finder also assumes, and is no name.
 */
export const personalName = (name: string | null | undefined): string | null => {
  const trimmed = name?.trim();
  return trimmed && !/[()[\]]/.test(trimmed) ? trimmed : null;
};

/** "Dear Aida Bekova," or, with no name on record, "Dear colleague," in the message's language. */
export const greeting = (t: Translate, name: string | null | undefined): string => {
  const n = personalName(name);
  return n ? t('invite.greeting', { name: n }) : t('invite.greetingColleague');
};
