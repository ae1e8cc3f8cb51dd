import type { NewsArticle } from '../shared/contracts/publishing.ts';
import { bodyText, parseBody } from '../shared/publishing/body.ts';
import { escape } from './html.ts';

export const summaryOf = (a: NewsArticle, max = 400) => {
  const text = bodyText(parseBody(a.body)).replace(/\s+/g, ' ').trim();
  return text.length > max ? `${text.slice(0, max).replace(/\s+\S*$/, '')}…` : text;
};

/** The news page a feed stands for: the whole site's, or one language's. */
const newsPage = (base: string, lang: string | null) =>
  `${base}/news${lang ? `?lang=${encodeURIComponent(lang)}` : ''}`;

/** What a feed lists and says of itself; `self` is the feed's own address. */
export interface FeedInput {
  base: string;
  title: string;
  description: string;
  lang: string | null;
  articles: NewsArticle[];
  self: string;
}

/** RSS 2.0: the newest articles, each with its summary. */
export function rss(a: FeedInput): string {
  const items = a.articles
    .map(
      (x) => `<item>
<title>${escape(x.title)}</title>
<link>${escape(`${a.base}/news/${x.slug}`)}</link>
<guid isPermaLink="true">${escape(`${a.base}/news/${x.slug}`)}</guid>
<pubDate>${new Date(x.publishedAt).toUTCString()}</pubDate>
<description>${escape(summaryOf(x))}</description>
</item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>${escape(a.title)}</title>
<link>${escape(newsPage(a.base, a.lang))}</link>
<description>${escape(a.description)}</description>
${a.lang ? `<language>${escape(a.lang)}</language>\n` : ''}<atom:link href="${escape(a.self)}" rel="self" type="application/rss+xml"/>
${a.articles[0] ? `<lastBuildDate>${new Date(a.articles[0].publishedAt).toUTCString()}</lastBuildDate>\n` : ''}${items}
</channel>
</rss>
`;
}

/**
 * Atom (RFC 4287): the same articles, with the whole text. Each feed is its own feed: the one of a
 * language has its own `<id>` (its news page's address; the all-language feed keeps `/news`), and
 * each entry says its language (`xml:lang`), since the all-language feed mixes them.
 */
export function atom(a: {
  base: string;
  title: string;
  lang: string | null;
  articles: NewsArticle[];
  self: string;
  updated: string;
}): string {
  const entries = a.articles
    .map(
      (x) => `<entry xml:lang="${escape(x.language)}">
<title>${escape(x.title)}</title>
<link rel="alternate" href="${escape(`${a.base}/news/${x.slug}`)}"/>
<id>${escape(`${a.base}/news/${x.slug}`)}</id>
<published>${x.publishedAt}</published>
<updated>${x.publishedAt}</updated>
<summary>${escape(summaryOf(x))}</summary>
<content type="text">${escape(bodyText(parseBody(x.body)))}</content>
</entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"${a.lang ? ` xml:lang="${escape(a.lang)}"` : ''}>
<title>${escape(a.title)}</title>
<id>${escape(newsPage(a.base, a.lang))}</id>
<link rel="self" href="${escape(a.self)}"/>
<link rel="alternate" href="${escape(newsPage(a.base, a.lang))}"/>
<updated>${a.articles[0]?.publishedAt ?? a.updated}</updated>
<author><name>${escape(a.title)}</name></author>
${entries}
</feed>
`;
}
