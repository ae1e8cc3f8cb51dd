import type { DialogueRecord } from '../../../shared/contracts/dialogue-record.ts';
import type { Generated } from './press-release.ts';
import { capitalize, sentence, writer } from './writer.ts';

/** A short summary: when, how and with whom, and what was concluded. */
export function summary(record: DialogueRecord, language: string): Generated {
  const w = writer(record, language);
  const d = record.dialogue;
  const conveners = w.list(record.conveners.map(w.orgName).filter(Boolean)) || null;
  const out = [
    ...(w.fallback ? [`> ${w.fallback}`] : []),
    `${w.date(d.startsAt)}. ${w.p.convened({ title: w.text(d.title), conveners, format: d.format, place: w.place })}`,
    ...(w.withheld
      ? [w.p.attendedWithheld(record.participantsWithheld)]
      : record.participants.length
        ? [w.p.attended(record.participants.map(w.person).join('; '))]
        : []),
  ];
  const conclusions = record.outcomes.filter((o) => o.kind === 'conclusion');
  if (conclusions.length)
    out.push(`${w.p.concluded}\n${conclusions.map((o) => `- ${sentence(capitalize(w.text(o.text)))}`).join('\n')}`);
  return { title: `${w.p.kindTitle.summary}: ${w.text(d.title)}`, body: out.join('\n\n'), writtenIn: w.writtenIn };
}
