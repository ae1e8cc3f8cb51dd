export { skeleton } from './skeleton.ts';
export { toLatin, romanize, cyrillize } from './transliterate.ts';
export * as tables from './tables.ts';
