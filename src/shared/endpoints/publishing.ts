import { endpoint } from '../contracts/contract.ts';

const base = '/dialogues/:id/publications';
const one = `${base}/:publicationId` as const;

/** A dialogue's publications and the news they make (schemas: contracts/publishing.ts). */
export const publishingEndpoints = {
  list: endpoint('publishing.list', 'GET', base),
  create: endpoint('publishing.create', 'POST', base),
  get: endpoint('publishing.get', 'GET', one),
  update: endpoint('publishing.update', 'PATCH', one),
  remove: endpoint('publishing.remove', 'DELETE', one),
  regenerate: endpoint('publishing.regenerate', 'POST', `${one}/regenerate`),
  move: endpoint('publishing.move', 'POST', `${one}/status`),
  signOffs: endpoint('publishing.signOffs', 'PATCH', `${one}/sign-offs`),
  review: endpoint('publishing.review', 'POST', `${one}/reviews`),
  revision: endpoint('publishing.revision', 'GET', `${one}/revisions/:n`),
  diff: endpoint('publishing.diff', 'GET', `${one}/diff`),
  news: endpoint('publishing.news', 'GET', '/news'),
  article: endpoint('publishing.article', 'GET', '/news/:slug'),
};
