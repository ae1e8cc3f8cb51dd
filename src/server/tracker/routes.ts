import { trackerContracts as C } from '../../shared/contracts/tracker.ts';
import { serve, type AnyRoute } from '../http/route.ts';
import { actionSubject } from './action-subject.ts';
import { trackerCharts } from './charts.ts';
import { getAction } from './get-action.ts';
import { matrixCsv } from './matrix-csv.ts';
import { actionsCsv, matrixActions } from './actions-export.ts';
import { trackerMatrix } from './matrix.ts';
import { updateActionStatus } from './update-action-status.ts';

const tag = 'Follow-up';

export const trackerRoutes: AnyRoute[] = [
  serve(C.matrix, {
    action: 'tracker.read',
    tag,
    summary:
      "A document's provisions × the region's countries: discussion and actions per cell, as this reader may see them",
    handler: ({ params, query, actor, deps }) => trackerMatrix(deps, { actor, documentId: params.id, query: query }),
  }),
  serve(C.charts, {
    action: 'tracker.read',
    tag,
    summary: "Activity per year and progress per area over time, for a document's provisions",
    handler: ({ params, query, actor, deps }) => trackerCharts(deps, { actor, documentId: params.id, query: query }),
  }),
  serve(C.matrixCsv, {
    action: 'tracker.read',
    tag,
    summary: 'The matrix as CSV: one row per provision and column',
    produces: 'text/csv',
    handler: async ({ params, query, actor, deps, reply }) => {
      const { lang, ...filters } = query;
      const matrix = await trackerMatrix(deps, { actor, documentId: params.id, query: filters });
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="tracker-${params.id.slice(0, 8)}.csv"`)
        .header('cache-control', 'private, no-store')
        .send(matrixCsv(matrix, lang));
    },
  }),
  serve(C.actionsExport, {
    action: 'tracker.read',
    tag,
    summary:
      "The actions on a document's provisions as CSV or JSON: those the reader may see in detail (the public sees counts only)",
    produces: ['text/csv', 'application/json'],
    handler: async ({ params, query, actor, deps, reply }) => {
      const { lang, ...filters } = query;
      const rows = matrixActions(await trackerMatrix(deps, { actor, documentId: params.id, query: filters }), lang);
      reply
        .header('content-disposition', `attachment; filename="actions-${params.id.slice(0, 8)}.${params.format}"`)
        .header('cache-control', 'private, no-store');
      return params.format === 'csv'
        ? reply.type('text/csv; charset=utf-8').send(actionsCsv(rows))
        : reply.type('application/json; charset=utf-8').send(JSON.stringify({ items: rows }, null, 2));
    },
  }),
  serve(C.action, {
    action: 'action.read',
    tag,
    subject: actionSubject,
    summary: 'An action: its origin, owner, provisions and status history',
    handler: ({ params, actor, deps, dialogue, subject }) =>
      getAction(deps, { actor, id: params.id, access: dialogue, subject: subject }),
  }),
  serve(C.setStatus, {
    action: 'action.update',
    tag,
    subject: actionSubject,
    summary: 'Move an action to a status, with a note and evidence links (the owner institution or the secretariat)',
    handler: ({ params, body, actor, deps, dialogue, subject }) =>
      updateActionStatus(deps, { actor, id: params.id, access: dialogue, subject: subject, input: body }),
  }),
];
