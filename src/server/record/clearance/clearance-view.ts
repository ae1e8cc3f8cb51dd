import type { IdentifyingMatcher } from '../../../shared/chatham/identifying.ts';
import type { ClearableKind, ClearanceView } from '../../../shared/contracts/clearance.ts';
import type { MultiText } from '../../../shared/multilingual.ts';
import { isCleared, type ClearableRow } from '../../dialogues/chatham.ts';
import { outcomes, statements } from '../../db/schema.ts';
import { outcomeSpec } from '../outcomes.ts';
import { statementSpec } from '../statements.ts';

/** The two kinds of record whose free text is cleared, with their tables and write specs. */
export const CLEARABLE = {
  statement: { table: statements, spec: statementSpec },
  outcome: { table: outcomes, spec: outcomeSpec },
} as const;

export type ClearableRecordRow = ClearableRow & {
  id: string;
  dialogueId: string;
  version: number;
  clearedBy: string | null;
  clearedAt: Date | null;
};

/** One record as the clearer sees it: what may identify someone in each version, and the text without it. */
export function clearanceView(
  kind: ClearableKind,
  row: ClearableRecordRow,
  matcher: IdentifyingMatcher,
): ClearanceView {
  const candidates = Object.entries(row.text.texts).flatMap(([lang, t]) =>
    matcher.find(t.text).map((span) => ({ lang, start: span.start, end: span.end, kind: span.kind })),
  );
  const suggestion: MultiText = {
    ...row.text,
    texts: Object.fromEntries(
      Object.entries(row.text.texts).map(([lang, t]) => [lang, { ...t, text: matcher.redact(t.text, lang) }]),
    ),
  };
  return {
    kind,
    id: row.id,
    dialogueId: row.dialogueId,
    agendaItemId: row.agendaItemId,
    version: row.version,
    text: row.text,
    candidates,
    suggestion,
    cleared: isCleared(row)
      ? {
          text: row.clearedText ?? row.text,
          languages: row.clearedLanguages ?? [],
          clearedBy: row.clearedBy,
          clearedAt: (row.clearedAt ?? new Date(0)).toISOString(),
        }
      : null,
  };
}
