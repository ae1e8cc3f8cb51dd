import { createTranslator, isUiLanguage, type UiLanguage } from '../shared/i18n/translate.ts';
import { escape, page } from './html.ts';

/** The reader's language: their `ed_lang` cookie, else the first of Accept-Language the interface speaks, else English. */
export function readerLanguage(cookie: string | undefined, acceptLanguage: string | undefined): UiLanguage {
  if (isUiLanguage(cookie)) return cookie;
  const asked = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
      return { lang: tag!.trim().toLowerCase().split('-')[0], q: q === undefined ? 1 : Number(q) };
    })
    .filter((x) => x.q > 0)
    .sort((a, b) => b.q - a.q);
  return asked.map((x) => x.lang).find(isUiLanguage) ?? 'en';
}

/** The page for an address nothing answers: server-rendered, no script, in the reader's language. */
export function notFoundPage(lang: UiLanguage): string {
  const t = createTranslator(lang);
  return page({
    lang,
    title: `${t('common.notFound')} — ${t('app.name')}`,
    description: t('page.notFound'),
    head: '<meta name="robots" content="noindex">',
    header: `<a class="brand" href="/">${escape(t('app.name'))}</a> <a href="/news">${escape(t('nav.news'))}</a>`,
    main: `<h1>${escape(t('common.notFound'))}</h1>\n<p>${escape(t('page.notFound'))}</p>`,
    footer: `<a href="/">${escape(t('nav.dialogues'))}</a> · <a href="/news">${escape(t('nav.news'))}</a>`,
  });
}
