import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { inflateSync } from 'zlib';

const run = promisify(execFile);

/** Each page's text (pdftotext separates pages with a form feed); without poppler-utils, none (README). */
export async function pdfText(path: string): Promise<string[]> {
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', '-q', path, '-'], {
    maxBuffer: 256 * 1024 * 1024,
    timeout: 120_000,
  });
  const pages = stdout.split('\f');
  if (pages.length > 1 && pages[pages.length - 1]!.trim() === '') pages.pop();
  return pages;
}

/** The first page as a PNG about 480 px wide. */
export async function pdfPreview(path: string): Promise<Buffer | null> {
  const dir = await mkdtemp(join(tmpdir(), 'material-preview-'));
  try {
    await run('pdftoppm', ['-png', '-f', '1', '-l', '1', '-singlefile', '-scale-to', '480', path, join(dir, 'p')], {
      timeout: 60_000,
    });
    return await readFile(join(dir, 'p.png'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const FIELDS = ['Author', 'Creator', 'Producer', 'Company', 'Manager', 'LastModifiedBy', 'SourceModified'];

/** The end (exclusive) of the PDF string or hex string starting at `at`, or -1. */
function stringEnd(s: string, at: number): number {
  if (s[at] === '<') {
    const end = s.indexOf('>', at);
    return end < 0 ? -1 : end + 1;
  }
  if (s[at] !== '(') return -1;
  let depth = 0;
  for (let i = at; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

/**
 * The PDF with its people removed, in place and at the same length, so the cross-reference offsets
 * stay true: each Info field naming a person becomes `()` padded with spaces, and every XMP packet
 * becomes spaces. A field left inside a compressed object stream cannot be reached this way: then
 * the copy is refused rather than released with a name in it.
 */
export function stripPdf(buf: Buffer): Buffer {
  const s = buf.toString('latin1');
  const out = Buffer.from(buf);
  const fieldRe = new RegExp(`/(${FIELDS.join('|')})\\s*(?=[(<])`, 'g');
  for (const m of s.matchAll(fieldRe)) {
    const start = m.index + m[0].length;
    if (s[start] === '<' && s[start + 1] === '<') continue;
    const end = stringEnd(s, start);
    if (end < 0) continue;
    out.write('()'.padEnd(end - start, ' '), start, 'latin1');
  }
  // pdfkit and others write the value as its own object: `/Author 13 0 R` … `13 0 obj (Name) endobj`.
  for (const m of s.matchAll(new RegExp(`/(${FIELDS.join('|')})\\s+(\\d+)\\s+(\\d+)\\s+R`, 'g'))) {
    const obj = new RegExp(`(?:^|\\s)${m[2]}\\s+${m[3]}\\s+obj\\s*`).exec(s);
    if (!obj) continue;
    const start = obj.index + obj[0].length;
    const end = stringEnd(s, start);
    if (end > start) out.write('()'.padEnd(end - start, ' '), start, 'latin1');
  }
  for (const m of s.matchAll(/<x:xmpmeta[\s\S]*?<\/x:xmpmeta>/g)) out.fill(0x20, m.index, m.index + m[0].length);
  for (const m of s.matchAll(/<\?xpacket begin[\s\S]*?<\?xpacket end[^>]*\?>/g))
    out.fill(0x20, m.index, m.index + m[0].length);
  // Anything still naming a person in a compressed stream?
  const text = out.toString('latin1');
  for (const m of text.matchAll(/stream\r?\n/g)) {
    const head = text.slice(Math.max(0, m.index - 300), m.index);
    if (!/\/Type\s*\/(ObjStm|Metadata)/.test(head) || !/FlateDecode/.test(head)) continue;
    const end = text.indexOf('endstream', m.index);
    if (end < 0) continue;
    let inflated = '';
    try {
      inflated = inflateSync(out.subarray(m.index + m[0].length, end)).toString('latin1');
    } catch {
      try {
        inflated = inflateSync(out.subarray(m.index + m[0].length, end), { finishFlush: 2 }).toString('latin1');
      } catch {
        continue;
      }
    }
    if (new RegExp(`/(${FIELDS.join('|')})\\s*[(<][^)>]`).test(inflated) || /dc:creator|xmpmeta/.test(inflated))
      throw new Error('document properties inside compressed streams');
  }
  return out;
}
