import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import {
  createTranslator,
  fallbackChain,
  isInterfaceLanguage,
  type InterfaceLanguage,
  type Translate,
} from '../../shared/i18n/translate.ts';

const COOKIE = 'ed_lang';

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

const remember = (lang: InterfaceLanguage) => {
  document.cookie = `${COOKIE}=${lang}; path=/; max-age=${60 * 60 * 24 * 365}; samesite=lax`;
};

/**
 * The reader's language: one asked for in the address (`?lang=kk`, as the news site links here), which
 * is then remembered and taken out of the address; else the cookie the news site reads too; else the
 * browser's languages; else English.
 */
function initialLanguage(): InterfaceLanguage {
  const url = new URL(window.location.href);
  const asked = url.searchParams.get('lang');
  if (isInterfaceLanguage(asked)) {
    remember(asked);
    url.searchParams.delete('lang');
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
    return asked;
  }
  const fromCookie = document.cookie
    .split('; ')
    .find((c) => c.startsWith(`${COOKIE}=`))
    ?.split('=')[1];
  if (isInterfaceLanguage(fromCookie)) return fromCookie;
  const fromBrowser = navigator.languages
    .map((l) => (/^uz-Cyrl/i.test(l) ? 'uz-Cyrl' : l.split('-')[0]))
    .find(isInterfaceLanguage);
  return fromBrowser ?? 'en';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<InterfaceLanguage>(initialLanguage);
  const setLang = useCallback((next: InterfaceLanguage) => {
    remember(next);
    document.documentElement.lang = next;
    setLangState(next);
  }, []);
  const value = useMemo<I18n>(() => {
    document.documentElement.lang = lang;
    const chain = fallbackChain(lang);
    // Content: the reader's language and its script variants first (kk, kk-Latn), then the fallbacks;
    // a reader of Uzbek in Cyrillic reads Cyrillic versions first, then the Latin ones.
    const prefer = [
      ...new Set(chain.flatMap((l) => (l === 'uz-Cyrl' ? [l, 'uz', 'uz-Latn'] : [l, `${l}-Latn`, `${l}-Cyrl`]))),
    ];
    return { lang, prefer, t: createTranslator(lang), setLang, zone: Intl.DateTimeFormat().resolvedOptions().timeZone };
  }, [lang, setLang]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(Context);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
