declare module 'virtual:catalog/*' {
  import type { CompiledCatalog } from '../shared/i18n/translator.ts';
  const catalog: CompiledCatalog;
  export default catalog;
}
