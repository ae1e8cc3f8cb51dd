import type { MaterialType } from '../../shared/contracts/materials.ts';
import { checkBomb, readEntry, zipEntries } from './zip.ts';

export const MEDIA_TYPES: Record<MaterialType, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  odt: 'application/vnd.oasis.opendocument.text',
  png: 'image/png',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  text: 'text/plain; charset=utf-8',
};

/** Served inline (the browser's own viewer); everything else is an attachment. */
export const INLINE_TYPES: ReadonlySet<MaterialType> = new Set(['pdf', 'png', 'jpeg', 'gif', 'webp']);

const OOXML_MAIN: [string, MaterialType][] = [
  ['application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml', 'docx'],
  ['application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml', 'pptx'],
  ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'xlsx'],
];

export type Detected =
  { ok: true; type: MaterialType } | { ok: false; code: 'file_type' | 'file_unsafe'; reason: string };

const starts = (buf: Buffer, sig: number[], at = 0) => sig.every((b, i) => buf[at + i] === b);

/**
 * What a file is, from its bytes alone: the name it came with decides nothing. OOXML and ODF are
 * ZIPs; which one is read from the package's own declaration, after the archive's declared sizes
 * pass the bomb check (a total of `maxInflated`, and no large entry inflating more than 200 times).
 */
export function detectType(buf: Buffer, maxInflated: number): Detected {
  if (buf.length === 0) return { ok: false, code: 'file_type', reason: 'the file is empty' };
  if (starts(buf, [0x25, 0x50, 0x44, 0x46, 0x2d])) return { ok: true, type: 'pdf' };
  if (starts(buf, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { ok: true, type: 'png' };
  if (starts(buf, [0xff, 0xd8, 0xff])) return { ok: true, type: 'jpeg' };
  if (
    buf
      .subarray(0, 6)
      .toString('latin1')
      .match(/^GIF8[79]a$/)
  )
    return { ok: true, type: 'gif' };
  if (buf.subarray(0, 4).toString('latin1') === 'RIFF' && buf.subarray(8, 12).toString('latin1') === 'WEBP')
    return { ok: true, type: 'webp' };
  if (starts(buf, [0x50, 0x4b, 0x03, 0x04])) return detectZip(buf, maxInflated);
  return detectText(buf);
}

/**
 * A verdict from the first bytes alone, for refusing before anything is kept: null when the file may
 * still be one we take (a known signature, or text so far), else the refusal.
 */
export function refuseByHead(head: Buffer): Detected | null {
  const known = [
    [0x25, 0x50, 0x44, 0x46, 0x2d],
    [0x89, 0x50, 0x4e, 0x47],
    [0xff, 0xd8, 0xff],
    [0x47, 0x49, 0x46, 0x38],
    [0x52, 0x49, 0x46, 0x46],
    [0x50, 0x4b, 0x03, 0x04],
  ];
  if (known.some((sig) => starts(head, sig))) return null;
  // A multi-byte character cut at the end of the head is not yet a fault.
  for (let cut = 0; cut < 4 && cut <= head.length; cut++) {
    const verdict = detectText(head.subarray(0, head.length - cut));
    if (verdict.ok || verdict.reason !== NOT_TEXT) return verdict.ok ? null : verdict;
  }
  return { ok: false, code: 'file_type', reason: NOT_TEXT };
}

function detectZip(buf: Buffer, maxInflated: number): Detected {
  const entries = zipEntries(buf);
  if (!entries) return { ok: false, code: 'file_type', reason: 'a damaged ZIP archive' };
  const bomb = checkBomb(entries, maxInflated);
  if (!bomb.ok) return { ok: false, code: 'file_unsafe', reason: bomb.reason! };
  const byName = new Map(entries.map((e) => [e.name, e]));
  const mimetype = byName.get('mimetype');
  if (mimetype) {
    const declared = readEntry(buf, mimetype, 200)?.toString('ascii').trim();
    if (declared === 'application/vnd.oasis.opendocument.text') return { ok: true, type: 'odt' };
  }
  const types = byName.get('[Content_Types].xml');
  const xml = types ? readEntry(buf, types, 1024 * 1024)?.toString('utf8') : undefined;
  if (xml) for (const [main, type] of OOXML_MAIN) if (xml.includes(`ContentType="${main}"`)) return { ok: true, type };
  if (xml?.includes('macroEnabled'))
    return { ok: false, code: 'file_type', reason: 'documents with macros are not accepted' };
  return { ok: false, code: 'file_type', reason: 'a ZIP archive that is not a DOCX, PPTX, XLSX or ODT' };
}

const NOT_TEXT = 'not a PDF, office document, image or UTF-8 text';

/** Plain text: UTF-8, no NUL or other binary controls, and not markup a browser would run. */
function detectText(buf: Buffer): Detected {
  const head = buf.subarray(0, 64 * 1024);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return { ok: false, code: 'file_type', reason: NOT_TEXT };
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000e-\u001a\u001c-\u001f]/.test(text.slice(0, head.length)))
    return { ok: false, code: 'file_type', reason: 'binary content' };
  if (/^\uFEFF?\s*<(!doctype|html|svg|\?xml|script)/i.test(text))
    return { ok: false, code: 'file_type', reason: 'HTML, SVG and XML are not accepted' };
  return { ok: true, type: 'text' };
}
