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

/** A 17×22 JPEG (as pdftoppm renders a page) to carry metadata. */
const TINY_JPEG = Buffer.from(
  '/9j/4AAQSkZJRgABAQEAAgACAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/2wBDAQkJCQwLDBgNDRgyIRwhMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjL/wAARCAAWABEDASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq8vP09fb3+Pn6/9oADAMBAAIRAxEAPwD3+iiigAooooAKKKKACiiigD//2Q==',
  'base64',
);

const segment = (marker: number, body: Buffer) => {
  const head = Buffer.alloc(4);
  head.writeUInt16BE(0xff00 | marker, 0);
  head.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([head, body]);
};

/**
 * A photo as a phone leaves it: EXIF with the camera owner (Artist) and a GPS position, and an XMP
 * packet naming its creator, ahead of the image data.
 */
export function makeJpegWithExif(author: string, latitude: [number, number, number]): Buffer {
  const artist = Buffer.from(`${author}\0`, 'latin1');
  // Big-endian TIFF: header (8), IFD0 with 2 entries (2 + 24 + 4), GPS IFD with 2 entries (2 + 24 + 4).
  const ifd0 = 8;
  const gps = ifd0 + 30;
  const data = gps + 30;
  const tiff = Buffer.alloc(data + artist.length + 24);
  tiff.write('MM\0*', 0, 'latin1');
  tiff.writeUInt32BE(ifd0, 4);
  const entry = (at: number, tag: number, type: number, count: number, value: number) => {
    tiff.writeUInt16BE(tag, at);
    tiff.writeUInt16BE(type, at + 2);
    tiff.writeUInt32BE(count, at + 4);
    tiff.writeUInt32BE(value, at + 8);
  };
  tiff.writeUInt16BE(2, ifd0);
  entry(ifd0 + 2, 0x013b, 2, artist.length, data);
  entry(ifd0 + 14, 0x8825, 4, 1, gps);
  tiff.writeUInt16BE(2, gps);
  entry(gps + 2, 0x0001, 2, 2, 0x4e000000);
  entry(gps + 14, 0x0002, 5, 3, data + artist.length);
  artist.copy(tiff, data);
  latitude.forEach((v, i) => {
    tiff.writeUInt32BE(v, data + artist.length + i * 8);
    tiff.writeUInt32BE(1, data + artist.length + i * 8 + 4);
  });
  const exif = segment(0xe1, Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]));
  const xmp = segment(
    0xe1,
    Buffer.from(
      'http://ns.adobe.com/xap/1.0/\0<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
        `<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>${author}</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>`,
      'utf8',
    ),
  );
  return Buffer.concat([TINY_JPEG.subarray(0, 2), exif, xmp, TINY_JPEG.subarray(2)]);
}

/** The segments of a JPEG before its image data, by marker. */
export function jpegMarkers(buf: Buffer): number[] {
  const markers: number[] = [];
  for (let at = 2; at + 4 <= buf.length && buf[at + 1] !== 0xda; at += 2 + buf.readUInt16BE(at + 2))
    markers.push(buf[at + 1]!);
  return markers;
}
