import type { Contract } from './contract.ts';
import { bindingContracts, userContracts } from './accounts.ts';
import { auditContracts } from './audit.ts';
import { clearanceContracts } from './clearance.ts';
import {
  agendaItemContracts,
  dialogueContracts,
  outcomeContracts,
  participantContracts,
  statementContracts,
} from './dialogue-routes.ts';
import {
  areaContracts,
  countryContracts,
  organizationContracts,
  personContracts,
  seriesContracts,
} from './directory.ts';
import { documentContracts, provisionContracts } from './references.ts';
import { conveningContracts } from './convening.ts';
import { exportContracts } from './exports.ts';
import { institutionContracts } from './institutions.ts';
import { jobContracts } from './jobs.ts';
import { mailContracts } from './mail.ts';
import { materialContracts } from './materials.ts';
import { projectorContracts } from './projector.ts';
import { publishingContracts } from './publishing.ts';
import { searchContracts } from './search.ts';
import { systemContracts } from './system.ts';
import { meContracts, sessionContracts } from './sessions.ts';
import { trackerContracts } from './tracker.ts';

/** Every module's contracts: the route table the server mounts from and the web app checks answers by. */
export const routeTable = {
  countries: countryContracts,
  organizations: organizationContracts,
  people: personContracts,
  series: seriesContracts,
  areas: areaContracts,
  documents: documentContracts,
  provisions: provisionContracts,
  dialogues: dialogueContracts,
  participants: participantContracts,
  agendaItems: agendaItemContracts,
  statements: statementContracts,
  outcomes: outcomeContracts,
  audit: auditContracts,
  clearance: clearanceContracts,
  convening: conveningContracts,
  bindings: bindingContracts,
  users: userContracts,
  session: sessionContracts,
  me: meContracts,
  exports: exportContracts,
  institutions: institutionContracts,
  jobs: jobContracts,
  mail: mailContracts,
  materials: materialContracts,
  projector: projectorContracts,
  publishing: publishingContracts,
  search: searchContracts,
  system: systemContracts,
  tracker: trackerContracts,
};

type Each<T> = T[keyof T];
type AnyContract = Each<{ [M in keyof typeof routeTable]: Each<(typeof routeTable)[M]> }>;
/** The contracts by endpoint name (`jobs.list`). */
export type ContractsByName = { [C in AnyContract as C['name']]: C };

export const contractsByName = (): Map<string, Contract> =>
  new Map(Object.values(routeTable).flatMap((m): [string, Contract][] => Object.values(m).map((c) => [c.name, c])));
