import { and, count, eq, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { randomUUID } from 'node:crypto';
import type { Config } from '../config.ts';
import { AppError } from '../../shared/errors.ts';
import type { Page } from '../../shared/common.ts';
import type { Audience } from '../../shared/contracts/dialogue-record.ts';
import type { Db, Queryable, Tx } from '../db/database.ts';
import { appendEvent } from '../events/append-event.ts';
import { write } from '../events/write.ts';
import type { Actor } from '../policy/actor.ts';
import type { SearchKind } from '../../shared/contracts/enums.ts';
import { replaceEntries, type Entry } from '../search/entries.ts';

export type Row = Record<string, unknown>;
export type RecordTable = PgTable & { id: PgColumn; version: PgColumn; updatedAt: PgColumn };

export interface WriteContext {
  tx: Tx;
  actor: Actor;
  id: string;
  parentId: string | null;
  /** The row before an update; null on create. */
  existing: Row | null;
  /** Settings and time, for writes whose effects reach beyond the database (messages). Absent when seeding. */
  env?: WriteEnv;
}

export interface WriteEnv {
  config: Config;
  clock: () => Date;
}

export interface ReadContext {
  db: Queryable;
  actor: Actor;
  audience: Audience;
  parentId: string | null;
}

/**
 * How one kind of record maps between its contract and its table. The generic use cases
 * below (list, get, create, update, delete) do the rest the same way for every kind.
 */
export interface ResourceSpec<Create = never, Out = unknown> {
  /** Event types are `<name>.created`, `<name>.updated`, `<name>.deleted`. */
  name: string;
  table: RecordTable;
  /** The column holding the parent's id, for records nested under a dialogue or a document. */
  parentColumn?: PgColumn;
  stream: (parentId: string | null, id: string) => string;
  dialogueOf?: (parentId: string | null, id: string) => string | null;
  /** Maps (part of) the contract to columns, checking every link; throws AppError on bad input. */
  toColumns(input: Partial<Create>, ctx: WriteContext): Promise<Row>;
  /** Writes child rows (names, positions, history) in the same transaction. */
  afterWrite?(input: Partial<Create>, ctx: WriteContext): Promise<void>;
  /** Batch presenter: turns rows into what this audience may read. */
  present(rows: Row[], ctx: ReadContext): Promise<Out[]>;
  /** What the search index holds for this record, rebuilt by every write to it. */
  search?: { kind: SearchKind; entries(row: Row, ctx: WriteContext): Promise<Entry[]> };
  /** Refuses a delete that would leave links behind (links in uuid[] columns have no foreign key). */
  beforeDelete?(ctx: WriteContext): Promise<void>;
  /** List conditions from the query; the actor is there for filters whose meaning depends on the reader. */
  filters?(query: Record<string, unknown>, actor: Actor): (SQL | undefined)[];
  orderBy: (SQL | PgColumn)[];
}

type Located = Pick<ResourceSpec, 'table' | 'parentColumn'>;

function scoped(spec: Located, parentId: string | null, extra?: SQL): SQL | undefined {
  const parent = spec.parentColumn && parentId ? eq(spec.parentColumn, parentId) : undefined;
  return and(parent, extra);
}

export async function listRecords<Out>(
  spec: ResourceSpec<never, Out>,
  ctx: ReadContext & { query: Record<string, unknown> & { limit: number; offset: number }; visible?: SQL },
): Promise<Page<Out>> {
  const where = and(scoped(spec, ctx.parentId), ctx.visible, ...(spec.filters?.(ctx.query, ctx.actor) ?? []));
  const [rows, [total]] = await Promise.all([
    ctx.db
      .select()
      .from(spec.table)
      .where(where)
      .orderBy(...spec.orderBy)
      .limit(ctx.query.limit)
      .offset(ctx.query.offset),
    ctx.db.select({ n: count() }).from(spec.table).where(where),
  ]);
  return {
    items: await spec.present(rows as Row[], ctx),
    total: Number(total?.n ?? 0),
    limit: ctx.query.limit,
    offset: ctx.query.offset,
  };
}

async function loadRow(db: Queryable, spec: Located, parentId: string | null, id: string): Promise<Row | null> {
  const [row] = await db
    .select()
    .from(spec.table)
    .where(scoped(spec, parentId, eq(spec.table.id, id)));
  return (row as Row | undefined) ?? null;
}

export async function getRecord<Out>(spec: ResourceSpec<never, Out>, ctx: ReadContext & { id: string }): Promise<Out> {
  const row = await loadRow(ctx.db, spec, ctx.parentId, ctx.id);
  if (!row) throw new AppError('not_found', `no such ${spec.name}`);
  const [out] = await spec.present([row], ctx);
  return out!;
}

interface WriteArgs {
  db: Db;
  actor: Actor;
  parentId: string | null;
  env?: WriteEnv;
}

async function recordEvent(
  spec: Pick<ResourceSpec, 'stream' | 'dialogueOf' | 'name'>,
  ctx: WriteContext,
  verb: string,
  payload: unknown,
) {
  await appendEvent(ctx.tx, {
    stream: spec.stream(ctx.parentId, ctx.id),
    dialogueId: spec.dialogueOf?.(ctx.parentId, ctx.id) ?? null,
    type: `${spec.name}.${verb}`,
    actorId: ctx.actor.user?.id ?? null,
    payload,
  });
}

const insideView = (ctx: WriteContext): ReadContext => ({
  db: ctx.tx,
  actor: ctx.actor,
  audience: 'inside',
  parentId: ctx.parentId,
});

export function createRecord<Create, Out>(
  spec: ResourceSpec<Create, Out>,
  args: WriteArgs & { input: Create; id?: string },
): Promise<Out> {
  return write(args.db, async (tx) => {
    const ctx: WriteContext = {
      tx,
      actor: args.actor,
      id: args.id ?? randomUUID(),
      parentId: args.parentId,
      existing: null,
      env: args.env,
    };
    const columns = await spec.toColumns(args.input, ctx);
    const parent =
      spec.parentColumn && args.parentId ? { [columnKey(spec.table, spec.parentColumn)]: args.parentId } : {};
    await tx.insert(spec.table).values({ ...columns, ...parent, id: ctx.id });
    await spec.afterWrite?.(args.input, ctx);
    const row = (await loadRow(tx, spec, args.parentId, ctx.id))!;
    await reindex(spec, row, ctx);
    const [out] = await spec.present([row], insideView(ctx));
    await recordEvent(spec, ctx, 'created', out);
    return out!;
  });
}

export function updateRecord<Create, Out>(
  spec: ResourceSpec<Create, Out>,
  args: WriteArgs & { id: string; input: Partial<Create> & { version: number } },
): Promise<Out> {
  return write(args.db, async (tx) => {
    const existing = await loadRow(tx, spec, args.parentId, args.id);
    if (!existing) throw new AppError('not_found', `no such ${spec.name}`);
    if (existing.version !== args.input.version) {
      throw new AppError(
        'version_conflict',
        `${spec.name} is at version ${String(existing.version)}, not ${args.input.version}`,
      );
    }
    const ctx: WriteContext = { tx, actor: args.actor, id: args.id, parentId: args.parentId, existing, env: args.env };
    const { version: _version, ...input } = args.input;
    const columns = await spec.toColumns(input as Partial<Create>, ctx);
    // The version guard in WHERE makes a concurrent writer lose cleanly even between the read and here.
    const updated = await tx
      .update(spec.table)
      .set({ ...columns, version: sql`${spec.table.version} + 1`, updatedAt: new Date() })
      .where(and(eq(spec.table.id, args.id), eq(spec.table.version, args.input.version)))
      .returning({ id: spec.table.id });
    if (updated.length === 0) throw new AppError('version_conflict');
    await spec.afterWrite?.(input as Partial<Create>, ctx);
    const row = (await loadRow(tx, spec, args.parentId, args.id))!;
    await reindex(spec, row, ctx);
    const [out] = await spec.present([row], insideView(ctx));
    await recordEvent(spec, ctx, 'updated', out);
    return out!;
  });
}

export function deleteRecord(
  spec: Omit<ResourceSpec, 'toColumns' | 'afterWrite'>,
  args: WriteArgs & { id: string; version?: number },
): Promise<void> {
  return write(args.db, async (tx) => {
    const existing = await loadRow(tx, spec, args.parentId, args.id);
    if (!existing) throw new AppError('not_found', `no such ${spec.name}`);
    if (args.version !== undefined && existing.version !== args.version) {
      throw new AppError(
        'version_conflict',
        `${spec.name} is at version ${String(existing.version)}, not ${args.version}`,
      );
    }
    const ctx: WriteContext = { tx, actor: args.actor, id: args.id, parentId: args.parentId, existing, env: args.env };
    await spec.beforeDelete?.(ctx);
    await tx.delete(spec.table).where(eq(spec.table.id, args.id));
    if (spec.search) await replaceEntries(tx, spec.search.kind, args.id, []);
    await recordEvent(spec, ctx, 'deleted', { id: args.id });
  });
}

/** Rebuilds a record's search entries in the write's transaction (`ctx.id` names the record). */
export async function reindex(spec: Pick<ResourceSpec, 'search'>, row: Row, ctx: WriteContext): Promise<void> {
  if (spec.search) await replaceEntries(ctx.tx, spec.search.kind, ctx.id, await spec.search.entries(row, ctx));
}

/** The property name drizzle uses for a column of a table. */
function columnKey(table: PgTable, column: PgColumn): string {
  for (const [key, value] of Object.entries(table)) if (value === column) return key;
  throw new Error(`column ${column.name} is not in the table`);
}
