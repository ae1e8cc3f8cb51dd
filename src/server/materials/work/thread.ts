import { parentPort } from 'node:worker_threads';
import type { MaterialType } from '../../../shared/contracts/materials.ts';
import { skeleton } from '../../../shared/transliteration/skeleton.ts';
import { officeText, officeThumbnail, stripOffice } from './office.ts';
import { pdfPreview, pdfText, stripPdf } from './pdf.ts';

export type Task =
  | { id: number; op: 'extract'; type: MaterialType; bytes: Uint8Array }
  | { id: number; op: 'strip'; type: MaterialType; bytes: Uint8Array };
export type Result =
  | { id: number; ok: true; pages?: Page[]; preview?: Uint8Array | null; bytes?: Uint8Array }
  | { id: number; ok: false; error: string };

/** A page's text (cut at PAGE_CHARS) and its search key, folded here rather than on the main thread. */
export interface Page {
  text: string;
  key: string;
}
export const PAGE_CHARS = 20_000;

const OFFICE = new Set<MaterialType>(['docx', 'pptx', 'xlsx', 'odt']);

/** Text and preview of a file; a tool that is missing or fails leaves that part out. */
async function extract(type: MaterialType, buf: Buffer): Promise<{ pages: string[]; preview: Buffer | null }> {
  if (type === 'pdf') {
    const pages = await pdfText(buf).catch(() => [] as string[]);
    const preview = await pdfPreview(buf).catch(() => null);
    return { pages, preview };
  }
  if (OFFICE.has(type)) return { pages: officeText(type, buf), preview: officeThumbnail(buf) };
  if (type === 'text') return { pages: [buf.toString('utf8')], preview: null };
  return { pages: [], preview: null };
}

function strip(type: MaterialType, buf: Buffer): Buffer {
  if (type === 'pdf') return stripPdf(buf);
  if (OFFICE.has(type)) return stripOffice(buf);
  return buf;
}

/* Off the main thread: unzipping, XML and waiting on poppler never hold the server's event loop. */
parentPort?.on('message', async (task: Task) => {
  const buf = Buffer.from(task.bytes.buffer, task.bytes.byteOffset, task.bytes.byteLength);
  try {
    let result: Result;
    if (task.op === 'extract') {
      const { pages, preview } = await extract(task.type, buf);
      const keyed = pages.map((p) => {
        const text = p
          .replace(/[ \t]+/g, ' ')
          .replace(/\n{3,}/g, '\n\n')
          .trim()
          .slice(0, PAGE_CHARS);
        return { text, key: skeleton(text) };
      });
      result = { id: task.id, ok: true, pages: keyed, preview };
    } else {
      result = { id: task.id, ok: true, bytes: strip(task.type, buf) };
    }
    parentPort!.postMessage(result);
  } catch (err) {
    parentPort!.postMessage({ id: task.id, ok: false, error: (err as Error).message } satisfies Result);
  }
});
