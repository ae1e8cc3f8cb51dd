import { contractsByName } from '../../shared/contracts/route-table.ts';

/** The route table's contracts by endpoint name (`jobs.list`), for the answers of `call`; loaded apart. */
export const byName = contractsByName();
export type ContractsOfRoutes = typeof byName;
