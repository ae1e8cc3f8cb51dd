import type { Readable } from 'node:stream';
import type { ArchiveHeader } from './archive-format.ts';
import { ArchiveReader } from './archive-reader.ts';

export interface ArchiveContents {
  header: ArchiveHeader;
  sha256: string;
  tables: number;
  rows: number;
}

/** Reads an archive through without a database: its checksum and structure hold, or an ArchiveError says why not. */
export async function verifyArchive(input: Readable): Promise<ArchiveContents> {
  const reader = new ArchiveReader(input);
  const header = await reader.header();
  for (;;) {
    const { record } = await reader.next();
    if (record.kind === 'trailer') return { header, sha256: record.sha256, tables: record.tables, rows: record.rows };
  }
}
