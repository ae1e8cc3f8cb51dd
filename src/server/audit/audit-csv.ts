import type { AuditEntry } from '../../shared/contracts/audit.ts';
import { localize } from '../../shared/multilingual.ts';
import { csvCell } from '../http/csv.ts';

/**
 * The audit log as CSV (RFC 4180), one row an event. Every text cell goes through csvCell, so a
 * dialogue title or a typed e-mail that a spreadsheet would run as a formula is written as text.
 * A byte-order mark lets spreadsheet programs read it as UTF-8.
 */
export function auditCsv(entries: AuditEntry[]): string {
  const rows: (string | number | null)[][] = [
    ['id', 'at', 'actor_id', 'actor_email', 'type', 'dialogue_id', 'dialogue_title', 'summary'],
  ];
  for (const e of entries)
    rows.push([
      e.id,
      e.at,
      e.actor?.id ?? null,
      e.actor?.email ?? null,
      e.type,
      e.dialogue?.id ?? null,
      e.dialogue?.title ? localize(e.dialogue.title, ['en', 'ru']).text : null,
      e.summary,
    ]);
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
