import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { ArchiveError, ArchiveHeader, ArchiveRecord } from './archive-format.ts';

const MAX_LINE = 16 * 1024 * 1024;
const MAX_BLOCK = 256 * 1024 * 1024;

/**
 * Reads an archive record by record, hashing as it goes. The trailer's checksum is compared when it is
 * reached, and anything after it refused, so a caller that holds its writes until `next()` has returned
 * the trailer never keeps a byte of a damaged archive.
 */
export class ArchiveReader {
  private readonly source: AsyncIterator<Buffer>;
  private readonly hash = createHash('sha256');
  private buffered: Buffer[] = [];
  private size = 0;
  private ended = false;

  constructor(input: Readable) {
    const gunzip = createGunzip();
    input.on('error', (err) => gunzip.destroy(err));
    this.source = input.pipe(gunzip)[Symbol.asyncIterator]();
  }

  async header(): Promise<ArchiveHeader> {
    const first = await this.next().catch((err: unknown) => {
      throw new ArchiveError(`this is not an archive made by db:export (${(err as Error).message})`);
    });
    const parsed = ArchiveHeader.safeParse(first.record);
    if (!parsed.success) throw new ArchiveError('this is not an archive made by db:export: it has no header');
    return parsed.data;
  }

  /** The next record, with its bytes when it is a block of rows; the trailer last, once verified. */
  async next(): Promise<{ record: ArchiveRecord; bytes?: Buffer }> {
    const line = await this.readLine();
    let record: ArchiveRecord;
    try {
      record = ArchiveRecord.parse(JSON.parse(line.toString('utf8')));
    } catch {
      throw new ArchiveError('the archive is damaged: a record is not valid');
    }
    if (record.kind === 'trailer') {
      const actual = this.hash.digest('hex');
      if (actual !== record.sha256)
        throw new ArchiveError(
          `the archive was altered: its checksum is ${record.sha256}, its content hashes to ${actual}`,
        );
      if (await this.fill(1)) throw new ArchiveError('the archive was altered: there is data after its trailer');
      return { record };
    }
    this.hash.update(line);
    this.hash.update('\n');
    if (record.kind !== 'data') return { record };
    if (record.bytes > MAX_BLOCK) throw new ArchiveError('the archive is damaged: a block is too large');
    const bytes = await this.take(record.bytes);
    this.hash.update(bytes);
    return { record, bytes };
  }

  private async readLine(): Promise<Buffer> {
    let scanned = 0;
    for (;;) {
      const joined = this.join();
      const at = joined.indexOf(10, scanned);
      if (at !== -1) {
        const line = joined.subarray(0, at);
        this.drop(at + 1);
        return line;
      }
      scanned = joined.length;
      if (scanned > MAX_LINE) throw new ArchiveError('the archive is damaged: a record line is too long');
      if (!(await this.fill(joined.length + 1))) throw this.truncated();
    }
  }

  private async take(n: number): Promise<Buffer> {
    if (!(await this.fill(n))) throw this.truncated();
    const joined = this.join();
    const bytes = Buffer.from(joined.subarray(0, n));
    this.drop(n);
    return bytes;
  }

  /** Reads until at least n bytes are buffered; false when the archive ends first. */
  private async fill(n: number): Promise<boolean> {
    while (this.size < n && !this.ended) {
      let step: IteratorResult<Buffer>;
      try {
        step = await this.source.next();
      } catch (err) {
        throw new ArchiveError(`the archive is truncated or damaged: ${(err as Error).message}`);
      }
      if (step.done) this.ended = true;
      else {
        this.buffered.push(step.value);
        this.size += step.value.length;
      }
    }
    return this.size >= n;
  }

  private join(): Buffer {
    if (this.buffered.length > 1) this.buffered = [Buffer.concat(this.buffered, this.size)];
    return this.buffered[0] ?? Buffer.alloc(0);
  }

  private drop(n: number): void {
    const rest = this.join().subarray(n);
    this.buffered = rest.length ? [rest] : [];
    this.size = rest.length;
  }

  private truncated(): ArchiveError {
    return new ArchiveError('the archive is truncated: it ends before its trailer');
  }
}
