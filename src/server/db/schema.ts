/** The whole schema, in two files: the record and its services, and the live room. */
export * from './schema-core.ts';
export * from './schema-live.ts';
