import { eq, inArray, sql } from 'drizzle-orm';
import type { Queryable } from '../db/database.ts';
import type { publications } from '../db/schema.ts';
import { publicationSignOffs } from '../db/schema.ts';

type Row = Pick<typeof publications.$inferSelect, 'id' | 'dialogueId' | 'signOffFixedAt'>;

/**
 * The institutions taking part: those whose members (on the dialogue's first day) accepted to take
 * part. A participant row's organization is what a chair typed, so it decides nothing here.
 */
export async function institutionsTakingPart(db: Queryable, dialogueId: string): Promise<string[]> {
  const r = await db.execute<{ organization_id: string }>(sql`
    select distinct m.organization_id from participants pa
    join dialogues d on d.id = pa.dialogue_id
    join institution_memberships m on m.person_id = pa.person_id
      and m.valid_from <= (d.starts_at at time zone 'UTC')::date
      and (m.valid_to is null or m.valid_to >= (d.starts_at at time zone 'UTC')::date)
    where pa.dialogue_id = ${dialogueId}::uuid and pa.invitation = 'accepted'`);
  return r.rows.map((row) => row.organization_id).sort();
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

/** The same for several publications of one dialogue, in two reads at most, whatever their number. */
export async function signingInstitutionsOf(db: Queryable, rows: Row[]): Promise<Map<string, string[]>> {
  const fixed = rows.filter((r) => r.signOffFixedAt).map((r) => r.id);
  const open = rows.find((r) => !r.signOffFixedAt);
  const [takingPart, signOffs] = await Promise.all([
    open ? institutionsTakingPart(db, open.dialogueId) : [],
    fixed.length
      ? db
          .select({ publicationId: publicationSignOffs.publicationId, id: publicationSignOffs.organizationId })
          .from(publicationSignOffs)
          .where(inArray(publicationSignOffs.publicationId, fixed))
      : [],
  ]);
  return new Map(
    rows.map((r) => [
      r.id,
      r.signOffFixedAt
        ? signOffs
            .filter((x) => x.publicationId === r.id)
            .map((x) => x.id)
            .sort()
        : takingPart,
    ]),
  );
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
