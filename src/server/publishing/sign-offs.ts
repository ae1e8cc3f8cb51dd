import { and, eq, isNotNull } from 'drizzle-orm';
import type { Queryable } from '../db/database.ts';
import type { publications } from '../db/schema.ts';
import { participants, publicationSignOffs } from '../db/schema.ts';

type Row = Pick<typeof publications.$inferSelect, 'id' | 'dialogueId' | 'signOffFixedAt'>;

/** The institutions taking part: the organizations of the participants who accepted. */
export async function institutionsTakingPart(db: Queryable, dialogueId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ id: participants.organizationId })
    .from(participants)
    .where(
      and(
        eq(participants.dialogueId, dialogueId),
        eq(participants.invitation, 'accepted'),
        isNotNull(participants.organizationId),
      ),
    );
  return rows.map((r) => r.id!).sort();
}

/**
 * The institutions whose sign-off a publication needs: once its review has started, the list fixed
 * then (a participant row edited later changes nothing); before, those taking part now.
 */
export async function signingInstitutions(db: Queryable, row: Row): Promise<string[]> {
  if (!row.signOffFixedAt) return institutionsTakingPart(db, row.dialogueId);
  const rows = await db
    .select({ id: publicationSignOffs.organizationId })
    .from(publicationSignOffs)
    .where(eq(publicationSignOffs.publicationId, row.id));
  return rows.map((r) => r.id).sort();
}

/** At the first review: the list is fixed from the institutions taking part. Later reviews keep it. */
export async function fixSignOffs(tx: Queryable, row: Row, actorId: string | null, now: Date): Promise<Date> {
  if (row.signOffFixedAt) return row.signOffFixedAt;
  const ids = await institutionsTakingPart(tx, row.dialogueId);
  if (ids.length)
    await tx
      .insert(publicationSignOffs)
      .values(ids.map((organizationId) => ({ publicationId: row.id, organizationId, addedBy: actorId })));
  return now;
}
