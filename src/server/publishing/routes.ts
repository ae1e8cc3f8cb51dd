import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { NEWS_PAGES_CHANNEL } from '../../public/page-cache.ts';
import { DeleteQuery, IdParams } from '../../shared/common.ts';
import * as C from '../../shared/contracts/publishing.ts';
import { route, type AnyRoute } from '../http/route.ts';
import type { Deps } from '../deps.ts';
import { createPublication } from './create-publication.ts';
import { deletePublication } from './delete-publication.ts';
import { editPublication } from './edit-publication.ts';
import { getNewsArticle, listNews } from './news.ts';
import { listPublications, loadPublication, presentPublication } from './publication-store.ts';
import { regeneratePublication } from './regenerate-publication.ts';
import { reviewPublication } from './review-publication.ts';
import { changeSignOffs } from './change-sign-offs.ts';
import { SignOffChange } from '../../shared/contracts/institutions.ts';
import { diffRevisions, getRevision } from './revision-diff.ts';
import { transitionPublication } from './transition-publication.ts';

const base = '/dialogues/:id/publications';
const one = `${base}/:publicationId`;
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
  route({
    ...inside,
    method: 'GET',
    url: base,
    action: 'publication.read',
    summary: "A dialogue's publications, with their status and approvals",
    params: IdParams,
    response: z.object({ items: z.array(C.PublicationSummary) }),
    handler: async ({ params, deps }) => ({ items: await listPublications(deps.db, params.id) }),
  }),
  route({
    ...inside,
    method: 'POST',
    url: base,
    action: 'publication.write',
    status: 201,
    summary: 'Generate a press release, minutes or summary in a language, from the record as the public sees it',
    params: IdParams,
    body: C.PublicationCreate,
    response: C.Publication,
    handler: ({ params, body, actor, deps }) =>
      clearing(deps, createPublication(deps, { actor, dialogueId: params.id, input: body })),
  }),
  route({
    ...inside,
    method: 'GET',
    url: one,
    action: 'publication.read',
    summary: 'A publication: its text, revisions, reviews and approvals',
    params: C.PublicationParams,
    response: C.Publication,
    handler: async ({ params, deps }) =>
      presentPublication(deps.db, await loadPublication(deps.db, params.id, params.publicationId)),
  }),
  route({
    ...inside,
    method: 'PATCH',
    url: one,
    action: 'publication.write',
    summary: 'Edit the text (a new revision), the address or the zone',
    params: C.PublicationParams,
    body: C.PublicationUpdate,
    response: C.Publication,
    handler: ({ params, body, actor, deps }) =>
      clearing(deps, editPublication(deps, { actor, dialogueId: params.id, id: params.publicationId, input: body })),
  }),
  route({
    ...inside,
    method: 'DELETE',
    url: one,
    action: 'publication.write',
    status: 204,
    summary: 'Delete a publication that was never published',
    params: C.PublicationParams,
    query: DeleteQuery,
    handler: ({ params, query, actor, deps }) =>
      clearing(
        deps,
        deletePublication(deps, { actor, dialogueId: params.id, id: params.publicationId, version: query.version }),
      ),
  }),
  route({
    ...inside,
    method: 'POST',
    url: `${one}/regenerate`,
    action: 'publication.write',
    summary:
      'Write the text again from the current record, as a new revision; asks first when the text holds manual edits',
    params: C.PublicationParams,
    body: C.PublicationRegenerate,
    response: C.Publication,
    handler: ({ params, body, actor, deps }) =>
      clearing(deps, regeneratePublication(deps, { actor, dialogueId: params.id, id: params.publicationId, ...body })),
  }),
  route({
    ...inside,
    method: 'POST',
    url: `${one}/status`,
    action: 'publication.write',
    summary: 'Move along draft → in review → approved → published (with an embargo), or back',
    params: C.PublicationParams,
    body: C.PublicationTransition,
    response: C.Publication,
    handler: ({ params, body, actor, deps }) =>
      clearing(
        deps,
        transitionPublication(deps, { actor, dialogueId: params.id, id: params.publicationId, input: body }),
      ),
  }),
  route({
    ...inside,
    method: 'PATCH',
    url: `${one}/sign-offs`,
    action: 'publication.signoffs',
    summary: 'Change which institutions must sign off (the secretariat, with a reason; audited)',
    params: C.PublicationParams,
    body: SignOffChange,
    response: C.Publication,
    handler: ({ params, body, actor, deps }) =>
      clearing(deps, changeSignOffs(deps, { actor, dialogueId: params.id, id: params.publicationId, input: body })),
  }),
  route({
    ...inside,
    method: 'POST',
    url: `${one}/reviews`,
    action: 'publication.review',
    status: 201,
    summary: 'Approve the current revision for an institution, or comment on it',
    params: C.PublicationParams,
    body: C.ReviewCreate,
    response: C.Publication,
    handler: ({ params, body, actor, deps }) =>
      clearing(deps, reviewPublication(deps, { actor, dialogueId: params.id, id: params.publicationId, input: body })),
  }),
  route({
    ...inside,
    method: 'GET',
    url: `${one}/revisions/:n`,
    action: 'publication.read',
    summary: "One revision's text",
    params: C.RevisionParams,
    response: C.Revision,
    handler: ({ params, deps }) =>
      getRevision(deps.db, { dialogueId: params.id, id: params.publicationId, n: params.n }),
  }),
  route({
    ...inside,
    method: 'GET',
    url: `${one}/diff`,
    action: 'publication.read',
    summary: 'What changed between two revisions, line by line',
    params: C.PublicationParams,
    query: C.DiffQuery,
    response: C.RevisionDiff,
    handler: ({ params, query, deps }) =>
      diffRevisions(deps.db, { dialogueId: params.id, id: params.publicationId, ...query }),
  }),
  route({
    method: 'GET',
    url: '/news',
    action: 'public.read',
    tag,
    summary: 'Published articles, newest first, as anyone may read them',
    query: C.NewsQuery,
    response: z.object({ items: z.array(C.NewsArticle), page: z.int(), pages: z.int() }),
    handler: ({ query, deps }) => listNews(deps, query),
  }),
  route({
    method: 'GET',
    url: '/news/:slug',
    action: 'public.read',
    tag,
    summary: 'One published article',
    params: z.strictObject({ slug: z.string().max(200) }),
    response: C.NewsArticle,
    handler: ({ params, deps }) => getNewsArticle(deps, params.slug),
  }),
];
