import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import type { MaterialType } from '../../../shared/contracts/materials.ts';
import { skeleton } from '../../../shared/transliteration/skeleton.ts';
import { detectType, type Detected } from '../file-type.ts';
import { stripImage } from './image.ts';
import { officeText, officeThumbnail, stripOffice } from './office.ts';
import { pdfPreview, pdfText, stripPdf } from './pdf.ts';

/** Files travel to the thread by path: the server's own thread never holds a whole upload. */
export type Task =
  | { id: number; op: 'inspect'; path: string; maxInflated: number }
  | { id: number; op: 'extract'; type: MaterialType; path: string }
  | { id: number; op: 'strip'; type: MaterialType; path: string; out: string };
export type Result =
  | {
      id: number;
      ok: true;
      detected?: Detected;
      pages?: Page[];
      preview?: Uint8Array | null;
      size?: number;
      sha256?: string;
    }
  | { id: number; ok: false; error: string };

/** A page's text (cut at PAGE_CHARS) and its search key, folded here rather than on the main thread. */
export interface Page {
  text: string;
  key: string;
}
export const PAGE_CHARS = 20_000;

const OFFICE = new Set<MaterialType>(['docx', 'pptx', 'xlsx', 'odt']);
const IMAGES = new Set<MaterialType>(['png', 'jpeg', 'gif', 'webp']);

/** Text and preview of a file; a tool that is missing or fails leaves that part out. */
async function extract(type: MaterialType, path: string): Promise<{ pages: string[]; preview: Buffer | null }> {
  if (type === 'pdf') {
    const pages = await pdfText(path).catch(() => [] as string[]);
    const preview = await pdfPreview(path).catch(() => null);
    return { pages, preview };
  }
  if (OFFICE.has(type)) {
    const buf = await readFile(path);
    return { pages: officeText(type, buf), preview: officeThumbnail(buf) };
  }
  if (type === 'text') return { pages: [await readFile(path, 'utf8')], preview: null };
  return { pages: [], preview: null };
}

function strip(type: MaterialType, buf: Buffer): Buffer {
  if (type === 'pdf') return stripPdf(buf);
  if (OFFICE.has(type)) return stripOffice(buf);
  if (IMAGES.has(type)) return stripImage(type, buf);
  return buf;
}

const sha256 = (buf: Buffer) => createHash('sha256').update(buf).digest('hex');

async function perform(task: Task): Promise<Result> {
  if (task.op === 'inspect') {
    const buf = await readFile(task.path);
    return {
      id: task.id,
      ok: true,
      detected: detectType(buf, task.maxInflated),
      size: buf.length,
      sha256: sha256(buf),
    };
  }
  if (task.op === 'extract') {
    const { pages, preview } = await extract(task.type, task.path);
    const keyed = pages.map((p) => {
      const text = p
        .replace(/[ \t]+/g, ' ')
        .replace(/\n{3,}/g, '\n\n')
        .trim()
        .slice(0, PAGE_CHARS);
      return { text, key: skeleton(text) };
    });
    return { id: task.id, ok: true, pages: keyed, preview };
  }
  const out = strip(task.type, await readFile(task.path));
  await writeFile(task.out, out);
  return { id: task.id, ok: true, size: out.length, sha256: sha256(out) };
}

/* Off the main thread: hashing, unzipping, XML and waiting on poppler never hold the server's event loop. */
parentPort?.on('message', async (task: Task) => {
  try {
    parentPort!.postMessage(await perform(task));
  } catch (err) {
    parentPort!.postMessage({ id: task.id, ok: false, error: (err as Error).message } satisfies Result);
  }
});
