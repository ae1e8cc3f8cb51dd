import type { TrackerMatrix } from '../../shared/contracts/tracker.ts';
import { localize } from '../../shared/multilingual.ts';
import { csvCell } from '../http/csv.ts';

const cell = csvCell;

/** The matrix as CSV (RFC 4180): one row per provision and column, the counts as the reader may see them. */
export function matrixCsv(m: TrackerMatrix, lang: string): string {
  const head = [
    'provision',
    'text',
    'column',
    'dialogues',
    'statements',
    'last_discussed',
    'planned',
    'in_progress',
    'done',
    'stalled',
    'dropped',
    'overdue',
  ];
  const lines = [head.join(',')];
  for (const r of m.rows) {
    for (const [key, c] of [...Object.entries(r.cells), ['total', r.total] as const]) {
      lines.push(
        [
          r.number,
          localize(r.text, [lang, 'en', 'ru']).text,
          key,
          c.dialogues,
          c.statements,
          c.lastDiscussed,
          c.actions.planned,
          c.actions.in_progress,
          c.actions.done,
          c.actions.stalled,
          c.actions.dropped,
          c.overdue,
        ]
          .map(cell)
          .join(','),
      );
    }
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
