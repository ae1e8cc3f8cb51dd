import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The process that holds an embedded data directory, read from the lock database.ts writes at open;
 * null when none does (no lock, or its holder died).
 */
export function dataDirHolder(dataDir: string): number | null {
  const lock = join(dataDir, 'expert-dialogue.lock');
  if (!existsSync(lock)) return null;
  const pid = Number(readFileSync(lock, 'utf8'));
  if (!pid || pid === process.pid) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM' ? pid : null;
  }
}

/** Whether a directory holds an embedded database at all. */
export const holdsDatabase = (dataDir: string): boolean => existsSync(join(dataDir, 'PG_VERSION'));
