import { auditContracts as C } from '../../shared/contracts/audit.ts';
import { serve, type AnyRoute } from '../http/route.ts';
import { auditCsv } from './audit-csv.ts';
import { allAudit, AUDIT_CSV_MAX_ROWS, listAudit } from './list-audit.ts';

/** The audit log: the secretariat's alone, never kept by any cache. */
export const auditRoutes: AnyRoute[] = [
  serve(C.list, {
    action: 'audit.read',
    tag: 'System',
    summary:
      'The audit log, newest first: every write, sign-in and failed sign-in, role, membership, clearance and publication step, with who did it; filtered by actor, dialogue, kind (a type or a prefix ending in a dot) and time; paged by `before`',
    handler: async ({ query, deps, reply }) => {
      reply.header('cache-control', 'no-store');
      return listAudit(deps, query);
    },
  }),
  serve(C.csv, {
    action: 'audit.read',
    tag: 'System',
    summary: `The audit log of the same filters as CSV, newest first, at most ${AUDIT_CSV_MAX_ROWS} rows; cells a spreadsheet would read as a formula are neutralised`,
    produces: 'text/csv',
    handler: async ({ query, deps, reply }) =>
      reply
        .header('cache-control', 'no-store')
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="audit.csv"')
        .send(auditCsv(await allAudit(deps, query))),
  }),
];
