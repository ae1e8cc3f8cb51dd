import type { Block } from '../shared/publishing/body.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escape = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** A body's blocks as HTML; every text is escaped, so an editor can write nothing but text. */
export function blocksHtml(blocks: Block[]): string {
  return blocks
    .map((b) => {
      switch (b.type) {
        case 'heading':
          return `<h${b.level}>${escape(b.text)}</h${b.level}>`;
        case 'paragraph':
          return `<p>${escape(b.text)}</p>`;
        case 'quote':
          return `<blockquote><p>${escape(b.text)}</p></blockquote>`;
        case 'list':
          return `<ul>${b.items.map((i) => `<li>${escape(i)}</li>`).join('')}</ul>`;
      }
    })
    .join('\n');
}

/** "26.06.2020 17:38" in the publisher's zone, as the news site has always shown dates. */
export function newsDate(iso: string, zone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.day}.${parts.month}.${parts.year} ${parts.hour}:${parts.minute}`;
}

/** Small, readable on a phone, and no script at all. */
const STYLE = `body{margin:0;font:1.0625rem/1.6 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:#1b1f24;background:#fff}
header,main,footer{max-width:44rem;margin:0 auto;padding:0 1rem}header{display:flex;gap:1rem;align-items:baseline;flex-wrap:wrap;border-bottom:1px solid #d0d7de;padding-top:.75rem;padding-bottom:.75rem}
header a{color:#0b57d0}.brand{font-weight:700;color:#1b1f24;text-decoration:none}h1{font-size:1.6rem;line-height:1.25;margin:1.25rem 0 .5rem}h2{font-size:1.25rem}h3{font-size:1.1rem}
time,.meta{color:#57606a;font-size:.95rem}blockquote{margin:1rem 0;padding-left:1rem;border-left:4px solid #d0d7de}a{color:#0b57d0}
ol.news{list-style:none;padding:0}ol.news li{padding:.75rem 0;border-bottom:1px solid #eaeef2}nav.pages{display:flex;justify-content:space-between;margin:1.5rem 0}
footer{margin-top:2rem;padding-top:1rem;padding-bottom:2rem;border-top:1px solid #d0d7de;font-size:.95rem}`;

export interface PageParts {
  lang: string;
  title: string;
  description: string;
  /** The page's own address; a page with none (an error) names no canonical. */
  canonical?: string;
  head?: string;
  header: string;
  main: string;
  footer: string;
}

export function page(p: PageParts): string {
  return `<!doctype html>
<html lang="${escape(p.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(p.title)}</title>
<meta name="description" content="${escape(p.description)}">
${p.canonical ? `<link rel="canonical" href="${escape(p.canonical)}">\n` : ''}${p.head ?? ''}
<style>${STYLE}</style>
</head>
<body>
<header>${p.header}</header>
<main id="content">${p.main}</main>
<footer>${p.footer}</footer>
</body>
</html>`;
}
