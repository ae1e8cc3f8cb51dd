import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A file on local disk for one upload or one copy in the making: the server's memory holds a chunk at a time. */
export interface Spool {
  path: string;
  /** Another file beside it (a stripped copy). */
  beside(name: string): string;
  dispose(): Promise<void>;
}

export async function makeSpool(): Promise<Spool> {
  const dir = await mkdtemp(join(tmpdir(), 'material-'));
  return {
    path: join(dir, 'file'),
    beside: (name) => join(dir, name),
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
}
