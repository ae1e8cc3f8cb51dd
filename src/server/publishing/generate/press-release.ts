import type { DialogueRecord } from '../../../shared/contracts/dialogue-record.ts';
import type { Statement } from '../../../shared/contracts/record.ts';
import { capitalize, sentence, writer } from './writer.ts';

export interface Generated {
  title: string;
  body: string;
  /** The language the text is written in: the one asked for, or the one it fell back to. */
  writtenIn: string;
}

/**
 * A press release in news style, written from the record alone: headline, dateline, who convened
 * and how, who attended, the documents and agenda, each speaker's points with quotes as quotes,
 * what the participants noted together, and the conclusions. Deterministic: the same record and
 * language always give the same text.
 */
export function pressRelease(record: DialogueRecord, language: string): Generated {
  const w = writer(record, language);
  const { p } = w;
  const d = record.dialogue;
  const out: string[] = [];
  if (w.fallback) out.push(`> ${w.fallback}`);

  const conveners = w.list(record.conveners.map(w.orgName).filter(Boolean)) || null;
  const dateline = [w.place?.toLocaleUpperCase(p.locale), w.date(d.startsAt)].filter(Boolean).join(', ');
  out.push(`${dateline} — ${p.convened({ title: w.text(d.title), conveners, format: d.format, place: w.place })}`);

  if (w.withheld) out.push(p.attendedWithheld(record.participantsWithheld));
  else if (record.participants.length) out.push(p.attended(record.participants.map(w.person).join('; ')));

  const context = [
    w.documents.length ? p.documents(w.list(w.documents)) : '',
    record.agenda.length ? p.agenda(record.agenda.length, record.agenda.map((a) => w.text(a.title)).join('; ')) : '',
  ].filter(Boolean);
  if (context.length) out.push(context.join(' '));

  // Each speaker's points, in the order they first spoke; a withheld speaker is one voice among "participants".
  const bySpeaker = new Map<string, Statement[]>();
  const together: Statement[] = [];
  for (const s of record.statements) {
    if (s.speaker.kind === 'collective') together.push(s);
    else {
      const key = s.speaker.kind === 'participant' ? s.speaker.participantId : 'withheld';
      bySpeaker.set(key, [...(bySpeaker.get(key) ?? []), s]);
    }
  }
  for (const [key, statements] of bySpeaker) {
    const who = key === 'withheld' ? null : w.speakerOf(statements[0]!);
    out.push(who ? p.speakerPoints(w.person(who)) : p.withheldPoints);
    out.push(
      statements
        .map((s) => `- ${s.kind === 'direct_quote' ? p.quote(w.text(s.text)) : sentence(w.text(s.text))}`)
        .join('\n'),
    );
  }
  for (const s of together) {
    const orgs = s.speaker.kind === 'collective' ? s.speaker.organizationIds.map(w.orgName) : [];
    out.push(sentence(p.together(orgs.length ? w.list(orgs) : null, w.text(s.text))));
  }

  const conclusions = record.outcomes.filter((o) => o.kind === 'conclusion');
  if (conclusions.length) {
    out.push(p.concluded);
    out.push(conclusions.map((o) => `- ${sentence(capitalize(w.text(o.text)))}`).join('\n'));
  }
  for (const kind of ['recommendation', 'commitment', 'follow_up_action'] as const) {
    const items = record.outcomes.filter((o) => o.kind === kind);
    if (!items.length) continue;
    out.push(`## ${p.outcomeHeading[kind]}`);
    out.push(
      items
        .map((o) => {
          const extra = [
            o.ownerOrganizationId ? p.owner(w.orgName(o.ownerOrganizationId)) : '',
            o.dueOn ? p.due(w.day(o.dueOn)) : '',
          ]
            .filter(Boolean)
            .join(', ');
          return `- ${sentence(`${w.text(o.text).replace(/\.$/, '')}${extra ? ` (${extra})` : ''}`)}`;
        })
        .join('\n'),
    );
  }
  return { title: w.text(d.title), body: out.join('\n\n'), writtenIn: w.writtenIn };
}
