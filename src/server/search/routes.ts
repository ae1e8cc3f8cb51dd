import { SearchQuery, SearchResults } from '../../shared/contracts/search.ts';
import { route, type AnyRoute } from '../http/route.ts';
import { searchRecords } from './search-records.ts';

export const searchRoutes: AnyRoute[] = [
  route({
    method: 'GET',
    url: '/search',
    action: 'search.read',
    tag: 'Search',
    summary:
      'Search statements, outcomes, dialogues, agenda items, provisions, people and organizations, across scripts',
    query: SearchQuery,
    response: SearchResults,
    handler: ({ query, actor, deps }) => searchRecords(deps, { actor, query: query }),
  }),
];
