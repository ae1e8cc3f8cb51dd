import { IdParams } from '../common.ts';
import { projectorEndpoints as at } from '../endpoints/projector.ts';
import { ProjectorView } from '../live/projector.ts';
import { contract } from './contract.ts';

export const projectorContracts = {
  view: contract(at.view, { params: IdParams, response: ProjectorView }),
};
