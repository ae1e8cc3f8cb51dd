import type { DialogueRecord } from '../../../shared/contracts/dialogue-record.ts';
import type { Statement } from '../../../shared/contracts/record.ts';
import { capitalize, sentence, writer, type Writer } from './writer.ts';

export interface Generated {
  title: string;
  body: string;
  /** The language the text is written in: the one asked for, or the one it fell back to. */
  writtenIn: string;
}

/**
 * A press release in news style, written from the record alone: headline, dateline (the venue's city,
 * never one guessed from the zone), who convened and how, who attended, the theme, the documents and
 * agenda, each speaker's points with quotes as quotes, what the participants noted together, and the
 * conclusions. The tense follows the day: a dialogue still to come "will be held". Deterministic: the
 * same record, language and day always give the same text.
 */
export function pressRelease(record: DialogueRecord, language: string, now: Date): Generated {
  const w = writer(record, language, now);
  const { p } = w;
  const d = record.dialogue;
  const out: string[] = [...w.fallback];

  // A release about a dialogue not yet over is dated the day it is written. The lead says when only
  // of one still to come on another day: of one being held, or held later today, the dateline says it.
  const past = w.tense === 'past';
  const dateline = [w.city?.toLocaleUpperCase(p.lang), past ? w.date(d.startsAt) : w.today].filter(Boolean).join(', ');
  const onAnotherDay = w.tense === 'future' && w.date(d.startsAt) !== w.today;
  out.push(`${dateline} — ${lead(w, record, onAnotherDay ? w.date(d.startsAt, 'on') : null)}`);
  out.push(...context(w, record));

  // Each speaker's points, in the order they first spoke. A speaker not named is "one participant",
  // each statement on its own, with openers that vary.
  const bySpeaker = new Map<string, Statement[]>();
  const unnamed: Statement[] = [];
  const together: Statement[] = [];
  for (const s of record.statements) {
    if (s.speaker.kind === 'collective') together.push(s);
    else if (s.speaker.kind === 'withheld') unnamed.push(s);
    else bySpeaker.set(s.speaker.participantId, [...(bySpeaker.get(s.speaker.participantId) ?? []), s]);
  }
  for (const statements of bySpeaker.values()) {
    const who = w.speakerOf(statements[0]!);
    if (!who) continue;
    out.push(p.speakerPoints(w.person(who)));
    out.push(
      statements
        .map((s) => `- ${s.kind === 'direct_quote' ? `${p.quoteLabel}: ${w.words(s)}` : w.words(s)}`)
        .join('\n'),
    );
  }
  if (unnamed.length) out.push(unnamed.map((s) => `${w.unnamed(s.kind)} ${w.wordsAfter(s)}`).join(' '));
  for (const s of together) {
    const orgs = s.speaker.kind === 'collective' ? s.speaker.organizationIds.map(w.orgName) : [];
    out.push(`${p.together(orgs.length ? w.list(orgs) : null)} ${w.wordsAfter(s)}`);
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
            .join('; ');
          return `- ${sentence(`${capitalize(w.text(o.text)).replace(/\.$/, '')}${extra ? ` (${extra})` : ''}`)}`;
        })
        .join('\n'),
    );
  }
  out.push(...w.borrowedNote());
  return { title: w.text(d.title), body: out.join('\n\n'), writtenIn: w.writtenIn };
}

/** The opening: how and (when not in the dateline) when the dialogue is held, and who convenes it. */
export function lead(w: Writer, record: DialogueRecord, date: string | null): string {
  const d = record.dialogue;
  const conveners = record.conveners.map(w.orgName).filter(Boolean);
  return [
    w.p.lead({ tense: w.tense, title: w.quote(w.text(d.title)), how: w.p.how[d.format], date }),
    conveners.length ? w.p.conveners(w.list(conveners), conveners.length) : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/**
 * The paragraphs after the lead: venue, theme, who takes part (by name, by institution, or under the
 * Rule only how many), the documents and the agenda.
 */
export function context(w: Writer, record: DialogueRecord, withCity = false): string[] {
  const { p } = w;
  const d = record.dialogue;
  const out: string[] = [];
  const setting = [
    d.venue && (withCity || d.venue.place) && w.where ? p.venue(w.where) : '',
    d.theme ? p.theme(w.quote(w.text(d.theme))) : '',
  ].filter(Boolean);
  if (setting.length) out.push(setting.join(' '));

  const attendance: string[] = [];
  const conveners = record.conveners.map(w.orgName);
  if (w.withheld) attendance.push(p.attendedWithheld(w.tense, record.participantsWithheld), p.ruleWhole);
  else {
    const taking = record.participants.filter((x) => x.invitation === 'accepted');
    const named = taking.filter(w.named);
    // Those the directory holds by office alone are named by their institution.
    const byOffice = [
      ...new Set(taking.filter((x) => !w.named(x) && x.organizationId).map((x) => w.orgName(x.organizationId!))),
    ].filter(
      (o) => o && !conveners.includes(o) && !named.some((x) => x.organizationId && w.orgName(x.organizationId) === o),
    );
    if (named.length) attendance.push(p.attended(w.tense, named.map(w.person).join('; ')));
    if (byOffice.length) attendance.push(p.represented(w.tense, byOffice.join('; '), named.length > 0));
    if (record.agenda.some((a) => a.confidentiality === 'chatham_house')) attendance.push(p.ruleItems);
  }
  if (attendance.length) out.push(attendance.join(' '));

  if (w.documents.length) out.push(p.documents(w.tense, w.list(w.documents)));
  if (record.agenda.length)
    out.push(`${p.agenda(record.agenda.length)}\n${record.agenda.map((a) => `- ${w.text(a.title)}`).join('\n')}`);
  return out;
}
