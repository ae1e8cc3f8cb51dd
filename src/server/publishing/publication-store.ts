import { and, asc, eq, sql } from 'drizzle-orm';
import type { Publication, PublicationSummary, Review } from '../../shared/contracts/publishing.ts';
import { AppError } from '../../shared/errors.ts';
import type { Queryable } from '../db/database.ts';
import { publicationReviews, publicationRevisions, publications } from '../db/schema.ts';
import { signingInstitutions, signingInstitutionsOf } from './sign-offs.ts';

export type PublicationRow = typeof publications.$inferSelect;

export async function loadPublication(db: Queryable, dialogueId: string, id: string): Promise<PublicationRow> {
  const [row] = await db
    .select()
    .from(publications)
    .where(and(eq(publications.id, id), eq(publications.dialogueId, dialogueId)));
  if (!row) throw new AppError('not_found', 'no such publication');
  return row;
}

/** Locks the row for a write, and refuses a stale version. */
export async function lockPublication(
  db: Queryable,
  dialogueId: string,
  id: string,
  version: number,
): Promise<PublicationRow> {
  const [row] = await db
    .select()
    .from(publications)
    .where(and(eq(publications.id, id), eq(publications.dialogueId, dialogueId)))
    .for('update');
  if (!row) throw new AppError('not_found', 'no such publication');
  if (row.version !== version) throw new AppError('version_conflict', `publication is at version ${row.version}`);
  return row;
}

function presentReview(r: typeof publicationReviews.$inferSelect): Review {
  return {
    id: r.id,
    organizationId: r.organizationId,
    userId: r.userId,
    decision: r.decision,
    comment: r.comment,
    revision: r.revision,
    at: r.at.toISOString(),
  };
}

export function presentSummary(row: PublicationRow, approvals: PublicationSummary['approvals']): PublicationSummary {
  return {
    id: row.id,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    dialogueId: row.dialogueId,
    kind: row.kind,
    language: row.language,
    writtenIn: row.writtenIn,
    title: row.title,
    status: row.status,
    slug: row.slug,
    publishAt: row.publishAt?.toISOString() ?? null,
    zone: row.zone,
    revision: row.revision,
    approvals,
    signOffFixedAt: row.signOffFixedAt?.toISOString() ?? null,
  };
}

/** Approvals count for the current revision only: an edit asks every institution again. */
function approvalsOf(row: PublicationRow, institutions: string[], reviews: Review[]): PublicationSummary['approvals'] {
  const approved = new Set(
    reviews.filter((r) => r.decision === 'approve' && r.revision === row.revision).map((r) => r.organizationId),
  );
  return institutions.map((organizationId) => ({ organizationId, approved: approved.has(organizationId) }));
}

export async function presentPublication(db: Queryable, row: PublicationRow): Promise<Publication> {
  const revisions = await db
    .select({
      n: publicationRevisions.n,
      origin: publicationRevisions.origin,
      title: publicationRevisions.title,
      authorId: publicationRevisions.authorId,
      at: publicationRevisions.at,
    })
    .from(publicationRevisions)
    .where(eq(publicationRevisions.publicationId, row.id))
    .orderBy(asc(publicationRevisions.n));
  const reviews = (
    await db
      .select()
      .from(publicationReviews)
      .where(eq(publicationReviews.publicationId, row.id))
      .orderBy(asc(publicationReviews.at), asc(publicationReviews.id))
  ).map(presentReview);
  const institutions = await signingInstitutions(db, row);
  return {
    ...presentSummary(row, approvalsOf(row, institutions, reviews)),
    body: row.body,
    revisions: revisions.map((r) => ({ ...r, at: r.at.toISOString() })),
    reviews,
  };
}

export async function listPublications(db: Queryable, dialogueId: string): Promise<PublicationSummary[]> {
  const rows = await db
    .select()
    .from(publications)
    .where(eq(publications.dialogueId, dialogueId))
    .orderBy(asc(publications.kind), asc(publications.language));
  const institutions = await signingInstitutionsOf(db, rows);
  const reviews = rows.length
    ? (
        await db
          .select()
          .from(publicationReviews)
          .where(
            sql`${publicationReviews.publicationId} in (select id from publications where dialogue_id = ${dialogueId})`,
          )
      ).map((r) => ({ ...presentReview(r), publicationId: r.publicationId }))
    : [];
  return rows.map((row) =>
    presentSummary(
      row,
      approvalsOf(
        row,
        institutions.get(row.id)!,
        reviews.filter((r) => r.publicationId === row.id),
      ),
    ),
  );
}

/** Appends a revision and makes it the publication's text. */
export async function addRevision(
  db: Queryable,
  row: PublicationRow,
  r: { origin: 'generated' | 'edited'; title: string; body: string; authorId: string | null; writtenIn?: string },
) {
  const n = row.revision + 1;
  await db
    .insert(publicationRevisions)
    .values({ publicationId: row.id, n, origin: r.origin, title: r.title, body: r.body, authorId: r.authorId });
  const [updated] = await db
    .update(publications)
    .set({
      title: r.title,
      body: r.body,
      revision: n,
      version: row.version + 1,
      updatedAt: new Date(),
      ...(r.writtenIn ? { writtenIn: r.writtenIn } : {}),
    })
    .where(eq(publications.id, row.id))
    .returning();
  return updated!;
}
