import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import {
  contentPreference,
  translatorOf,
  type CompiledCatalog,
  type InterfaceLanguage,
  type Translate,
} from '../../shared/i18n/translator.ts';
import { loadCatalog } from './catalog.ts';
import { remember } from './reader-language.ts';

interface I18n {
  lang: InterfaceLanguage;
  /** The reader's languages for content, in order of preference. */
  prefer: readonly string[];
  t: Translate;
  setLang(lang: InterfaceLanguage): void;
  /** The viewer's own time zone. */
  zone: string;
}

const Context = createContext<I18n | null>(null);

let zone: string | undefined;
/** Read when first asked for: the first date format costs a phone a long moment, which a page's first paint need not wait for. */
const viewerZone = () => (zone ??= Intl.DateTimeFormat().resolvedOptions().timeZone);

/**
 * The interface in one language, its catalog loaded before the first render (src/web/main.tsx), so
 * components translate synchronously; a switch of language loads the new catalog, then switches.
 */
export function I18nProvider({ initial, children }: { initial: CompiledCatalog; children: ReactNode }) {
  const [catalog, setCatalog] = useState<CompiledCatalog>(initial);
  const setLang = useCallback((next: InterfaceLanguage) => {
    remember(next);
    void loadCatalog(next).then(setCatalog);
  }, []);
  const value = useMemo<I18n>(() => {
    const lang = catalog.lang;
    document.documentElement.lang = lang;
    const prefer = contentPreference(lang);
    return {
      lang,
      prefer,
      t: translatorOf(catalog),
      setLang,
      get zone() {
        return viewerZone();
      },
    };
  }, [catalog, setLang]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(Context);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
