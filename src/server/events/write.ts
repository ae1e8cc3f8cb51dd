import type { Db, Tx } from '../db/database.ts';

/**
 * Runs one use case as one transaction. Callers append their Event row inside `fn`,
 * so a change is never visible without its event, nor an event without its change.
 */
export function write<T>(db: Db, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction((tx) => fn(tx as Tx));
}
