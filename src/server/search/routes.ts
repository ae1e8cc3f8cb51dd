import { searchContracts as C } from '../../shared/contracts/search.ts';
import { serve, type AnyRoute } from '../http/route.ts';
import { searchRecords } from './search-records.ts';

export const searchRoutes: AnyRoute[] = [
  serve(C.query, {
    action: 'search.read',
    tag: 'Search',
    summary:
      'Search statements, outcomes, dialogues, agenda items, provisions, people and organizations, across scripts',
    handler: ({ query, actor, deps }) => searchRecords(deps, { actor, query }),
  }),
];
