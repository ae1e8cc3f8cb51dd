import { eq } from 'drizzle-orm';
import type { Queryable } from '../db/database.ts';
import { dialogues, participants, people } from '../db/schema.ts';

/** The year a dialogue took place, for the year facet of everything said in it. */
export async function dialogueYear(db: Queryable, dialogueId: string): Promise<number | null> {
  const [d] = await db.select({ startsAt: dialogues.startsAt }).from(dialogues).where(eq(dialogues.id, dialogueId));
  return d ? d.startsAt.getUTCFullYear() : null;
}

/** The organization a participant spoke for. */
export async function participantOrganization(db: Queryable, participantId: string | null): Promise<string[]> {
  if (!participantId) return [];
  const [p] = await db
    .select({ org: participants.organizationId })
    .from(participants)
    .where(eq(participants.id, participantId));
  return p?.org ? [p.org] : [];
}

/**
 * Every written form of a speaker's name (each language and script the directory holds), so the
 * speaker's statements are found by the name: "Norov" and «Норов» alike.
 */
export async function participantNameForms(db: Queryable, participantId: string | null): Promise<string> {
  if (!participantId) return '';
  const [p] = await db
    .select({ name: people.name })
    .from(participants)
    .innerJoin(people, eq(people.id, participants.personId))
    .where(eq(participants.id, participantId));
  return p
    ? Object.values(p.name.texts)
        .map((t) => t.text)
        .join(' ')
    : '';
}
