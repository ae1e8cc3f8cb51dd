import { and, eq, sql } from 'drizzle-orm';
import type { ClearableKind, ClearanceCreate, ClearanceView } from '../../../shared/contracts/clearance.ts';
import { AppError } from '../../../shared/errors.ts';
import type { Db } from '../../db/database.ts';
import { loadChathamScope, recordUnderRule, textHash } from '../../dialogues/chatham.ts';
import { appendEvent } from '../../events/append-event.ts';
import { write } from '../../events/write.ts';
import type { Actor } from '../../policy/actor.ts';
import { reindex } from '../../crud/resource.ts';
import { CLEARABLE, clearanceView, type ClearableRecordRow } from './clearance-view.ts';
import { identifyingMatcher } from './identifying-terms.ts';

/**
 * Clears the text of a record said under the Rule for outsiders: as it is, or as the clearer edited it
 * (an accepted suggestion is an edit of the outsiders' version; insiders keep the words as said). The
 * clearance binds to the exact words of every version as said, so any later edit or translation undoes
 * it. One transaction: the clearance, the search entries outsiders may find, and the event, whose actor
 * tells insiders who cleared.
 */
export async function clearRecord(
  db: Db,
  args: { actor: Actor; dialogueId: string; kind: ClearableKind; id: string; input: ClearanceCreate },
): Promise<ClearanceView> {
  const { table, spec } = CLEARABLE[args.kind];
  return write(db, async (tx) => {
    const [row] = (await tx
      .select()
      .from(table)
      .where(and(eq(table.id, args.id), eq(table.dialogueId, args.dialogueId)))
      .for('update')) as ClearableRecordRow[];
    if (!row) throw new AppError('not_found', `no such ${args.kind}`);
    if (row.version !== args.input.version)
      throw new AppError('version_conflict', `${args.kind} is at version ${row.version}, not ${args.input.version}`);
    if (!recordUnderRule(row, await loadChathamScope(tx, args.dialogueId)))
      throw new AppError('conflict', `this ${args.kind} was not said under the Chatham House Rule: nothing to clear`);
    // What outsiders will read: the text as said, or the clearer's edit of it. The text as said stays
    // as it is for insiders; the clearance binds to it, so editing it later undoes the clearance.
    const cleared = args.input.text ?? row.text;
    const missing = args.input.languages.findIndex((l) => !cleared.texts[l]);
    if (missing >= 0)
      throw new AppError('validation_failed', 'a released language has no version in the cleared text', [
        { path: `languages.${missing}`, message: `the text has no "${args.input.languages[missing]}" version` },
      ]);
    const [after] = (await tx
      .update(table)
      .set({
        underRule: true,
        clearedText: cleared,
        clearedHash: textHash(row.text),
        clearedLanguages: [...new Set(args.input.languages)].sort(),
        clearedBy: args.actor.user?.id ?? null,
        clearedAt: new Date(),
        version: sql`${table.version} + 1`,
      })
      .where(eq(table.id, args.id))
      .returning()) as ClearableRecordRow[];
    if (!after) throw new AppError('not_found');
    // Spread into plain rows, which the generic write steps take.
    const ctx = { tx, actor: args.actor, id: args.id, parentId: args.dialogueId, existing: { ...row } };
    await reindex(spec, { ...after }, ctx);
    const view = clearanceView(args.kind, after, await identifyingMatcher(tx, args.dialogueId));
    await appendEvent(tx, {
      stream: args.dialogueId,
      dialogueId: args.dialogueId,
      type: `${args.kind}.cleared`,
      actorId: args.actor.user?.id ?? null,
      // The record as insiders now read it, so a live room applies it like any update; the actor is who cleared.
      payload: (
        await spec.present([{ ...after }], {
          db: tx,
          actor: args.actor,
          audience: 'inside',
          parentId: args.dialogueId,
        })
      )[0],
    });
    return view;
  });
}
