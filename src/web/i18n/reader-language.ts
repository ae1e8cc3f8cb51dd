import { isInterfaceLanguage, type InterfaceLanguage } from '../../shared/i18n/translator.ts';

const COOKIE = 'ed_lang';

export const remember = (lang: InterfaceLanguage) => {
  document.cookie = `${COOKIE}=${lang}; path=/; max-age=${60 * 60 * 24 * 365}; samesite=lax`;
};

/**
 * The reader's language: one asked for in the address (`?lang=kk`, as the news site links here), which
 * is then remembered and taken out of the address; else the cookie the news site reads too; else the
 * browser's languages; else English.
 */
export function initialLanguage(): InterfaceLanguage {
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
