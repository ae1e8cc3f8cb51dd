import type { MessageKey } from '../../shared/i18n/messages-en.ts';
import type { CompiledCatalog, InterfaceLanguage } from '../../shared/i18n/translator.ts';

type Loader = () => Promise<{ default: CompiledCatalog }>;

/** One chunk per language (scripts/catalogs.ts): a reader downloads their own language's messages alone. */
const LOADERS: Record<InterfaceLanguage, Loader> = {
  en: () => import('virtual:catalog/en'),
  ru: () => import('virtual:catalog/ru'),
  kk: () => import('virtual:catalog/kk'),
  ky: () => import('virtual:catalog/ky'),
  tg: () => import('virtual:catalog/tg'),
  tk: () => import('virtual:catalog/tk'),
  uz: () => import('virtual:catalog/uz'),
  'uz-Cyrl': () => import('virtual:catalog/uz-Cyrl'),
};

const loaded = new Map<InterfaceLanguage, Promise<CompiledCatalog>>();
let keys: Record<string, unknown> | null = null;

export function loadCatalog(lang: InterfaceLanguage): Promise<CompiledCatalog> {
  let catalog = loaded.get(lang);
  if (!catalog) {
    catalog = LOADERS[lang]().then((m) => {
      keys = m.default.messages;
      return m.default;
    });
    catalog.catch(() => loaded.delete(lang));
    loaded.set(lang, catalog);
  }
  return catalog;
}

/** Whether the interface has a message of this key (every catalog holds every key). */
export const isMessageKey = (key: string): key is MessageKey => keys !== null && key in keys;
