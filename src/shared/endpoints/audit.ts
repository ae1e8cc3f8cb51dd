import { endpoint } from '../contracts/contract.ts';

/** The secretariat's audit log (schemas: contracts/audit.ts). */
export const auditEndpoints = {
  list: endpoint('audit.list', 'GET', '/audit'),
  csv: endpoint('audit.csv', 'GET', '/audit.csv'),
};
