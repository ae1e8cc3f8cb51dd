import type { PublicationKind } from '../../../shared/contracts/enums.ts';
import type { DialogueRecord } from '../../../shared/contracts/dialogue-record.ts';
import type { Queryable } from '../../db/database.ts';
import { buildRecord } from '../../dialogues/get-dialogue-record.ts';
import { tabledBeside } from '../../materials/tabled.ts';
import { minutes } from './minutes.ts';
import { pressRelease, type Generated } from './press-release.ts';
import { summary } from './summary.ts';
import type { Tabled } from './writer.ts';

export const GENERATORS: Record<
  PublicationKind,
  (record: DialogueRecord, language: string, now: Date, tabled: readonly Tabled[]) => Generated
> = {
  press_release: pressRelease,
  minutes,
  summary,
};

/**
 * Writes a publication from the record as the outside sees it: a publication leaves the circle of
 * participants, so it is made from the same presenters every public output uses, and names only the
 * materials the outside may read.
 */
export async function generateFromRecord(
  db: Queryable,
  dialogueId: string,
  kind: PublicationKind,
  language: string,
  now: Date,
): Promise<Generated> {
  const record = await buildRecord(db, dialogueId, 'outside', 0);
  const tabled = await tabledBeside(db, record);
  return GENERATORS[kind](clearedOnly(record), language, now, tabled);
}

/** A text under the Rule that nobody has cleared yet is not written about at all, not even as its marker. */
export const clearedOnly = (record: DialogueRecord): DialogueRecord =>
  record.audience === 'inside'
    ? record
    : {
        ...record,
        statements: record.statements.filter((s) => s.clearance !== 'pending'),
        outcomes: record.outcomes.filter((o) => o.clearance !== 'pending'),
      };
