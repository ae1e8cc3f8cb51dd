import { attributable as attributableTo } from './attributable.ts';
import { asc, eq, sql, type SQL } from 'drizzle-orm';
import { ActionStatus } from '../../shared/contracts/enums.ts';
import type { TRACKABLE_KINDS } from '../../shared/contracts/tracker.ts';
import { trackedOutcome } from './tracked.ts';
import { NO_COUNTRY, type TrackerCell, type TrackerMatrix, type TrackerQuery } from '../../shared/contracts/tracker.ts';
import { AppError } from '../../shared/errors.ts';
import type { MultiText } from '../../shared/multilingual.ts';
import { countries, provisions, referenceDocuments } from '../db/schema.ts';
import type { Deps } from '../deps.ts';
import { insideDialogue, visibleDialogues } from '../dialogues/dialogues.ts';
import type { Actor } from '../policy/actor.ts';

const emptyCell = (): TrackerCell => ({
  dialogues: 0,
  statements: 0,
  lastDiscussed: null,
  overdue: 0,
  actions: Object.fromEntries(ActionStatus.options.map((s) => [s, 0])) as TrackerCell['actions'],
});

/**
 * The provisions of one document against the region's countries: how often and how lately each was
 * discussed by each country's institutions, and the commitments and actions tied to it, by the
 * country of the institution that owns them. The audience rule is applied in SQL, per dialogue:
 * restricted and draft dialogues count only for their insiders, and what was said or owned under the
 * Chatham House Rule is counted without a country for everyone else. Actions are listed only to a
 * dialogue's insiders; the public sees the counts.
 */
export async function trackerMatrix(
  deps: Pick<Deps, 'db' | 'clock'>,
  args: { actor: Actor; documentId: string; query: TrackerQuery },
): Promise<TrackerMatrix> {
  const { db } = deps;
  const [doc] = await db
    .select({ id: referenceDocuments.id })
    .from(referenceDocuments)
    .where(eq(referenceDocuments.id, args.documentId));
  if (!doc) throw new AppError('not_found', 'no such reference document');
  const provs = await db
    .select({ id: provisions.id, number: provisions.number, text: provisions.text })
    .from(provisions)
    .where(eq(provisions.documentId, args.documentId))
    .orderBy(asc(provisions.position), asc(provisions.id));
  const cols = await db
    .select({ code: countries.code, name: countries.name })
    .from(countries)
    .orderBy(asc(countries.code));
  const today = deps.clock().toISOString().slice(0, 10);
  const out: TrackerMatrix = {
    documentId: args.documentId,
    asOf: today,
    columns: [...cols.map((c) => ({ key: c.code, name: c.name })), { key: NO_COUNTRY, name: null }],
    rows: [],
  };
  if (provs.length === 0) return out;

  const q = args.query;
  const ids = sql`string_to_array(${provs.map((p) => p.id).join(',')}, ',')::uuid[]`;
  const visible = visibleDialogues(args.actor) ?? sql`true`;
  const inside = insideDialogue(args.actor);
  const attributable = (table: 'statements' | 'outcomes') => attributableTo(inside, table);
  const dialogueFilters: SQL[] = [
    ...(q.series ? [sql`dialogues.series_id = ${q.series}::uuid`] : []),
    ...(q.from ? [sql`dialogues.starts_at >= ${q.from}::date`] : []),
    ...(q.to ? [sql`dialogues.starts_at < (${q.to}::date + 1)`] : []),
  ];
  const where = (table: 'statements' | 'outcomes', extra: SQL[]) =>
    sql.join(
      [
        visible,
        // A restricted agenda item counts only for its dialogue's insiders, like a restricted dialogue.
        sql`(${inside} or ai.confidentiality is distinct from 'restricted')`,
        ...dialogueFilters,
        ...(q.area ? [sql`${q.area}::uuid = any(${sql.raw(table)}.area_ids)`] : []),
        ...extra,
      ],
      sql` and `,
    );

  // A statement counts once for each country it was said for: its speaker's, or those of the
  // organizations that spoke together. Counted per dialogue first and then per cell, so every
  // aggregate hashes rather than sorts; the row's total counts each statement once.
  const country = sql`case when ${attributable('statements')} then coalesce(o.country_code, ${NO_COUNTRY}) else ${NO_COUNTRY} end`;
  const mentions = sql`from statements
      join dialogues on dialogues.id = statements.dialogue_id
      left join agenda_items ai on ai.id = statements.agenda_item_id
      cross join unnest(statements.provision_ids) as pid
      join provisions p on p.id = pid and p.document_id = ${args.documentId}::uuid`;
  const said = (
    await db.execute<{
      provision_id: string;
      country: string | null;
      dialogues: number;
      statements: number;
      last: string;
    }>(sql`
    select pid as provision_id, country, count(*)::int as dialogues, sum(n)::int as statements, to_char(max(last), 'YYYY-MM-DD') as last from (
      select pid, country, dialogue_id, count(*) as n, max(starts_at) as last from (
        select statements.id, statements.dialogue_id, dialogues.starts_at, pid, ${country} as country
        ${mentions}
        join participants pa on pa.id = statements.participant_id
        left join organizations o on o.id = pa.organization_id
        where ${where('statements', [])}
        union all
        select distinct statements.id, statements.dialogue_id, dialogues.starts_at, pid, ${country}
        ${mentions}
        cross join unnest(statements.collective_organization_ids) as oid
        left join organizations o on o.id = oid
        where ${where('statements', [sql`statements.participant_id is null`])}
      ) m group by pid, country, dialogue_id
    ) per_dialogue group by pid, country
    union all
    select pid, null, count(*)::int, sum(n)::int, to_char(max(last), 'YYYY-MM-DD') from (
      select pid, statements.dialogue_id, count(*) as n, max(dialogues.starts_at) as last
      ${mentions}
      where ${where('statements', [])}
      group by pid, statements.dialogue_id
    ) per_dialogue group by pid`)
  ).rows;

  const actionBase = sql`
    from outcomes
    join dialogues on dialogues.id = outcomes.dialogue_id
    left join agenda_items ai on ai.id = outcomes.agenda_item_id
    left join organizations org on org.id = outcomes.owner_organization_id
    cross join lateral unnest(outcomes.provision_ids) as pid
    where ${where('outcomes', [
      sql`pid = any(${ids})`,
      trackedOutcome('outcomes'),
      ...(q.owner ? [sql`outcomes.owner_organization_id = ${q.owner}::uuid and ${attributable('outcomes')}`] : []),
    ])}`;
  const countryOf = sql`case when ${attributable('outcomes')} then coalesce(org.country_code, ${NO_COUNTRY}) else ${NO_COUNTRY} end`;
  const overdueIf = sql`outcomes.due_on < ${today}::date and coalesce(outcomes.status, 'planned') not in ('done', 'dropped')`;
  const tallied = (
    await db.execute<{
      provision_id: string;
      country: string | null;
      status: ActionStatus | null;
      n: number;
      overdue: number;
    }>(sql`
    select provision_id, country, status, count(*)::int as n, count(*) filter (where overdue)::int as overdue from (
      select pid as provision_id, ${countryOf} as country, coalesce(outcomes.status, 'planned') as status, coalesce(${overdueIf}, false) as overdue
      ${actionBase}
    ) a
    group by grouping sets ((provision_id, country, status), (provision_id, status))`)
  ).rows;
  // The actions themselves, only from the dialogues this reader is inside of.
  const listed = (
    await db.execute<{
      provision_id: string;
      id: string;
      dialogue_id: string;
      kind: (typeof TRACKABLE_KINDS)[number];
      text: MultiText;
      owner: string | null;
      due_on: string | null;
      status: ActionStatus | null;
      country: string;
      attributable: boolean;
      overdue: boolean;
    }>(sql`
    select pid as provision_id, outcomes.id, outcomes.dialogue_id, outcomes.kind, outcomes.text, outcomes.owner_organization_id as owner,
      to_char(outcomes.due_on, 'YYYY-MM-DD') as due_on, outcomes.status, ${countryOf} as country, ${attributable('outcomes')} as attributable, coalesce(${overdueIf}, false) as overdue
    ${actionBase} and ${inside}
    order by outcomes.due_on nulls last, outcomes.id`)
  ).rows;

  const cells = new Map<string, TrackerCell>();
  const cell = (provision: string, column: string | null) => {
    const key = `${provision}|${column ?? '*'}`;
    let c = cells.get(key);
    if (!c) cells.set(key, (c = emptyCell()));
    return c;
  };
  for (const r of said)
    Object.assign(cell(r.provision_id, r.country), {
      dialogues: r.dialogues,
      statements: r.statements,
      lastDiscussed: r.last,
    });
  for (const r of tallied) {
    const c = cell(r.provision_id, r.country);
    c.actions[r.status ?? 'planned'] += r.n;
    c.overdue += r.overdue;
  }
  for (const a of listed) {
    for (const c of [cell(a.provision_id, a.country), cell(a.provision_id, null)]) {
      (c.items ??= []).push({
        id: a.id,
        dialogueId: a.dialogue_id,
        kind: a.kind,
        text: a.text,
        ownerOrganizationId: a.attributable ? a.owner : null,
        dueOn: a.due_on,
        status: a.status,
        overdue: a.overdue,
      });
    }
  }
  out.rows = provs.map((p) => ({
    provisionId: p.id,
    number: p.number,
    text: p.text,
    cells: Object.fromEntries(out.columns.map((col) => [col.key, cells.get(`${p.id}|${col.key}`) ?? emptyCell()])),
    total: cells.get(`${p.id}|*`) ?? emptyCell(),
  }));
  return out;
}
