import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import {
  createTranslator,
  fallbackChain,
  isUiLanguage,
  type Translate,
  type UiLanguage,
} from '../../shared/i18n/translate.ts';

const COOKIE = 'ed_lang';

interface I18n {
  lang: UiLanguage;
  /** The reader's languages for content, in order of preference. */
  prefer: readonly string[];
  t: Translate;
  setLang(lang: UiLanguage): void;
  /** The viewer's own time zone. */
  zone: string;
}

const Context = createContext<I18n | null>(null);

function initialLanguage(): UiLanguage {
  const fromCookie = document.cookie
    .split('; ')
    .find((c) => c.startsWith(`${COOKIE}=`))
    ?.split('=')[1];
  if (isUiLanguage(fromCookie)) return fromCookie;
  const fromBrowser = navigator.languages.map((l) => l.split('-')[0]).find(isUiLanguage);
  return fromBrowser ?? 'en';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<UiLanguage>(initialLanguage);
  const setLang = useCallback((next: UiLanguage) => {
    document.cookie = `${COOKIE}=${next}; path=/; max-age=${60 * 60 * 24 * 365}; samesite=lax`;
    document.documentElement.lang = next;
    setLangState(next);
  }, []);
  const value = useMemo<I18n>(() => {
    document.documentElement.lang = lang;
    const chain = fallbackChain(lang);
    // Content: the reader's language and its script variants first (kk, kk-Latn), then the fallbacks.
    const prefer = chain.flatMap((l) => [l, `${l}-Latn`, `${l}-Cyrl`]);
    return { lang, prefer, t: createTranslator(lang), setLang, zone: Intl.DateTimeFormat().resolvedOptions().timeZone };
  }, [lang, setLang]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(Context);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
