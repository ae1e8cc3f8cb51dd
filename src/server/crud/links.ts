import { and, eq, getTableName, inArray, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { AppError, type FieldError } from '../../shared/errors.ts';
import type { Queryable } from '../db/database.ts';
import { countries } from '../db/schema.ts';

type Table = PgTable & { id: PgColumn };

/**
 * Checks that every id names an existing row (optionally within one parent), so a link
 * to nothing answers 400 at the field at fault rather than a dangling id in the record.
 */
export async function assertIdsExist(
  db: Queryable,
  table: Table,
  ids: readonly string[] | null | undefined,
  path: string,
  scope?: { column: PgColumn; value: string },
  /** The path names one id, not a list: no index is added. */
  single = false,
): Promise<void> {
  if (!ids || ids.length === 0) return;
  const where = scope ? and(inArray(table.id, [...ids]), eq(scope.column, scope.value)) : inArray(table.id, [...ids]);
  const found = new Set(
    (
      await db
        .select({ id: table.id })
        .from(table as PgTable)
        .where(where)
    ).map((r) => r.id as string),
  );
  const errors: FieldError[] = ids.flatMap((id, i) =>
    found.has(id)
      ? []
      : [
          {
            path: single ? path : `${path}.${i}`,
            message: scope ? 'no such record in this dialogue or document' : 'no such record',
            code: 'unknown_reference',
          },
        ],
  );
  if (errors.length > 0)
    throw new AppError('validation_failed', errors.map((e) => `${e.path}: ${e.message}`).join('; '), errors);
}

export const assertIdExists = (
  db: Queryable,
  table: Table,
  id: string | null | undefined,
  path: string,
  scope?: { column: PgColumn; value: string },
) => (id ? assertIdsExist(db, table, [id], path, scope, true) : Promise.resolve());

/** Drops keys whose value is undefined: a partial update changes only what it names. */
export function defined<T extends Record<string, unknown>>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export async function assertCountryExists(db: Queryable, code: string | null | undefined, path: string): Promise<void> {
  if (!code) return;
  const [found] = await db.select({ code: countries.code }).from(countries).where(eq(countries.code, code));
  if (!found)
    throw new AppError('validation_failed', `${path}: no such country`, [{ path, message: 'no such country' }]);
}

/**
 * Links kept in uuid[] columns have no foreign key; deleting something still linked this way
 * answers 409 instead of leaving dangling ids.
 */
export async function assertNotLinked(db: Queryable, id: string, what: string, columns: PgColumn[]): Promise<void> {
  for (const column of columns) {
    const table = column.table as PgTable;
    const [hit] = await db
      .select({ one: sql<number>`1` })
      .from(table)
      .where(sql`${id}::uuid = any(${column})`)
      .limit(1);
    if (hit) throw new AppError('conflict', `${what} is still linked from ${column.name} of ${getTableName(table)}`);
  }
}
