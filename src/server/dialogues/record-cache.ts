import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { DialogueRecord } from '../../shared/contracts/dialogue-record.ts';
import type { Encoding } from '../http/compression.ts';

/** A full record, serialised once, with the stream positions it was built at. */
export interface CachedRecord {
  /** The dialogue's seq the record was built at. */
  dialogueSeq: number;
  /** The dialogue's seq it is known to be current at: later, when only room events (floor, chat, media) followed. */
  validThrough: number;
  directorySeq: number;
  /** UTF-8 bytes, encoded once: a record is mostly Cyrillic and large, and re-encoding it per request costs. */
  body: Buffer;
  etag: string;
  /** The same record as an object, for the routes that read parts of it (child lists, mentions, lists). */
  record: DialogueRecord;
  /** `body` compressed, made once on first demand and shared by the entries carried forward from this one. */
  encoded: Map<Encoding, Promise<Buffer>>;
}

const compressors: Record<Encoding, (body: Buffer) => Promise<Buffer>> = {
  br: (body) =>
    promisify(brotliCompress)(body, {
      params: { [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_QUALITY]: 5 },
    }),
  gzip: (body) => promisify(gzip)(body),
};

/**
 * The record's bytes in this encoding. The most-read answer is compressed once per version, off the
 * event loop, instead of once per read: during a meeting every reader reads the same bytes.
 */
export function encodedBody(entry: CachedRecord, encoding: Encoding): Promise<Buffer> {
  let bytes = entry.encoded.get(encoding);
  if (!bytes) entry.encoded.set(encoding, (bytes = compressors[encoding](entry.body)));
  return bytes;
}

/**
 * Serialised full records, keyed by dialogue and audience. An entry is good while neither the
 * dialogue's stream nor the directory's has moved on: every write bumps one of them in its own
 * transaction, so checking the two seqs (one indexed read) is enough, on every instance.
 */
export class RecordCache {
  private readonly entries = new Map<string, CachedRecord>();
  constructor(private readonly capacity = 1000) {}

  get(key: string, dialogueSeq: number, directorySeq: number): CachedRecord | undefined {
    const hit = this.entries.get(key);
    if (!hit || hit.validThrough !== dialogueSeq || hit.directorySeq !== directorySeq) return undefined;
    this.entries.delete(key);
    this.entries.set(key, hit);
    return hit;
  }

  /** The entry whatever the dialogue's seq, while the directory has not moved: a candidate to carry forward. */
  behind(key: string, directorySeq: number): CachedRecord | undefined {
    const hit = this.entries.get(key);
    return hit && hit.directorySeq === directorySeq ? hit : undefined;
  }

  set(key: string, value: CachedRecord): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }
}
