import { isInterfaceLanguage, type InterfaceLanguage } from '../../shared/i18n/translate.ts';

/**
 * The web app's language as the app itself will choose it (src/web/i18n/reader-language.ts): one asked
 * for in the address (`?lang=kk`), else the `ed_lang` cookie, else the browser's languages (which its
 * Accept-Language lists), else English. The page sent first must be in the language the app renders.
 */
export function appLanguage(
  asked: unknown,
  cookie: string | undefined,
  acceptLanguage: string | undefined,
): InterfaceLanguage {
  if (isInterfaceLanguage(asked)) return asked;
  if (isInterfaceLanguage(cookie)) return cookie;
  const browser = (acceptLanguage ?? '')
    .split(',')
    .map((part, i) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), i };
    })
    .filter((x) => x.tag && x.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i)
    .map((x) => (/^uz-Cyrl/i.test(x.tag) ? 'uz-Cyrl' : x.tag.split('-')[0]))
    .find(isInterfaceLanguage);
  return browser ?? 'en';
}
