import { and, asc, eq } from 'drizzle-orm';
import { AppError } from '../../../shared/errors.ts';
import type { ClearanceQueue, ClearanceView, ClearableKind } from '../../../shared/contracts/clearance.ts';
import type { Queryable } from '../../db/database.ts';
import { isCleared, loadChathamScope, recordUnderRule } from '../../dialogues/chatham.ts';
import { CLEARABLE, clearanceView, type ClearableRecordRow } from './clearance-view.ts';
import { identifyingMatcher } from './identifying-terms.ts';

/** A dialogue's statements and outcomes said under the Rule, in record order. */
async function underRuleRows(db: Queryable, dialogueId: string) {
  const scope = await loadChathamScope(db, dialogueId);
  const found: { kind: ClearableKind; row: ClearableRecordRow }[] = [];
  for (const kind of Object.keys(CLEARABLE) as ClearableKind[]) {
    const { table } = CLEARABLE[kind];
    const rows = (await db
      .select()
      .from(table)
      .where(eq(table.dialogueId, dialogueId))
      .orderBy(asc(table.position), asc(table.id))) as ClearableRecordRow[];
    for (const row of rows) if (recordUnderRule(row, scope)) found.push({ kind, row });
  }
  return found;
}

/** Every statement and outcome of a dialogue said under the Rule, those still waiting first. */
export async function listClearances(db: Queryable, dialogueId: string): Promise<ClearanceQueue> {
  const matcher = await identifyingMatcher(db, dialogueId);
  const items = (await underRuleRows(db, dialogueId)).map(({ kind, row }) => clearanceView(kind, row, matcher));
  items.sort((a, b) => Number(a.cleared !== null) - Number(b.cleared !== null));
  return { items, pending: items.filter((i) => i.cleared === null).length };
}

/** How many records under the Rule still wait for clearance: publishing waits for them. */
export async function pendingClearances(db: Queryable, dialogueId: string): Promise<number> {
  return (await underRuleRows(db, dialogueId)).filter(({ row }) => !isCleared(row)).length;
}

/** One statement or outcome as its clearer sees it, whether or not it was said under the Rule. */
export async function getClearance(
  db: Queryable,
  args: { id: string; kind: ClearableKind; recordId: string },
): Promise<ClearanceView> {
  const { table } = CLEARABLE[args.kind];
  const [row] = (await db
    .select()
    .from(table)
    .where(and(eq(table.id, args.recordId), eq(table.dialogueId, args.id)))) as ClearableRecordRow[];
  if (!row) throw new AppError('not_found', `no such ${args.kind}`);
  return clearanceView(args.kind, row, await identifyingMatcher(db, args.id));
}
