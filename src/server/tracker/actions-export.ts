import type { TrackerMatrix } from '../../shared/contracts/tracker.ts';
import { localize } from '../../shared/multilingual.ts';
import { csvCell } from '../http/csv.ts';

export interface ActionRow {
  id: string;
  dialogueId: string;
  provisions: string[];
  kind: string;
  text: string;
  ownerOrganizationId: string | null;
  dueOn: string | null;
  status: string | null;
  overdue: boolean;
}

/** The actions the matrix lists to this reader (insiders' only), once each, with the provisions they serve. */
export function matrixActions(m: TrackerMatrix, lang: string): ActionRow[] {
  const byId = new Map<string, ActionRow>();
  for (const r of m.rows) {
    for (const a of r.total.items ?? []) {
      const row = byId.get(a.id) ?? {
        id: a.id,
        dialogueId: a.dialogueId,
        provisions: [],
        kind: a.kind,
        text: localize(a.text, [lang, 'en', 'ru']).text,
        ownerOrganizationId: a.ownerOrganizationId,
        dueOn: a.dueOn,
        status: a.status,
        overdue: a.overdue,
      };
      row.provisions.push(r.number);
      byId.set(a.id, row);
    }
  }
  return [...byId.values()];
}

const cell = csvCell;

export function actionsCsv(rows: ActionRow[]): string {
  const head = [
    'id',
    'dialogue_id',
    'provisions',
    'kind',
    'text',
    'owner_organization_id',
    'due_on',
    'status',
    'overdue',
  ];
  const lines = rows.map((r) =>
    [
      r.id,
      r.dialogueId,
      r.provisions.join('; '),
      r.kind,
      r.text,
      r.ownerOrganizationId,
      r.dueOn,
      r.status,
      String(r.overdue),
    ]
      .map(cell)
      .join(','),
  );
  return `\uFEFF${[head.join(','), ...lines].join('\r\n')}\r\n`;
}
