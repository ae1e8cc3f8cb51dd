import { and, count, desc, eq, gt, inArray, lte, min, ne } from 'drizzle-orm';
import type { NewsArticle, NewsQuery } from '../../shared/contracts/publishing.ts';
import { AppError } from '../../shared/errors.ts';
import type { Queryable } from '../db/database.ts';
import { publications } from '../db/schema.ts';
import type { Deps } from '../deps.ts';

export const NEWS_PAGE_SIZE = 10;

/** Published and past its embargo, by the server's clock: the only test of what the public sees. */
export const isPublic = (now: Date) => and(eq(publications.status, 'published'), lte(publications.publishAt, now));

type Row = typeof publications.$inferSelect;

async function present(db: Queryable, rows: Row[], now: Date): Promise<NewsArticle[]> {
  const dialogueIds = [...new Set(rows.map((r) => r.dialogueId))];
  const siblings = dialogueIds.length
    ? await db
        .select({
          dialogueId: publications.dialogueId,
          kind: publications.kind,
          language: publications.language,
          slug: publications.slug,
        })
        .from(publications)
        .where(and(isPublic(now), inArray(publications.dialogueId, dialogueIds)))
        .orderBy(publications.language)
    : [];
  return rows.map((r) => ({
    slug: r.slug,
    kind: r.kind,
    language: r.language,
    title: r.title,
    body: r.body,
    publishedAt: r.publishAt!.toISOString(),
    zone: r.zone,
    dialogueId: r.dialogueId,
    versions: siblings
      .filter((s) => s.dialogueId === r.dialogueId && s.kind === r.kind && s.slug !== r.slug)
      .map((s) => ({ language: s.language, slug: s.slug })),
  }));
}

export async function listNews(
  deps: Pick<Deps, 'db' | 'clock'>,
  query: NewsQuery & { pageSize?: number },
): Promise<{ items: NewsArticle[]; page: number; pages: number }> {
  const now = deps.clock();
  const size = query.pageSize ?? NEWS_PAGE_SIZE;
  // Minutes and summaries are records; the news is press releases.
  const where = and(
    isPublic(now),
    ne(publications.kind, 'minutes'),
    query.lang ? eq(publications.language, query.lang) : undefined,
  );
  const [total] = await deps.db.select({ n: count() }).from(publications).where(where);
  const rows = await deps.db
    .select()
    .from(publications)
    .where(where)
    .orderBy(desc(publications.publishAt), publications.slug)
    .limit(size)
    .offset((query.page - 1) * size);
  return {
    items: await present(deps.db, rows, now),
    page: query.page,
    pages: Math.max(1, Math.ceil(Number(total!.n) / size)),
  };
}

export async function getNewsArticle(deps: Pick<Deps, 'db' | 'clock'>, slug: string): Promise<NewsArticle> {
  const now = deps.clock();
  const [row] = await deps.db
    .select()
    .from(publications)
    .where(and(isPublic(now), eq(publications.slug, slug)));
  if (!row) throw new AppError('not_found', 'no such article');
  return (await present(deps.db, [row], now))[0]!;
}

/** The next instant an embargo lifts, if any: until then, what the public sees cannot change by time alone. */
export async function nextEmbargo(deps: Pick<Deps, 'db' | 'clock'>): Promise<Date | null> {
  const [row] = await deps.db
    .select({ at: min(publications.publishAt) })
    .from(publications)
    .where(and(eq(publications.status, 'published'), gt(publications.publishAt, deps.clock())));
  return row?.at ?? null;
}
