import { eq } from 'drizzle-orm';
import type { Queryable } from '../db/database.ts';
import { dialogues, participants } from '../db/schema.ts';

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
