import type { MaterialType } from '../../../shared/contracts/materials.ts';

/**
 * JPEG without its metadata segments: APP1 (EXIF with its GPS position and camera owner, XMP with
 * its author), APP13 (IPTC/Photoshop: byline, location) and comments. The image data is untouched.
 */
function stripJpeg(buf: Buffer): Buffer {
  const keep: Buffer[] = [buf.subarray(0, 2)];
  let at = 2;
  while (at + 4 <= buf.length) {
    if (buf[at] !== 0xff) throw new Error('a damaged JPEG');
    const marker = buf[at + 1]!;
    // Start of scan: the compressed image follows to the end; nothing after it is metadata we read.
    if (marker === 0xda) {
      keep.push(buf.subarray(at));
      return Buffer.concat(keep);
    }
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      keep.push(buf.subarray(at, at + 2));
      at += 2;
      continue;
    }
    const length = buf.readUInt16BE(at + 2);
    const end = at + 2 + length;
    if (length < 2 || end > buf.length) throw new Error('a damaged JPEG');
    // Kept: APP0 (JFIF), APP2 (the colour profile) and APP14 (Adobe's colour transform) shape the pixels.
    const drop = marker === 0xfe || (marker >= 0xe1 && marker <= 0xef && marker !== 0xe2 && marker !== 0xee);
    if (!drop) keep.push(buf.subarray(at, end));
    at = end;
  }
  throw new Error('a JPEG without image data');
}

/** PNG chunks that carry words or places rather than pixels. */
const PNG_TEXT = new Set(['eXIf', 'tEXt', 'iTXt', 'zTXt', 'tIME']);

function stripPng(buf: Buffer): Buffer {
  const keep: Buffer[] = [buf.subarray(0, 8)];
  let at = 8;
  while (at + 12 <= buf.length) {
    const length = buf.readUInt32BE(at);
    const end = at + 12 + length;
    if (end > buf.length) throw new Error('a damaged PNG');
    if (!PNG_TEXT.has(buf.toString('latin1', at + 4, at + 8))) keep.push(buf.subarray(at, end));
    at = end;
  }
  return Buffer.concat(keep);
}

/** WebP without its EXIF and XMP chunks; the extended header's flags for them are cleared. */
function stripWebp(buf: Buffer): Buffer {
  const keep: Buffer[] = [];
  let at = 12;
  while (at + 8 <= buf.length) {
    const fourcc = buf.toString('latin1', at, at + 4);
    const length = buf.readUInt32LE(at + 4);
    const end = Math.min(buf.length, at + 8 + length + (length % 2));
    if (fourcc !== 'EXIF' && fourcc !== 'XMP ') {
      const chunk = Buffer.from(buf.subarray(at, end));
      if (fourcc === 'VP8X') chunk[8] = chunk[8]! & ~0x0c;
      keep.push(chunk);
    }
    at = end;
  }
  const body = Buffer.concat(keep);
  const head = Buffer.from(buf.subarray(0, 12));
  head.writeUInt32LE(body.length + 4, 4);
  return Buffer.concat([head, body]);
}

/** An image with its metadata removed (GIF carries none that names people: kept as it is). */
export function stripImage(type: MaterialType, buf: Buffer): Buffer {
  if (type === 'jpeg') return stripJpeg(buf);
  if (type === 'png') return stripPng(buf);
  if (type === 'webp') return stripWebp(buf);
  return buf;
}
