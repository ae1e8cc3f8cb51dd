import { sql } from 'drizzle-orm';
import { NEWS_PAGES_CHANNEL } from '../../public/page-cache.ts';
import { publishingContracts as C } from '../../shared/contracts/publishing.ts';
import { serve, type AnyRoute } from '../http/route.ts';
import type { Deps } from '../deps.ts';
import { createPublication } from './create-publication.ts';
import { deletePublication } from './delete-publication.ts';
import { editPublication } from './edit-publication.ts';
import { getNewsArticle, listNews } from './news.ts';
import { listPublications, loadPublication, presentPublication } from './publication-store.ts';
import { regeneratePublication } from './regenerate-publication.ts';
import { reviewPublication } from './review-publication.ts';
import { changeSignOffs } from './change-sign-offs.ts';
import { diffRevisions, getRevision } from './revision-diff.ts';
import { transitionPublication } from './transition-publication.ts';

const tag = 'Publishing';
const inside = { tag, dialogueParam: 'id' as const };

/**
 * A publishing write changes what the news site shows: its rendered pages go once the write has
 * committed, here and, through NOTIFY, on every other instance (which otherwise learn within 5 s).
 */
const clearing = async <T>(deps: Deps, write: Promise<T>): Promise<T> => {
  const result = await write;
  deps.pages.clear();
  await deps.db.execute(sql`select pg_notify(${NEWS_PAGES_CHANNEL}, '')`).catch(() => undefined);
  return result;
};

export const publishingRoutes: AnyRoute[] = [
  serve(C.list, {
    ...inside,
    action: 'publication.read',
    summary: "A dialogue's publications, with their status and approvals",
    handler: async ({ params, deps }) => ({ items: await listPublications(deps.db, params.id) }),
  }),
  serve(C.create, {
    ...inside,
    action: 'publication.write',
    status: 201,
    summary: 'Generate a press release, minutes or summary in a language, from the record as the public sees it',
    handler: ({ params, body, actor, deps }) =>
      clearing(deps, createPublication(deps, { actor, dialogueId: params.id, input: body })),
  }),
  serve(C.get, {
    ...inside,
    action: 'publication.read',
    summary: 'A publication: its text, revisions, reviews and approvals',
    handler: async ({ params, deps }) =>
      presentPublication(deps.db, await loadPublication(deps.db, params.id, params.publicationId)),
  }),
  serve(C.update, {
    ...inside,
    action: 'publication.write',
    summary: 'Edit the text (a new revision), the address or the zone',
    handler: ({ params, body, actor, deps }) =>
      clearing(deps, editPublication(deps, { actor, dialogueId: params.id, id: params.publicationId, input: body })),
  }),
  serve(C.remove, {
    ...inside,
    action: 'publication.write',
    status: 204,
    summary: 'Delete a publication that was never published',
    handler: ({ params, query, actor, deps }) =>
      clearing(
        deps,
        deletePublication(deps, { actor, dialogueId: params.id, id: params.publicationId, version: query.version }),
      ),
  }),
  serve(C.regenerate, {
    ...inside,
    action: 'publication.write',
    summary:
      'Write the text again from the current record, as a new revision; asks first when the text holds manual edits',
    handler: ({ params, body, actor, deps }) =>
      clearing(deps, regeneratePublication(deps, { actor, dialogueId: params.id, id: params.publicationId, ...body })),
  }),
  serve(C.move, {
    ...inside,
    action: 'publication.write',
    summary: 'Move along draft → in review → approved → published (with an embargo), or back',
    handler: ({ params, body, actor, deps }) =>
      clearing(
        deps,
        transitionPublication(deps, { actor, dialogueId: params.id, id: params.publicationId, input: body }),
      ),
  }),
  serve(C.signOffs, {
    ...inside,
    action: 'publication.signoffs',
    summary: 'Change which institutions must sign off (the secretariat, with a reason; audited)',
    handler: ({ params, body, actor, deps }) =>
      clearing(deps, changeSignOffs(deps, { actor, dialogueId: params.id, id: params.publicationId, input: body })),
  }),
  serve(C.review, {
    ...inside,
    action: 'publication.review',
    status: 201,
    summary: 'Approve the current revision for an institution, or comment on it',
    handler: ({ params, body, actor, deps }) =>
      clearing(deps, reviewPublication(deps, { actor, dialogueId: params.id, id: params.publicationId, input: body })),
  }),
  serve(C.revision, {
    ...inside,
    action: 'publication.read',
    summary: "One revision's text",
    handler: ({ params, deps }) =>
      getRevision(deps.db, { dialogueId: params.id, id: params.publicationId, n: params.n }),
  }),
  serve(C.diff, {
    ...inside,
    action: 'publication.read',
    summary: 'What changed between two revisions, line by line',
    handler: ({ params, query, deps }) =>
      diffRevisions(deps.db, { dialogueId: params.id, id: params.publicationId, ...query }),
  }),
  serve(C.news, {
    action: 'public.read',
    tag,
    summary: 'Published articles, newest first, as anyone may read them',
    handler: ({ query, deps }) => listNews(deps, query),
  }),
  serve(C.article, {
    action: 'public.read',
    tag,
    summary: 'One published article',
    handler: ({ params, deps }) => getNewsArticle(deps, params.slug),
  }),
];
