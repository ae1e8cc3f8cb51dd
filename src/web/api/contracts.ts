import { z } from 'zod';
import { page } from '../../shared/common.ts';
import { contractsByName } from '../../shared/contracts/route-table.ts';
import { Area, Country, Organization, Person, Series } from '../../shared/contracts/directory.ts';
import { Provision, ProvisionMentions, ReferenceDocument } from '../../shared/contracts/references.ts';
import { AgendaItem, Dialogue, Participant } from '../../shared/contracts/dialogues.ts';
import { Outcome, Statement } from '../../shared/contracts/record.ts';
import { DialogueRecord } from '../../shared/contracts/dialogue-record.ts';
import { Material, MaterialList } from '../../shared/contracts/materials.ts';

/** The answers the web app reads, by name: the server's own contracts (src/shared/contracts). */
export const contracts = {
  AgendaItem,
  AreaPage: page(Area),
  Countries: z.array(Country),
  Dialogue,
  DialoguePage: page(Dialogue),
  DialogueRecord,
  Material,
  MaterialList,
  Organization,
  OrganizationPage: page(Organization),
  Outcome,
  Participant,
  Person,
  PersonPage: page(Person),
  Provision,
  ProvisionMentions,
  ProvisionPage: page(Provision),
  ReferenceDocument,
  ReferenceDocumentPage: page(ReferenceDocument),
  SeriesPage: page(Series),
  Statement,
};
export type Contracts = typeof contracts;

/** The route table's contracts by endpoint name (`jobs.list`), for the answers of `call`. */
export const byName = contractsByName();
export type ContractsOfRoutes = typeof byName;
