import { endpoint } from '../contracts/contract.ts';

/** Health, readiness, the API's own description and the secretariat's backup (schemas: contracts/system.ts). */
export const systemEndpoints = {
  health: endpoint('system.health', 'GET', '/health'),
  ready: endpoint('system.ready', 'GET', '/ready'),
  openapi: endpoint('system.openapi', 'GET', '/openapi.json'),
  docs: endpoint('system.docs', 'GET', '/docs'),
  problems: endpoint('system.problems', 'GET', '/problems'),
  problem: endpoint('system.problem', 'GET', '/problems/:code'),
  backup: endpoint('system.backup', 'GET', '/admin/export'),
};
