import { endpoint } from '../contracts/contract.ts';
import { crudEndpoints, nestedEndpoints } from './crud.ts';

/** Reference documents and their provisions (schemas: contracts/references.ts). */
export const documentEndpoints = crudEndpoints('documents', '/reference-documents');
export const provisionEndpoints = {
  ...nestedEndpoints('provisions', '/reference-documents/:id/provisions'),
  mentions: endpoint('provisions.mentions', 'GET', '/reference-documents/:id/provisions/:childId/mentions'),
};
