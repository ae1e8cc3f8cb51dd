import { endpoint } from '../contracts/contract.ts';

/** Follow-up: the matrix, its charts and exports, and actions (schemas: contracts/tracker.ts). */
export const trackerEndpoints = {
  matrix: endpoint('tracker.matrix', 'GET', '/tracker/documents/:id'),
  charts: endpoint('tracker.charts', 'GET', '/tracker/documents/:id/charts'),
  matrixCsv: endpoint('tracker.matrixCsv', 'GET', '/tracker/documents/:id/matrix.csv'),
  actionsExport: endpoint('tracker.actionsExport', 'GET', '/tracker/documents/:id/actions.:format'),
  action: endpoint('tracker.action', 'GET', '/actions/:id'),
  setStatus: endpoint('tracker.setStatus', 'POST', '/actions/:id/status'),
};
