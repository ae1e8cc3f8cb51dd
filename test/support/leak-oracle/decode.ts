import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import type { LightMyRequestResponse } from 'fastify';
import JSZip from 'jszip';
import { extractText, getDocumentProxy } from 'unpdf';

/** A response as the oracle reads it: every form in which a name could hide, as text. */
export interface Decoded {
  status: number;
  type: string;
  /** The text to scan: decoded, unescaped, with the JSON re-serialized beside the raw form. */
  text: string;
  /** Parsed JSON, when it is JSON. */
  json?: unknown;
  /** Paragraph-ish lines, for documents (so the oracle can look at one record's line). */
  format: 'json' | 'html' | 'docx' | 'pdf' | 'csv' | 'ics' | 'text';
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
export const decodeEntities = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#')
      return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e.toLowerCase()] ?? m;
  });

function payload(res: LightMyRequestResponse): Buffer {
  const raw = res.rawPayload;
  const encoding = String(res.headers['content-encoding'] ?? '').toLowerCase();
  if (encoding === 'gzip' || encoding === 'x-gzip') return gunzipSync(raw);
  if (encoding === 'br') return brotliDecompressSync(raw);
  if (encoding === 'deflate') return inflateSync(raw);
  return raw;
}

export async function decode(res: LightMyRequestResponse): Promise<Decoded> {
  const type = String(res.headers['content-type'] ?? '');
  const bytes = payload(res);
  const base = { status: res.statusCode, type };
  if (/wordprocessingml|application\/msword/.test(type) || (bytes[0] === 0x50 && bytes[1] === 0x4b)) {
    const zip = await JSZip.loadAsync(bytes);
    const parts = await Promise.all(
      Object.keys(zip.files)
        .filter((n) => /^word\/(document|header\d*|footer\d*|footnotes|endnotes|comments)\.xml$|^docProps\//.test(n))
        .map((n) => zip.file(n)!.async('string')),
    );
    const text = decodeEntities(
      parts
        .join('\n')
        .replace(/<\/w:p>/g, '\n')
        .replace(/<[^>]+>/g, ''),
    );
    return { ...base, text, format: 'docx' };
  }
  if (/application\/pdf/.test(type) || bytes.subarray(0, 5).toString('latin1') === '%PDF-') {
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    const { text } = await extractText(pdf, { mergePages: true });
    const meta = await pdf.getMetadata().catch(() => null);
    return { ...base, text: `${text}\n${JSON.stringify(meta?.info ?? {})}`, format: 'pdf' };
  }
  const raw = bytes.toString('utf8');
  if (/json/.test(type)) {
    try {
      const json = JSON.parse(raw) as unknown;
      return { ...base, text: `${raw}\n${JSON.stringify(json)}`, json, format: 'json' };
    } catch {
      return { ...base, text: raw, format: 'text' };
    }
  }
  if (/html|xml/.test(type)) return { ...base, text: `${decodeEntities(raw)}`, format: 'html' };
  if (/text\/calendar/.test(type)) {
    const unfolded = raw
      .replace(/\r?\n[ \t]/g, '')
      .replace(/\\([,;\\])/g, '$1')
      .replace(/\\n/gi, '\n');
    return { ...base, text: unfolded, format: 'ics' };
  }
  if (/csv/.test(type)) return { ...base, text: raw, format: 'csv' };
  return { ...base, text: raw, format: 'text' };
}
