import { zipSync } from 'fflate';
import type { MaterialType } from '../../../shared/contracts/materials.ts';
import { readEntry, zipEntries, type ZipEntry } from '../zip.ts';

const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(x?)([0-9a-fA-F]+);/g, (_, x: string, n: string) => String.fromCodePoint(parseInt(n, x ? 16 : 10)))
    .replace(/&amp;/g, '&');

/** Text runs of an XML part, a paragraph a line. */
function runs(xml: string, textTag: RegExp, paragraphEnd: RegExp): string {
  return xml
    .split(paragraphEnd)
    .map((p) => unescapeXml([...p.matchAll(textTag)].map((m) => m[1]).join('')))
    .filter(Boolean)
    .join('\n');
}

type Archive = { buf: Buffer; entries: Map<string, ZipEntry> };
const open = (buf: Buffer): Archive | null => {
  const list = zipEntries(buf);
  return list ? { buf, entries: new Map(list.map((e) => [e.name, e])) } : null;
};
const part = (a: Archive, name: string): string | null => {
  const e = a.entries.get(name);
  if (!e) return null;
  return readEntry(a.buf, e, e.size)?.toString('utf8') ?? null;
};

/** The text of each page (DOCX: as last laid out by the editor), slide or sheet of an office file. */
export function officeText(type: MaterialType, buf: Buffer): string[] {
  const a = open(buf);
  if (!a) return [];
  if (type === 'docx') {
    const xml = part(a, 'word/document.xml') ?? '';
    // Word records where its last layout broke pages; each one starts a page.
    return xml
      .split(/<w:lastRenderedPageBreak\/>|<w:br w:type="page"\/>/)
      .map((p) => runs(p, /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g, /<\/w:p>/));
  }
  if (type === 'pptx') {
    const slides = [...a.entries.keys()]
      .map((n) => /^ppt\/slides\/slide(\d+)\.xml$/.exec(n))
      .filter((m): m is RegExpExecArray => m !== null)
      .sort((x, y) => Number(x[1]) - Number(y[1]));
    return slides.map((m) => runs(part(a, m[0]) ?? '', /<a:t>([^<]*)<\/a:t>/g, /<\/a:p>/));
  }
  if (type === 'xlsx') return [runs(part(a, 'xl/sharedStrings.xml') ?? '', /<t(?:\s[^>]*)?>([^<]*)<\/t>/g, /<\/si>/)];
  if (type === 'odt') {
    const xml = (part(a, 'content.xml') ?? '').replace(/<\/text:(p|h)>/g, '\n').replace(/<[^>]+>/g, '');
    return [unescapeXml(xml)];
  }
  return [];
}

/** The thumbnail an office file embeds, if any (saved by the editor that wrote it). */
export function officeThumbnail(buf: Buffer): Buffer | null {
  const a = open(buf);
  if (!a) return null;
  for (const name of ['docProps/thumbnail.jpeg', 'docProps/thumbnail.png', 'Thumbnails/thumbnail.png']) {
    const e = a.entries.get(name);
    if (e && e.size < 2 * 1024 * 1024) return readEntry(buf, e, e.size);
  }
  return null;
}

const PERSON_FIELDS = [
  'dc:creator',
  'cp:lastModifiedBy',
  'Company',
  'Manager',
  'meta:initial-creator',
  'dc:contributor',
  'cp:contentStatus',
];

/** Empties every element naming a person or an institution: `<dc:creator>X</dc:creator>` → `<dc:creator></dc:creator>`. */
function blankFields(xml: string): string {
  let out = xml;
  for (const f of PERSON_FIELDS) out = out.replace(new RegExp(`(<${f}(?:\\s[^>]*)?>)[\\s\\S]*?(</${f}>)`, 'g'), '$1$2');
  return out;
}

/**
 * The office file with its people removed from the document properties (core.xml, app.xml,
 * custom.xml; meta.xml for ODF). Every other part is carried over byte for byte.
 */
export function stripOffice(buf: Buffer): Buffer {
  const a = open(buf);
  if (!a) throw new Error('not a ZIP archive');
  const files: Record<string, [Uint8Array, { level: 0 | 6 }]> = {};
  // The ODF mimetype must come first, stored: keep the archive's order.
  for (const [name, e] of a.entries) {
    if (name.endsWith('/')) continue;
    const data = readEntry(buf, e, e.size);
    if (!data) throw new Error(`cannot read ${name}`);
    let bytes: Uint8Array = data;
    if (name === 'docProps/core.xml' || name === 'docProps/app.xml' || name === 'meta.xml')
      bytes = Buffer.from(blankFields(data.toString('utf8')), 'utf8');
    if (name === 'docProps/custom.xml')
      bytes = Buffer.from(data.toString('utf8').replace(/<property\b[\s\S]*?<\/property>/g, ''), 'utf8');
    files[name] = [bytes, { level: name === 'mimetype' ? 0 : 6 }];
  }
  return Buffer.from(zipSync(files));
}
