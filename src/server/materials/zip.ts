import { inflateSync } from 'fflate';

/** One entry of a ZIP's central directory, as the archive declares it. */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** Archives with more entries than this are refused: no office file comes near it. */
const MAX_ENTRIES = 20_000;

/**
 * Reads a ZIP's central directory (no ZIP64: an office file that needs it is over any sane limit).
 * Returns null for anything that is not a well-formed archive.
 */
export function zipEntries(buf: Buffer): ZipEntry[] | null {
  const min = Math.max(0, buf.length - 65_557);
  let eocd = -1;
  for (let i = buf.length - 22; i >= min; i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = buf.readUInt16LE(eocd + 10);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (count > MAX_ENTRIES || cdOffset >= buf.length) return null;
  const entries: ZipEntry[] = [];
  let at = cdOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== 0x02014b50) return null;
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    entries.push({
      method: buf.readUInt16LE(at + 10),
      compressedSize: buf.readUInt32LE(at + 20),
      size: buf.readUInt32LE(at + 24),
      name: buf.toString('utf8', at + 46, at + 46 + nameLength),
      localOffset: buf.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * The bytes of one entry, inflated with a ceiling: an entry that inflates past its declared size
 * (or past `max`) is a lie, and is refused rather than followed.
 */
export function readEntry(buf: Buffer, entry: ZipEntry, max: number): Buffer | null {
  const at = entry.localOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== 0x04034b50) return null;
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  const data = buf.subarray(start, start + entry.compressedSize);
  if (entry.size > max) return null;
  if (entry.method === 0) return Buffer.from(data);
  if (entry.method !== 8) return null;
  try {
    // A fixed output buffer: fflate stops at its end, so a bomb cannot grow past the declared size.
    const out = inflateSync(data, { out: new Uint8Array(entry.size) });
    return Buffer.from(out.buffer, out.byteOffset, out.byteLength);
  } catch {
    return null;
  }
}

export interface BombCheck {
  ok: boolean;
  reason?: string;
}

/** Declared sizes a safe office file stays within: a total, and a ratio per large entry. */
export function checkBomb(entries: ZipEntry[], maxTotal: number): BombCheck {
  let total = 0;
  for (const e of entries) {
    total += e.size;
    if (e.size > 1024 * 1024 && e.size / Math.max(1, e.compressedSize) > 200)
      return { ok: false, reason: `${e.name} inflates ${Math.round(e.size / Math.max(1, e.compressedSize))} times` };
  }
  if (total > maxTotal) return { ok: false, reason: `the archive inflates to ${total} bytes` };
  return { ok: true };
}
