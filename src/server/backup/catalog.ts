import type { SqlSession } from './sql-session.ts';
import { quoteTable } from './sql-session.ts';

/** A table as backup sees it: its stored columns (generated ones are computed again on load). */
export interface TableInfo {
  /** `schema.table` */
  name: string;
  columns: string[];
}

export interface SequenceState {
  /** `schema.sequence` */
  name: string;
  last: string;
  called: boolean;
}

/** Schemas that hold no data of ours: the system's, and drizzle's record of migrations (the schema version). */
const SKIPPED_SCHEMAS = `('pg_catalog', 'information_schema', 'pg_toast', 'drizzle')`;

/**
 * Every table of the database, read from the catalog rather than from a list, so a table added by any
 * migration is carried without a change here; ordered so a table comes after those its foreign keys
 * point to (a cycle, if one ever appears, is loaded with the keys' triggers off: see import-archive.ts).
 */
export async function listTables(session: SqlSession): Promise<TableInfo[]> {
  const rows = await session.query<{ name: string; columns: string[] }>(
    `select n.nspname || '.' || c.relname as name,
            array_agg(a.attname::text order by a.attnum) as columns
       from pg_class c
       join pg_namespace n on n.oid = c.relnamespace
       join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
      where c.relkind = 'r' and n.nspname not in ${SKIPPED_SCHEMAS} and n.nspname not like 'pg\\_temp%'
      group by n.nspname, c.relname
      order by n.nspname, c.relname`,
  );
  const edges = await session.query<{ child: string; parent: string }>(
    `select cn.nspname || '.' || c.relname as child, pn.nspname || '.' || p.relname as parent
       from pg_constraint k
       join pg_class c on c.oid = k.conrelid join pg_namespace cn on cn.oid = c.relnamespace
       join pg_class p on p.oid = k.confrelid join pg_namespace pn on pn.oid = p.relnamespace
      where k.contype = 'f' and k.conrelid <> k.confrelid`,
  );
  return dependencyOrder(
    rows.map((r) => ({ name: r.name, columns: r.columns })),
    edges,
  );
}

function dependencyOrder(tables: TableInfo[], edges: { child: string; parent: string }[]): TableInfo[] {
  const parents = new Map<string, Set<string>>(tables.map((t) => [t.name, new Set()]));
  for (const e of edges) parents.get(e.child)?.add(e.parent);
  const placed = new Set<string>();
  const ordered: TableInfo[] = [];
  let left = [...tables];
  while (left.length > 0) {
    const ready = left.filter((t) => [...parents.get(t.name)!].every((p) => placed.has(p) || !parents.has(p)));
    // A cycle: take the first remaining table and go on.
    const next = ready.length > 0 ? ready : [left[0]!];
    for (const t of next) {
      placed.add(t.name);
      ordered.push(t);
    }
    left = left.filter((t) => !placed.has(t.name));
  }
  return ordered;
}

export async function listSequences(session: SqlSession): Promise<SequenceState[]> {
  const names = await session.query<{ name: string }>(
    `select n.nspname || '.' || c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind = 'S' and n.nspname not in ${SKIPPED_SCHEMAS} order by 1`,
  );
  const states: SequenceState[] = [];
  for (const { name } of names) {
    const [row] = await session.query<{ last: string; called: boolean }>(
      `select last_value::text as last, is_called as called from ${quoteTable(name)}`,
    );
    states.push({ name, last: row!.last, called: row!.called });
  }
  return states;
}

/** The tables that hold at least one row, of those given. */
export async function nonEmptyTables(session: SqlSession, tables: TableInfo[]): Promise<string[]> {
  if (tables.length === 0) return [];
  const rows = await session.query<{ name: string }>(
    tables
      .map((t, i) => `select $${i + 1}::text as name where exists (select 1 from ${quoteTable(t.name)})`)
      .join(' union all '),
    tables.map((t) => t.name),
  );
  return rows.map((r) => r.name);
}

/** Whether the connected role may switch off foreign-key triggers for a load (PGlite's always may). */
export async function isSuperuser(session: SqlSession): Promise<boolean> {
  const [row] = await session.query<{ on: string }>(`select current_setting('is_superuser') as on`);
  return row?.on === 'on';
}
