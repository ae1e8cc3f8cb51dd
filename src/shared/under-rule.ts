import type { DialogueRecord } from './contracts/dialogue-record.ts';

/** Whether anything of the dialogue runs under the Chatham House Rule: the whole of it, or an agenda item. */
export const hasRule = (r: DialogueRecord): boolean =>
  r.dialogue.confidentiality === 'chatham_house' || r.agenda.some((a) => a.confidentiality === 'chatham_house');

/** Statements and outcomes said under the Rule that nobody has cleared yet, as the record tells insiders. */
export const waitingInRecord = (r: DialogueRecord): number =>
  [...r.statements, ...r.outcomes].filter((x) => x.clearance === 'pending').length;
