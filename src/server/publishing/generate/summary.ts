import type { DialogueRecord } from '../../../shared/contracts/dialogue-record.ts';
import { context, lead, type Generated } from './press-release.ts';
import { capitalize, sentence, writer } from './writer.ts';

/** A short summary: when, where, how and with whom, and what was concluded. */
export function summary(record: DialogueRecord, language: string, now: Date): Generated {
  const w = writer(record, language, now);
  const d = record.dialogue;
  const out = [...w.fallback, lead(w, record, w.date(d.startsAt, 'on')), ...context(w, record, true)];
  const conclusions = record.outcomes.filter((o) => o.kind === 'conclusion');
  if (conclusions.length)
    out.push(`${w.p.concluded}\n${conclusions.map((o) => `- ${sentence(capitalize(w.text(o.text)))}`).join('\n')}`);
  out.push(...w.borrowedNote());
  return { title: `${w.p.kindTitle.summary}: ${w.text(d.title)}`, body: out.join('\n\n'), writtenIn: w.writtenIn };
}
