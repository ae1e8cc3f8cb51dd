/** The whole schema: the record and its services, institutions and their memberships, and the live room. */
export * from './schema-core.ts';
export * from './schema-live.ts';
export * from './schema-institutions.ts';
export * from './schema-materials.ts';
