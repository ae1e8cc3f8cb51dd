import { escape } from '../../public/html.ts';

export interface IndexPage {
  lang: string;
  title: string;
  description: string;
  /** What #root holds until the app renders, already escaped. */
  root: string;
}

/** The parts of index.html a page fills: its language, title, description and the app's root. */
const SLOTS = [
  /<html lang="[^"]*">/,
  /<title>[^<]*<\/title>/,
  /<meta\s+name="description"\s+content="[^"]*"\s*\/?>/,
  /<div id="root"><\/div>/,
] as const;

/**
 * The built index.html cut at its slots, once, when the server starts: a build that lost one fails
 * then, not on a reader's first visit.
 */
export function indexTemplate(html: string): (page: IndexPage) => string {
  const pieces: string[] = [];
  let rest = html;
  for (const slot of SLOTS) {
    const found = slot.exec(rest);
    if (!found) throw new Error(`index.html has no ${slot.source}`);
    pieces.push(rest.slice(0, found.index));
    rest = rest.slice(found.index + found[0].length);
  }
  pieces.push(rest);
  return (p) =>
    pieces[0] +
    `<html lang="${escape(p.lang)}">` +
    pieces[1] +
    `<title>${escape(p.title)}</title>` +
    pieces[2] +
    `<meta name="description" content="${escape(p.description)}" />` +
    pieces[3] +
    `<div id="root">${p.root}</div>` +
    pieces[4];
}
