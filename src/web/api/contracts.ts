import { contractsByName } from '../../shared/contracts/route-table.ts';
import { Material, MaterialList } from '../../shared/contracts/materials.ts';

/** The answers the web app reads, by name: the server's own contracts (src/shared/contracts). */
export const contracts = {
  Material,
  MaterialList,
};
export type Contracts = typeof contracts;

/** The route table's contracts by endpoint name (`jobs.list`), for the answers of `call`. */
export const byName = contractsByName();
export type ContractsOfRoutes = typeof byName;
