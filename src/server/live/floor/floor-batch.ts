import { sql } from 'drizzle-orm';
import type { Deps } from '../../deps.ts';
import { write } from '../../events/write.ts';
import { lockRoom, type Acked, type FloorBatch } from '../room-context.ts';
import { loadRoomSettings } from '../room-state.ts';

export type Outcome = ({ ok: true } & Acked) | { ok: false; error: unknown };

/**
 * Most changes in one batch: each is a savepoint, and a transaction keeps its first 64
 * subtransactions in shared memory before lookups slow down.
 */
export const FLOOR_BATCH_MOST = 32;

/**
 * A chair's quick succession of list changes (grant, end, the next one…) that arrived while the one
 * before was written: run in one transaction under one lock, each in a savepoint, so a refused one
 * changes nothing and the others stand. Each keeps its own `floor.changed` event and seq.
 */
export async function runFloorBatch(
  deps: Deps,
  dialogueId: string,
  changes: readonly ((batch: FloorBatch) => Promise<Acked>)[],
): Promise<Outcome[]> {
  return write(deps.db, async (tx) => {
    await lockRoom(tx, dialogueId);
    const batch: FloorBatch = { tx, settings: await loadRoomSettings(tx, dialogueId) };
    const outcomes: Outcome[] = [];
    for (const change of changes) {
      const before = batch.settings;
      await tx.execute(sql`savepoint floor_change`);
      try {
        outcomes.push({ ok: true, ...(await change(batch)) });
      } catch (error) {
        // Its writes and its event (and the event's bell) go; the changes before it stay.
        await tx.execute(sql`rollback to savepoint floor_change`);
        batch.settings = before;
        outcomes.push({ ok: false, error });
      }
    }
    return outcomes;
  });
}
