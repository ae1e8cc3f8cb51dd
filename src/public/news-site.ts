import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { NewsQuery, type NewsArticle } from '../shared/contracts/publishing.ts';
import { AppError } from '../shared/errors.ts';
import {
  createTranslator as compileTranslator,
  isInterfaceLanguage,
  isUiLanguage,
  type InterfaceLanguage,
  type Translate,
} from '../shared/i18n/translate.ts';
import { nativeLanguageName } from '../shared/i18n/native-names.ts';
import { UI_LANGUAGES } from '../shared/multilingual.ts';
import { parseBody } from '../shared/publishing/body.ts';
import type { Deps } from '../server/deps.ts';
import { getNewsArticle, listNews, nextEmbargo } from '../server/publishing/news.ts';
import { notModified } from '../server/http/compression.ts';
import { atom, rss, summaryOf, type FeedInput } from './feeds.ts';
import { articleMaterials } from './news-materials.ts';
import { blocksHtml, escape, newsDate, page } from './html.ts';

const FEED_SIZE = 30;
const HTML = 'text/html; charset=utf-8';

/** Each language's messages are compiled once, not on every page. */
const translators = new Map<InterfaceLanguage, Translate>();
const createTranslator = (lang: InterfaceLanguage): Translate => {
  let t = translators.get(lang);
  if (!t) translators.set(lang, (t = compileTranslator(lang)));
  return t;
};

/** The site's own address: always PUBLIC_URL, never the Host a request names (it lands in cached pages). */
const baseOf = (deps: Deps, _req?: FastifyRequest) => deps.config.publicUrl;

/**
 * The interface language: asked for, else the reader's cookie (the web app's choice, so it carries from
 * the app to the news site; Uzbek readers in Cyrillic keep Cyrillic), else English.
 */
function uiLanguage(req: FastifyRequest, asked: string | undefined): InterfaceLanguage {
  const cookie = req.cookies.ed_lang;
  const base = asked?.split('-')[0];
  if (base === 'uz' && cookie === 'uz-Cyrl') return cookie;
  if (isInterfaceLanguage(asked)) return asked;
  if (isUiLanguage(base)) return base;
  return isInterfaceLanguage(cookie) ? cookie : 'en';
}

/** A time on the news site, with the zone it is written in. */
const newsTime = (iso: string, zone: string) =>
  `<time datetime="${iso}">${newsDate(iso, zone)}</time> <span class="zone">${escape(zone)}</span>`;

function parseQuery(req: FastifyRequest) {
  const parsed = NewsQuery.safeParse(req.query);
  if (!parsed.success)
    throw new AppError(
      'validation_failed',
      'bad news query',
      parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    );
  return parsed.data;
}

interface Rendered {
  type: string;
  body: string;
  status?: number;
}

/**
 * Answers from the page cache, or renders and caches. The reader's language cookie is part of the
 * key: a page without `?lang=` is written in it.
 */
async function serve(deps: Deps, req: FastifyRequest, reply: FastifyReply, render: () => Promise<Rendered>) {
  const key = `${req.cookies.ed_lang ?? ''}|${req.url}`;
  let page = deps.pages.get(key);
  if (!page) {
    const [rendered, embargo] = await Promise.all([render(), nextEmbargo(deps)]);
    page = deps.pages.set(
      key,
      { status: rendered.status ?? 200, type: rendered.type, body: Buffer.from(rendered.body) },
      embargo,
    );
  }
  reply.header('cache-control', 'public, max-age=60').header('etag', page.etag).header('vary', 'cookie');
  if (page.status === 200 && notModified(req, page.etag)) return reply.code(304).send();
  return reply.code(page.status).type(page.type).send(page.body);
}

function header(ui: InterfaceLanguage, current: string | undefined): string {
  const t = createTranslator(ui);
  const langs = UI_LANGUAGES.map((l) =>
    l === current
      ? `<strong lang="${l}">${escape(nativeLanguageName(l))}</strong>`
      : `<a href="/news?lang=${l}" hreflang="${l}" lang="${l}">${escape(nativeLanguageName(l))}</a>`,
  ).join(' · ');
  // The way into the app carries the reader's language there (the app remembers it in the same cookie).
  return `<a class="brand" href="/?lang=${ui}">${escape(t('app.name'))}</a> <a href="/news${current ? `?lang=${current}` : ''}">${escape(t('nav.news'))}</a>
<nav aria-label="${escape(t('nav.language'))}">${current ? `<a href="/news">${escape(t('news.allLanguages'))}</a> · ` : ''}${langs}</nav>`;
}

function footer(ui: InterfaceLanguage, lang: string | undefined): string {
  const t = createTranslator(ui);
  const q = lang ? `?lang=${lang}` : '';
  return `${escape(t('news.feeds'))}: <a href="/news/rss.xml${q}">RSS</a> · <a href="/news/atom.xml${q}">Atom</a>`;
}

const feedLinks = (lang: string | undefined) => {
  const q = lang ? `?lang=${lang}` : '';
  return `<link rel="alternate" type="application/rss+xml" href="/news/rss.xml${q}" title="RSS">
<link rel="alternate" type="application/atom+xml" href="/news/atom.xml${q}" title="Atom">`;
};

function listPage(
  deps: Deps,
  req: FastifyRequest,
  news: { items: NewsArticle[]; page: number; pages: number },
  lang: string | undefined,
): string {
  const ui = uiLanguage(req, lang);
  const t = createTranslator(ui);
  const q = (n: number) => `/news?${lang ? `lang=${lang}&` : ''}page=${n}`;
  const items = news.items
    .map(
      (a) => `<li lang="${escape(a.language)}">
<h2><a href="/news/${escape(a.slug)}">${escape(a.title)}</a></h2>
${newsTime(a.publishedAt, a.zone)}
<p>${escape(summaryOf(a, 280))}</p>
</li>`,
    )
    .join('\n');
  const pages =
    news.pages > 1
      ? `<nav class="pages" aria-label="${escape(t('news.page', { page: news.page, pages: news.pages }))}">
${news.page > 1 ? `<a href="${q(news.page - 1)}" rel="prev">${escape(t('news.newer'))}</a>` : '<span></span>'}
<span>${escape(t('news.page', { page: news.page, pages: news.pages }))}</span>
${news.page < news.pages ? `<a href="${q(news.page + 1)}" rel="next">${escape(t('news.older'))}</a>` : '<span></span>'}
</nav>`
      : '';
  return page({
    lang: ui,
    title: `${t('news.title')} — ${t('app.name')}`,
    description: t('news.description'),
    canonical: `${baseOf(deps, req)}${news.page > 1 ? q(news.page) : `/news${lang ? `?lang=${lang}` : ''}`}`,
    head: feedLinks(lang),
    header: header(ui, lang),
    footer: footer(ui, lang),
    main: `<h1>${escape(t('news.title'))}</h1>\n${items ? `<ol class="news">${items}</ol>` : `<p>${escape(t('news.empty'))}</p>`}\n${pages}`,
  });
}

function articlePage(deps: Deps, req: FastifyRequest, a: NewsArticle, materials = ''): string {
  const ui = uiLanguage(req, a.language);
  const t = createTranslator(ui);
  const base = baseOf(deps, req);
  const url = `${base}/news/${a.slug}`;
  const description = summaryOf(a, 200);
  const versions = a.versions
    .map(
      (v) =>
        `<a href="/news/${escape(v.slug)}" hreflang="${escape(v.language)}" lang="${escape(v.language)}">${escape(nativeLanguageName(v.language))}</a>`,
    )
    .join(' · ');
  const head = [
    `<link rel="alternate" hreflang="${escape(a.language)}" href="${escape(url)}">`,
    ...a.versions.map(
      (v) => `<link rel="alternate" hreflang="${escape(v.language)}" href="${escape(`${base}/news/${v.slug}`)}">`,
    ),
    `<meta property="og:type" content="article">`,
    `<meta property="og:title" content="${escape(a.title)}">`,
    `<meta property="og:description" content="${escape(description)}">`,
    `<meta property="og:url" content="${escape(url)}">`,
    `<meta property="og:site_name" content="${escape(t('app.name'))}">`,
    `<meta property="og:locale" content="${escape(a.language.replace('-', '_'))}">`,
    `<meta property="article:published_time" content="${a.publishedAt}">`,
    feedLinks(a.language),
  ].join('\n');
  return page({
    lang: a.language,
    title: a.title,
    description,
    canonical: url,
    head,
    header: header(ui, a.language),
    footer: footer(ui, a.language),
    main: `<p><a href="/news?lang=${escape(a.language)}">${escape(t('news.back'))}</a></p>
<article>
<h1>${escape(a.title)}</h1>
<p class="meta">${newsTime(a.publishedAt, a.zone)}</p>
${versions ? `<p class="meta">${escape(t('news.otherLanguages'))}: ${versions}</p>` : ''}
${blocksHtml(parseBody(a.body))}
${materials}
</article>`,
  });
}

/**
 * The public news site: server-rendered HTML that needs no script, feeds and a sitemap. It reads
 * only what news.ts calls public (published, past its embargo), which is written for the outside.
 */
export function mountNewsSite(fastify: FastifyInstance, deps: Deps): void {
  fastify.get('/news', async (req, reply) => {
    const q = parseQuery(req);
    return serve(deps, req, reply, async () => ({
      type: HTML,
      body: listPage(deps, req, await listNews(deps, q), q.lang),
    }));
  });
  // Both feeds list the same newest articles; only the format differs.
  const feed = (path: string, type: string, write: (a: FeedInput) => string) =>
    fastify.get(path, async (req, reply) => {
      const q = parseQuery(req);
      return serve(deps, req, reply, async () => {
        const t = createTranslator(uiLanguage(req, q.lang));
        const news = await listNews(deps, { ...q, page: 1, pageSize: FEED_SIZE });
        const base = baseOf(deps, req);
        return {
          type,
          body: write({
            base,
            title: `${t('app.name')} — ${t('news.title')}`,
            description: t('news.description'),
            lang: q.lang ?? null,
            articles: news.items,
            // The feed's own address, whatever else the request's query held.
            self: `${base}${path}${q.lang ? `?lang=${encodeURIComponent(q.lang)}` : ''}`,
          }),
        };
      });
    });
  feed('/news/rss.xml', 'application/rss+xml; charset=utf-8', rss);
  feed('/news/atom.xml', 'application/atom+xml; charset=utf-8', (a) =>
    atom({ ...a, updated: new Date(0).toISOString() }),
  );
  fastify.get<{ Params: { slug: string } }>('/news/:slug', async (req, reply) =>
    serve(deps, req, reply, async () => {
      try {
        const article = await getNewsArticle(deps, req.params.slug.slice(0, 200));
        const t = createTranslator(uiLanguage(req, article.language));
        const materials = await articleMaterials(deps, article.dialogueId, article.language, t);
        return { type: HTML, body: articlePage(deps, req, article, materials) };
      } catch (err) {
        if (!(err instanceof AppError) || err.code !== 'not_found') throw err;
        const ui = uiLanguage(req, undefined);
        const t = createTranslator(ui);
        return {
          type: HTML,
          status: 404,
          body: page({
            lang: ui,
            title: t('common.notFound'),
            description: t('common.notFound'),
            canonical: `${baseOf(deps, req)}/news`,
            header: header(ui, undefined),
            footer: footer(ui, undefined),
            main: `<p><a href="/news">${escape(t('news.back'))}</a></p><h1>${escape(t('common.notFound'))}</h1>`,
          }),
        };
      }
    }),
  );
  fastify.get('/sitemap.xml', async (req, reply) =>
    serve(deps, req, reply, async () => {
      const base = baseOf(deps, req);
      const urls: { loc: string; lastmod?: string }[] = [
        { loc: `${base}/news` },
        ...UI_LANGUAGES.map((l) => ({ loc: `${base}/news?lang=${l}` })),
      ];
      for (let p = 1; ; p++) {
        const news = await listNews(deps, { page: p, pageSize: 500 });
        for (const a of news.items) urls.push({ loc: `${base}/news/${a.slug}`, lastmod: a.publishedAt });
        if (p >= news.pages) break;
      }
      const body = urls
        .map((u) => `<url><loc>${escape(u.loc)}</loc>${u.lastmod ? `<lastmod>${u.lastmod}</lastmod>` : ''}</url>`)
        .join('\n');
      return {
        type: 'application/xml; charset=utf-8',
        body: `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`,
      };
    }),
  );
}
