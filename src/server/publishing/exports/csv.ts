import type { DialogueRecord } from '../../../shared/contracts/dialogue-record.ts';
import { localize, type MultiText } from '../../../shared/multilingual.ts';
import { csvCell } from '../../http/csv.ts';

const cell = csvCell;

/**
 * The record's statements and outcomes as CSV (RFC 4180), one row each, in the reader's language
 * where there is a version in it. It is made from the record as this reader may see it, so a
 * withheld speaker stays withheld. A byte-order mark lets spreadsheet programs read it as UTF-8.
 */
export function recordCsv(record: DialogueRecord, language: string): string {
  const text = (m: MultiText | null | undefined) => (m ? localize(m, [language, 'en', 'ru']) : null);
  const people = new Map(record.participants.map((p) => [p.id, p]));
  const orgs = new Map(record.organizations.map((o) => [o.id, o]));
  const orgName = (id: string | null | undefined) => (id ? (text(orgs.get(id)?.name)?.text ?? '') : '');
  const agenda = new Map(record.agenda.map((a, i) => [a.id, `${i + 1}. ${text(a.title)?.text ?? ''}`]));
  const rows: (string | number | null)[][] = [
    ['record', 'id', 'agenda_item', 'kind', 'speaker', 'organization', 'language', 'text', 'areas'],
  ];
  const areaNames = (ids: string[]) =>
    ids
      .map((id) => text(record.areas.find((a) => a.id === id)?.name)?.text ?? '')
      .filter(Boolean)
      .join('; ');
  for (const s of record.statements) {
    const p = s.speaker.kind === 'participant' ? people.get(s.speaker.participantId) : undefined;
    const speaker =
      s.speaker.kind === 'withheld'
        ? 'withheld (Chatham House Rule)'
        : p
          ? (text(p.person.name)?.text ?? '')
          : 'jointly';
    const organization =
      s.speaker.kind === 'collective' ? s.speaker.organizationIds.map(orgName).join('; ') : orgName(p?.organizationId);
    const t = text(s.text)!;
    rows.push([
      'statement',
      s.id,
      agenda.get(s.agendaItemId ?? '') ?? '',
      s.kind,
      speaker,
      organization,
      t.lang,
      t.text,
      areaNames(s.areaIds),
    ]);
  }
  for (const o of record.outcomes) {
    const t = text(o.text)!;
    rows.push([
      'outcome',
      o.id,
      agenda.get(o.agendaItemId ?? '') ?? '',
      o.kind,
      '',
      o.proposerIds.map(orgName).join('; '),
      t.lang,
      t.text,
      areaNames(o.areaIds),
    ]);
  }
  return `\uFEFF${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
