import type { DialogueRecord, RecordParticipant } from '../../../shared/contracts/dialogue-record.ts';
import type { Statement } from '../../../shared/contracts/record.ts';
import type { Generated } from './press-release.ts';
import { capitalize, sentence, writer, type Tabled } from './writer.ts';

/**
 * Minutes: when (with the UTC offset, in no one language) and how, attendance by country and
 * institution, the agenda, statements under the agenda item they were made on, the outcomes and the
 * documents, and the materials tabled that the outside may read. A speaker withheld under the Chatham
 * House Rule is "one participant", in varied words.
 */
export function minutes(record: DialogueRecord, language: string, now: Date, tabled: readonly Tabled[]): Generated {
  const w = writer(record, language, now);
  const { p } = w;
  const m = p.minutes;
  const d = record.dialogue;
  const out: string[] = [...w.fallback];

  out.push(m.when(w.date(d.startsAt), w.time(d.startsAt), w.time(d.endsAt), w.offset));
  const lines = [`${m.format[d.format]}.`];
  if (w.where) lines.push(p.venue(w.where));
  if (d.theme) lines.push(p.theme(w.quote(w.text(d.theme))));
  const conveners = record.conveners.map(w.orgName).filter(Boolean);
  if (conveners.length) lines.push(m.conveners(w.list(conveners), conveners.length));
  if (d.confidentiality === 'chatham_house') lines.push(p.ruleWhole);
  else if (record.agenda.some((a) => a.confidentiality === 'chatham_house')) lines.push(p.ruleItems);
  out.push(lines.join(' '));

  out.push(`## ${m.attendance}`);
  if (w.withheld) out.push(m.withheld(record.participantsWithheld));
  const byCountry = new Map<string, RecordParticipant[]>();
  for (const x of record.participants.filter((x) => x.invitation === 'accepted')) {
    const country = x.organizationId ? (w.orgs.get(x.organizationId)?.countryCode ?? '') : '';
    byCountry.set(country, [...(byCountry.get(country) ?? []), x]);
  }
  const countryName = (code: string) => p.countries[code] ?? code;
  // Countries in the reader's alphabetical order; international organizations last.
  const countries = [...byCountry.keys()].sort((a, b) =>
    !a ? 1 : !b ? -1 : countryName(a).localeCompare(countryName(b), p.collation),
  );
  for (const country of countries) {
    out.push(`### ${country ? countryName(country) : m.international}`);
    out.push(
      byCountry
        .get(country)!
        .map((x) => `- ${w.person(x)} (${m.role[x.role]})`)
        .join('\n'),
    );
  }
  if (!byCountry.size && !w.withheld) out.push(m.nothing);

  out.push(`## ${m.agenda}`);
  out.push(record.agenda.length ? record.agenda.map((a) => `- ${w.text(a.title)}`).join('\n') : m.nothing);

  out.push(`## ${m.discussion}`);
  const said = (s: Statement) => {
    if (s.speaker.kind === 'collective')
      return `- ${p.together(w.list(s.speaker.organizationIds.map(w.orgName)))} ${w.wordsAfter(s)}`;
    const who = w.speakerOf(s);
    return who ? `- ${w.person(who)}: ${w.wordsAfter(s)}` : `- ${w.unnamed(s.kind)} ${w.wordsAfter(s)}`;
  };
  const items = [
    ...record.agenda.map((a, i) => ({ id: a.id as string | null, heading: `${i + 1}. ${w.text(a.title)}` })),
    { id: null, heading: m.general },
  ];
  for (const item of items) {
    const statements = record.statements.filter((s) => s.agendaItemId === item.id);
    if (!statements.length) continue;
    out.push(`### ${item.heading}`);
    out.push(statements.map(said).join('\n'));
  }
  if (!record.statements.length) out.push(w.tense === 'future' ? m.upcoming : m.nothing);

  out.push(`## ${m.outcomes}`);
  out.push(
    record.outcomes.length
      ? record.outcomes
          .map((o) => {
            const extra = [
              o.proposerIds.length ? p.proposedBy(w.list(o.proposerIds.map(w.orgName))) : '',
              o.ownerOrganizationId ? p.owner(w.orgName(o.ownerOrganizationId)) : '',
              o.dueOn ? p.due(w.day(o.dueOn)) : '',
            ]
              .filter(Boolean)
              .join('; ');
            return `- ${p.outcomeLabel[o.kind]}: ${sentence(`${capitalize(w.text(o.text)).replace(/\.$/, '')}${extra ? ` (${extra})` : ''}`)}`;
          })
          .join('\n')
      : w.tense === 'future'
        ? m.upcoming
        : m.nothing,
  );

  if (w.documents.length) {
    out.push(`## ${m.documents}`);
    out.push(w.documents.map((doc) => `- ${capitalize(doc)}`).join('\n'));
  }
  if (tabled.length) {
    out.push(`## ${m.tabled}`);
    out.push(tabled.map((x) => `- ${p.materialKind[x.kind]}: ${w.quote(w.text(x.title))}`).join('\n'));
  }
  out.push(...w.borrowedNote());
  return { title: `${p.kindTitle.minutes}: ${w.text(d.title)}`, body: out.join('\n\n'), writtenIn: w.writtenIn };
}
