import { and, eq, type SQL } from 'drizzle-orm';
import { AppError } from '../../shared/errors.ts';
import type { Confidentiality } from '../../shared/contracts/enums.ts';
import { reindex, type WriteContext } from '../crud/resource.ts';
import { appendEvent } from '../events/append-event.ts';
import { isAdmin } from '../policy/actor.ts';
import { CLEARABLE } from './clearance/clearance-view.ts';

/**
 * Only the secretariat makes anything more public (Chatham House or restricted → public), and the
 * decision is kept as an event of its own. A chair who edits the dialogue cannot.
 */
export async function guardLowering(
  ctx: WriteContext,
  what: { dialogueId: string; agendaItemId: string | null },
  from: Confidentiality | null,
  to: Confidentiality | null,
  field: string,
): Promise<void> {
  if (from === to || from === null || from === 'public' || to !== 'public') return;
  if (!isAdmin(ctx.actor))
    throw new AppError('forbidden', 'only the secretariat makes a dialogue or an agenda item public', [
      { path: field, message: `${from} → public is the secretariat's decision`, code: 'secretariat_only' },
    ]);
  await appendEvent(ctx.tx, {
    stream: what.dialogueId,
    dialogueId: what.dialogueId,
    type: 'confidentiality.lowered',
    actorId: ctx.actor.user?.id ?? null,
    payload: { ...what, from, to },
  });
}

/**
 * A rule raised to Chatham House covers what was already said in its scope: those records are
 * marked, and their search entries rebuilt so outsiders keep only cleared text. Lowering never
 * unmarks them: what was said under the Rule stays under it.
 */
export async function applyRule(ctx: WriteContext, dialogueId: string, agendaItemId: string | null): Promise<void> {
  for (const { table, spec } of Object.values(CLEARABLE)) {
    const scope: SQL | undefined = agendaItemId ? eq(table.agendaItemId, agendaItemId) : undefined;
    const marked = await ctx.tx
      .update(table)
      .set({ underRule: true })
      .where(and(eq(table.dialogueId, dialogueId), eq(table.underRule, false), scope))
      .returning();
    for (const row of marked) await reindex(spec, row, { ...ctx, id: row.id });
  }
}

/** The records on an agenda item, indexed again: its confidentiality decides who finds them. */
export async function reindexItem(ctx: WriteContext, dialogueId: string, agendaItemId: string): Promise<void> {
  for (const { table, spec } of Object.values(CLEARABLE)) {
    const rows = await ctx.tx
      .select()
      .from(table)
      .where(and(eq(table.dialogueId, dialogueId), eq(table.agendaItemId, agendaItemId)));
    for (const row of rows) await reindex(spec, row, { ...ctx, id: row.id });
  }
}
