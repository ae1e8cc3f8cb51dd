import { eq } from 'drizzle-orm';
import type { Queryable } from '../db/database.ts';
import { jobs, materialVersions } from '../db/schema.ts';
import type { Deps } from '../deps.ts';
import { enqueue } from '../jobs/queue.ts';
import { deleteChunks } from './storage.ts';

export const DISCARD_JOB = 'material.discard';
/** Long enough for any upload to finish storing its chunks. */
const DISCARD_AFTER_MS = 60 * 60_000;
const keyOf = (versionId: string) => `${DISCARD_JOB}:${versionId}`;

/**
 * Before an upload writes its first chunk: a job that removes the chunks if no version was ever
 * recorded for them (the process died mid-upload). A finished upload withdraws it in its own
 * transaction; a failed one removes its chunks at once.
 */
export async function guardChunks(db: Queryable, versionId: string, now: Date): Promise<void> {
  await enqueue(db, {
    kind: DISCARD_JOB,
    key: keyOf(versionId),
    runAt: new Date(now.getTime() + DISCARD_AFTER_MS),
    payload: { versionId },
  });
}

export async function withdrawGuard(db: Queryable, versionId: string): Promise<void> {
  await db.delete(jobs).where(eq(jobs.key, keyOf(versionId)));
}

/** A failed upload: its chunks go now, and so does the guard. */
export async function discardUpload(db: Queryable, versionId: string): Promise<void> {
  await deleteChunks(db, versionId);
  await withdrawGuard(db, versionId);
}

/** The guard's run: chunks with no version to own them are removed. */
export async function discardIfOrphaned(deps: Deps, versionId: string): Promise<void> {
  const [owner] = await deps.db
    .select({ id: materialVersions.id })
    .from(materialVersions)
    .where(eq(materialVersions.id, versionId));
  if (!owner) await deleteChunks(deps.db, versionId);
}
