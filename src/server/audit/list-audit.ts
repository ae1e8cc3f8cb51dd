import { and, desc, eq, gte, lt, lte, sql, type SQL } from 'drizzle-orm';
import type { AuditEntry, AuditFilters, AuditPage, AuditQuery } from '../../shared/contracts/audit.ts';
import type { MultiText } from '../../shared/multilingual.ts';
import type { Queryable } from '../db/database.ts';
import { dialogues, events, users } from '../db/schema.ts';
import type { Deps } from '../deps.ts';
import { summarize } from './summarize.ts';

/** The CSV export's ceiling: the newest rows of the filter, this many at most. */
export const AUDIT_CSV_MAX_ROWS = 50_000;
const CSV_BATCH = 1_000;

function where(filters: AuditFilters, before?: number): SQL | undefined {
  const conditions: SQL[] = [];
  if (filters.user) conditions.push(eq(events.actorId, filters.user));
  if (filters.dialogue) conditions.push(eq(events.dialogueId, filters.dialogue));
  if (filters.kind)
    conditions.push(
      filters.kind.endsWith('.') ? sql`starts_with(${events.type}, ${filters.kind})` : eq(events.type, filters.kind),
    );
  if (filters.from) conditions.push(gte(events.at, new Date(filters.from)));
  if (filters.to) conditions.push(lte(events.at, new Date(filters.to)));
  if (before !== undefined) conditions.push(lt(events.id, before));
  return conditions.length ? and(...conditions) : undefined;
}

/** Events newest first (by id: the order they were written in), with their actor's e-mail and dialogue's title. */
async function readEntries(
  db: Queryable,
  filters: AuditFilters,
  limit: number,
  before?: number,
): Promise<AuditEntry[]> {
  const rows = await db
    .select({
      id: events.id,
      at: events.at,
      actorId: events.actorId,
      email: users.email,
      type: events.type,
      dialogueId: events.dialogueId,
      title: dialogues.title,
      payload: events.payload,
    })
    .from(events)
    .leftJoin(users, eq(users.id, events.actorId))
    .leftJoin(dialogues, eq(dialogues.id, events.dialogueId))
    .where(where(filters, before))
    .orderBy(desc(events.id))
    .limit(limit);
  return rows.map((r) => ({
    id: Number(r.id),
    at: r.at.toISOString(),
    actor: r.actorId ? { id: r.actorId, email: r.email ?? null } : null,
    type: r.type,
    dialogue: r.dialogueId ? { id: r.dialogueId, title: (r.title as MultiText | null) ?? null } : null,
    summary: summarize(r.payload),
  }));
}

/**
 * The audit log, for the secretariat: who did what and when, read from the Event rows every write
 * leaves in its own transaction (sign-ins and failed ones, role and membership changes, clearances,
 * publication steps, every record write). Newest first, paged by keyset: `before` is the previous
 * page's `next`, so pages neither skip nor repeat while new events arrive.
 */
export async function listAudit(deps: Pick<Deps, 'db'>, query: AuditQuery): Promise<AuditPage> {
  const { limit, before, ...filters } = query;
  const rows = await readEntries(deps.db, filters, limit + 1, before);
  const items = rows.slice(0, limit);
  return { items, next: rows.length > limit ? items.at(-1)!.id : null };
}

/** Every entry of the filter, newest first, up to AUDIT_CSV_MAX_ROWS, read in batches. */
export async function allAudit(deps: Pick<Deps, 'db'>, filters: AuditFilters): Promise<AuditEntry[]> {
  const all: AuditEntry[] = [];
  let before: number | undefined;
  while (all.length < AUDIT_CSV_MAX_ROWS) {
    const batch = await readEntries(deps.db, filters, Math.min(CSV_BATCH, AUDIT_CSV_MAX_ROWS - all.length), before);
    all.push(...batch);
    if (batch.length < CSV_BATCH) break;
    before = batch.at(-1)!.id;
  }
  return all;
}
