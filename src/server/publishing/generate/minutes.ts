import type { DialogueRecord, RecordParticipant } from '../../../shared/contracts/dialogue-record.ts';
import type { Statement } from '../../../shared/contracts/record.ts';
import type { Generated } from './press-release.ts';
import { capitalize, sentence, writer } from './writer.ts';

/**
 * Minutes: when and how, attendance by country and institution, the agenda, statements under the
 * agenda item they were made on, the outcomes and the documents. Statements made under the
 * Chatham House Rule come in the record already without a speaker, and are written so.
 */
export function minutes(record: DialogueRecord, language: string): Generated {
  const w = writer(record, language);
  const m = w.p.minutes;
  const d = record.dialogue;
  const out: string[] = [];
  if (w.fallback) out.push(`> ${w.fallback}`);

  out.push(m.when(w.date(d.startsAt), w.time(d.startsAt), w.time(d.endsAt), d.hostZone));
  const lines = [`${m.format[d.format]}.`];
  if (record.conveners.length) lines.push(m.convenedBy(w.list(record.conveners.map(w.orgName))));
  if (d.confidentiality === 'chatham_house') lines.push(m.chathamWhole);
  else if (record.agenda.some((a) => a.confidentiality === 'chatham_house')) lines.push(m.chathamItem);
  out.push(lines.join(' '));

  out.push(`## ${m.attendance}`);
  if (w.withheld) out.push(m.withheld(record.participantsWithheld));
  const byCountry = new Map<string, RecordParticipant[]>();
  for (const x of record.participants) {
    const country = x.organizationId ? (w.orgs.get(x.organizationId)?.countryCode ?? '') : '';
    byCountry.set(country, [...(byCountry.get(country) ?? []), x]);
  }
  // Countries in the reader's alphabetical order; international organizations last.
  const countries = [...byCountry.keys()].sort((a, b) =>
    !a ? 1 : !b ? -1 : w.countryName(a).localeCompare(w.countryName(b), w.p.locale),
  );
  for (const country of countries) {
    out.push(`### ${country ? w.countryName(country) : m.international}`);
    out.push(
      byCountry
        .get(country)!
        .map((x) => `- ${w.person(x)} (${m.role[x.role]})`)
        .join('\n'),
    );
  }
  if (!record.participants.length && !w.withheld) out.push(m.nothing);

  out.push(`## ${m.agenda}`);
  out.push(record.agenda.length ? record.agenda.map((a, i) => `- ${i + 1}. ${w.text(a.title)}`).join('\n') : m.nothing);

  out.push(`## ${m.discussion}`);
  const speaker = (s: Statement) => {
    if (s.speaker.kind === 'collective') return `${m.collective} (${w.list(s.speaker.organizationIds.map(w.orgName))})`;
    const who = w.speakerOf(s);
    return who ? w.text(who.person.name) : m.speakerWithheld;
  };
  const said = (s: Statement) =>
    `- ${speaker(s)}: ${s.kind === 'direct_quote' ? w.p.quote(w.text(s.text)) : sentence(w.text(s.text))}`;
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
  if (!record.statements.length) out.push(m.nothing);

  out.push(`## ${m.outcomes}`);
  out.push(
    record.outcomes.length
      ? record.outcomes
          .map((o) => {
            const extra = [
              o.proposerIds.length ? w.p.proposedBy(w.list(o.proposerIds.map(w.orgName))) : '',
              o.ownerOrganizationId ? w.p.owner(w.orgName(o.ownerOrganizationId)) : '',
              o.dueOn ? w.p.due(w.day(o.dueOn)) : '',
            ]
              .filter(Boolean)
              .join('; ');
            return `- ${w.p.outcomeLabel[o.kind]}: ${sentence(`${capitalize(w.text(o.text)).replace(/\.$/, '')}${extra ? ` (${extra})` : ''}`)}`;
          })
          .join('\n')
      : m.nothing,
  );

  if (w.documents.length) {
    out.push(`## ${m.documents}`);
    out.push(w.documents.map((doc) => `- ${capitalize(doc)}`).join('\n'));
  }
  return { title: `${w.p.kindTitle.minutes}: ${w.text(d.title)}`, body: out.join('\n\n'), writtenIn: w.writtenIn };
}
