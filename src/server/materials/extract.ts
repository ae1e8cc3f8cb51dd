import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import type { MaterialType } from '../../shared/contracts/materials.ts';
import type { Db, Queryable } from '../db/database.ts';
import { materialPages, materials, materialVersions } from '../db/schema.ts';
import type { Deps } from '../deps.ts';
import { enqueue } from '../jobs/queue.ts';
import { replaceEntries } from '../search/entries.ts';
import { pageEntry } from './search-entries.ts';
import { makeSpool, type Spool } from './spool.ts';
import { copyToFile, deleteChunks, writeChunks } from './storage.ts';
import { extractInWorker } from './work/pool.ts';

export const EXTRACT_JOB = 'material.extract';
/** The durable job is the safety net: this instance starts at once, the job runs later if it did not finish. */
const FALLBACK_MS = 10 * 60_000;
/** Pages beyond this are not indexed: a book-length upload must not fill the index. */
const MAX_PAGES = 2000;

export async function enqueueExtraction(db: Queryable, versionId: string, now: Date): Promise<void> {
  await enqueue(db, {
    kind: EXTRACT_JOB,
    key: `${EXTRACT_JOB}:${versionId}`,
    runAt: new Date(now.getTime() + FALLBACK_MS),
    payload: { versionId },
  });
}

const running = new WeakMap<Db, Set<Promise<void>>>();

/** Starts the extraction in the background (the worker thread does the work); the request does not wait. */
export function startExtraction(deps: Deps, versionId: string, spool?: Spool): void {
  const set = running.get(deps.db) ?? new Set();
  running.set(deps.db, set);
  const p = extractVersion(deps, versionId, 'pending', spool)
    .catch((err) => console.error(`material extraction ${versionId}:`, (err as Error).message))
    .finally(() => set.delete(p));
  set.add(p);
}

/** Resolves once every extraction this instance started has ended (tests, benchmarks, shutdown). */
export async function extractionsIdle(deps: Deps): Promise<void> {
  const set = running.get(deps.db);
  while (set && set.size) await Promise.allSettled([...set]);
}

/**
 * The text of each page (or slide) and the preview, off the main thread; then each page is filed
 * in the index in a transaction of its own, so a long paper never holds the database for long.
 * Claimed by one runner: the in-process start claims `pending`, the fallback job also `running`.
 */
export async function extractVersion(
  deps: Deps,
  versionId: string,
  from: 'pending' | 'running',
  given?: Spool,
): Promise<void> {
  try {
    await extractClaimed(deps, versionId, from, given);
  } finally {
    await given?.dispose();
  }
}

/** The upload's own file when this instance still has it; else the stored copy, written out a chunk at a time. */
async function extractClaimed(deps: Deps, versionId: string, from: 'pending' | 'running', given?: Spool) {
  const states: ('pending' | 'running')[] = from === 'pending' ? ['pending'] : ['pending', 'running'];
  const [claimed] = await deps.db
    .update(materialVersions)
    .set({ extraction: 'running' })
    .where(and(eq(materialVersions.id, versionId), inArray(materialVersions.extraction, states)))
    .returning();
  if (!claimed) return;
  try {
    const spool = given ?? (await makeSpool());
    let found: Awaited<ReturnType<typeof extractInWorker>>;
    try {
      if (!given) await copyToFile(deps.db, versionId, 'original', spool.path);
      found = await extractInWorker(claimed.type as MaterialType, spool.path);
    } finally {
      if (!given) await spool.dispose();
    }
    const { pages, preview } = found;
    await deleteChunks(deps.db, versionId, 'preview');
    if (preview) await writeChunks(deps.db, versionId, 'preview', preview);
    await deps.db.delete(materialPages).where(eq(materialPages.versionId, versionId));
    let n = 0;
    for (const page of pages.slice(0, MAX_PAGES)) {
      n++;
      if (!page.text) continue;
      await deps.db.transaction(async (tx) => {
        const [m] = await tx.select().from(materials).where(eq(materials.id, claimed.materialId));
        if (!m) return;
        const id = randomUUID();
        await tx.insert(materialPages).values({ id, versionId, materialId: m.id, page: n, text: page.text });
        if (m.currentVersion === claimed.number)
          await replaceEntries(tx, 'material', id, [pageEntry(m, claimed.number, page.text, page.key)]);
      });
    }
    await deps.db
      .update(materialVersions)
      .set({ extraction: 'done', pages: pages.length, preview: preview !== null })
      .where(eq(materialVersions.id, versionId));
  } catch (err) {
    await deps.db.update(materialVersions).set({ extraction: 'failed' }).where(eq(materialVersions.id, versionId));
    throw err;
  }
}
