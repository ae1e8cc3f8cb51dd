import { sql } from 'drizzle-orm';
import { trackedOutcome } from './tracked.ts';
import type { TrackerCharts, TrackerQuery } from '../../shared/contracts/tracker.ts';
import type { Deps } from '../deps.ts';
import { insideDialogue, visibleDialogues } from '../dialogues/dialogues.ts';
import { attributable } from './attributable.ts';
import type { Actor } from '../policy/actor.ts';

/**
 * The tracker's charts for one document: activity per year and progress per area over time. They
 * count, never attribute; only the owner filter reads attribution, and so it matches only what the
 * reader may tie to its owner.
 */
export async function trackerCharts(
  deps: Pick<Deps, 'db'>,
  args: { actor: Actor; documentId: string; query: TrackerQuery },
): Promise<TrackerCharts> {
  const q = args.query;
  const where = sql.join(
    [
      visibleDialogues(args.actor) ?? sql`true`,
      // A restricted agenda item counts only for its dialogue's insiders.
      sql`(${insideDialogue(args.actor)} or ai.confidentiality is distinct from 'restricted')`,
      ...(q.series ? [sql`dialogues.series_id = ${q.series}::uuid`] : []),
      ...(q.from ? [sql`dialogues.starts_at >= ${q.from}::date`] : []),
      ...(q.to ? [sql`dialogues.starts_at < (${q.to}::date + 1)`] : []),
    ],
    sql` and `,
  );
  const activity = await deps.db.execute<TrackerCharts['activity'][number]>(sql`
    select extract(year from dialogues.starts_at)::int as year, count(distinct statements.dialogue_id)::int as dialogues, count(distinct statements.id)::int as statements
    from statements
    join dialogues on dialogues.id = statements.dialogue_id
    left join agenda_items ai on ai.id = statements.agenda_item_id
    where ${where} and exists (select 1 from provisions p where p.id = any(statements.provision_ids) and p.document_id = ${args.documentId}::uuid)
      ${q.area ? sql`and ${q.area}::uuid = any(statements.area_ids)` : sql``}
    group by 1 order by 1`);
  const progress = await deps.db.execute<TrackerCharts['progress'][number]>(sql`
    select area as "areaId", extract(year from dialogues.starts_at)::int as year, count(*)::int as total, count(*) filter (where outcomes.status = 'done')::int as done
    from outcomes
    join dialogues on dialogues.id = outcomes.dialogue_id
    left join agenda_items ai on ai.id = outcomes.agenda_item_id
    cross join unnest(outcomes.area_ids) as area
    where ${where} and ${trackedOutcome('outcomes')}
      and exists (select 1 from provisions p where p.id = any(outcomes.provision_ids) and p.document_id = ${args.documentId}::uuid)
      ${q.area ? sql`and area = ${q.area}::uuid` : sql``}
      ${q.owner ? sql`and outcomes.owner_organization_id = ${q.owner}::uuid and ${attributable(insideDialogue(args.actor), 'outcomes')}` : sql``}
    group by 1, 2 order by 2, 1`);
  return { activity: activity.rows, progress: progress.rows };
}
