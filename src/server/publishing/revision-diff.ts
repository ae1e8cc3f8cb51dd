import { and, eq, inArray } from 'drizzle-orm';
import { diffLines } from 'diff';
import type { Revision, RevisionDiff } from '../../shared/contracts/publishing.ts';
import { AppError } from '../../shared/errors.ts';
import type { Queryable } from '../db/database.ts';
import { publicationRevisions } from '../db/schema.ts';
import { loadPublication } from './publication-store.ts';

export async function getRevision(db: Queryable, a: { dialogueId: string; id: string; n: number }): Promise<Revision> {
  await loadPublication(db, a.dialogueId, a.id);
  const [r] = await db
    .select()
    .from(publicationRevisions)
    .where(and(eq(publicationRevisions.publicationId, a.id), eq(publicationRevisions.n, a.n)));
  if (!r) throw new AppError('not_found', `no revision ${a.n}`);
  return { n: r.n, origin: r.origin, title: r.title, body: r.body, authorId: r.authorId, at: r.at.toISOString() };
}

/** Line by line, what changed between two revisions (the title counts as the first line). */
export async function diffRevisions(
  db: Queryable,
  args: { dialogueId: string; id: string; from?: number; to?: number },
): Promise<RevisionDiff> {
  const publication = await loadPublication(db, args.dialogueId, args.id);
  const to = args.to ?? publication.revision;
  const a = { ...args, to, from: args.from ?? Math.max(1, to - 1) };
  const rows = await db
    .select()
    .from(publicationRevisions)
    .where(and(eq(publicationRevisions.publicationId, a.id), inArray(publicationRevisions.n, [a.from, a.to])));
  const text = (n: number, field: 'from' | 'to') => {
    const r = rows.find((x) => x.n === n);
    if (!r)
      throw new AppError('validation_failed', `no revision ${n}`, [
        { path: field, message: `no revision ${n}`, code: 'not_found' },
      ]);
    return `${r.title}\n\n${r.body}\n`;
  };
  const parts = diffLines(text(a.from, 'from'), text(a.to, 'to')).map((c) => ({
    op: c.added ? ('added' as const) : c.removed ? ('removed' as const) : ('same' as const),
    text: c.value,
  }));
  return { from: a.from, to: a.to, parts };
}
