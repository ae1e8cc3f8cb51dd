import { createRequire } from 'node:module';
import { deflateSync, zipSync, strToU8 } from 'fflate';
import PDFDocument from 'pdfkit';
import { Document, Packer, Paragraph } from 'docx';

const require = createRequire(import.meta.url);
const FONT = require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf');

/** A real PDF (pdfkit), one page per text, with an author in its document properties. */
export function makePdf(pages: string[], info: { author?: string } = {}): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const props = info.author ? { Author: info.author, Creator: `${info.author}'s editor` } : {};
    const doc = new PDFDocument({ info: { CreationDate: new Date('2021-03-01T00:00:00Z'), ...props } });
    const parts: Buffer[] = [];
    doc.on('data', (b: Buffer) => parts.push(b));
    doc.on('end', () => resolve(Buffer.concat(parts)));
    doc.on('error', reject);
    doc.registerFont('noto', FONT).font('noto');
    pages.forEach((text, i) => {
      if (i > 0) doc.addPage();
      doc.fontSize(14).text(text);
    });
    doc.end();
  });
}

/** A real DOCX (docx), with a creator and a last editor in its core properties. */
export function makeDocx(paragraphs: string[], info: { creator?: string } = {}): Promise<Buffer> {
  const doc = new Document({
    creator: info.creator ?? 'Expert Dialogue test',
    lastModifiedBy: info.creator,
    sections: [{ children: paragraphs.map((text) => new Paragraph({ text })) }],
  });
  return Packer.toBuffer(doc);
}

const TYPES = (main: string, extra = '') =>
  `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/${main.split('|')[0]}" ContentType="${main.split('|')[1]}"/>${extra}</Types>`;

/** A minimal PPTX: one slide XML per text, the package's declaration, and an author in core.xml. */
export function makePptx(slides: string[], author = 'Slide Author'): Buffer {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      TYPES(
        'ppt/presentation.xml|application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml',
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
      ),
    ),
    'ppt/presentation.xml': strToU8('<p:presentation xmlns:p="p"/>'),
    'docProps/core.xml': strToU8(
      `<cp:coreProperties xmlns:cp="cp" xmlns:dc="dc"><dc:creator>${author}</dc:creator><cp:lastModifiedBy>${author}</cp:lastModifiedBy></cp:coreProperties>`,
    ),
    'docProps/app.xml': strToU8('<Properties><Company>Institute of Slides</Company></Properties>'),
  };
  slides.forEach((text, i) => {
    files[`ppt/slides/slide${i + 1}.xml`] = strToU8(
      `<p:sld xmlns:p="p" xmlns:a="a"><a:p><a:r><a:t>${text}</a:t></a:r></a:p></p:sld>`,
    );
  });
  return Buffer.from(zipSync(files));
}

/** A DOCX whose document part inflates from about 100 kB to 200 MB: a ZIP bomb in office clothing. */
export function makeDocxBomb(): Buffer {
  const huge = new Uint8Array(200 * 1024 * 1024);
  const deflated = deflateSync(huge, { level: 9 });
  const files = {
    '[Content_Types].xml': strToU8(
      TYPES('word/document.xml|application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'),
    ),
    'word/document.xml': [deflated, { level: 0 }] as [Uint8Array, { level: 0 }],
  };
  // Stored as is, then its header patched to say "deflated, 200 MB": what a bomb declares.
  const zip = Buffer.from(zipSync(files as never));
  patchEntry(zip, 'word/document.xml', huge.length);
  return zip;
}

function patchEntry(zip: Buffer, name: string, size: number) {
  for (let at = 0; at < zip.length - 4; at++) {
    const sig = zip.readUInt32LE(at);
    if (sig === 0x04034b50 && zip.toString('utf8', at + 30, at + 30 + name.length) === name) {
      zip.writeUInt16LE(8, at + 8);
      zip.writeUInt32LE(size, at + 22);
    }
    if (sig === 0x02014b50 && zip.toString('utf8', at + 46, at + 46 + name.length) === name) {
      zip.writeUInt16LE(8, at + 10);
      zip.writeUInt32LE(size, at + 24);
    }
  }
}

/** An ELF executable's header and some code-like bytes, named as if it were a PDF. */
export function makeExecutable(): Buffer {
  const b = Buffer.alloc(4096);
  b.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0], 0);
  for (let i = 64; i < b.length; i++) b[i] = (i * 131) % 256;
  return b;
}
