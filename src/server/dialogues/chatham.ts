import { eq, inArray } from 'drizzle-orm';
import type { Queryable } from '../db/database.ts';
import type { MultiText } from '../../shared/multilingual.ts';
import { agendaItems, dialogues, organizationNames, participants, people, positions } from '../db/schema.ts';
import { Redactor } from './redact.ts';

/** Which parts of a dialogue run under the Chatham House Rule. */
export interface ChathamScope {
  whole: boolean;
  items: ReadonlySet<string>;
  /** For outsiders: strikes the participants' names out of what was said under the Rule. */
  redactor?: Redactor;
}

export function chathamScope(
  dialogue: { confidentiality: string },
  items: { id: string; confidentiality: string | null }[],
): ChathamScope {
  const whole = dialogue.confidentiality === 'chatham_house';
  return {
    whole,
    items: new Set(
      items.filter((i) => (i.confidentiality ?? dialogue.confidentiality) === 'chatham_house').map((i) => i.id),
    ),
  };
}

/** The scope as outsiders meet it: with the redactor, when any part is under the Rule. */
export async function loadChathamScope(db: Queryable, dialogueId: string): Promise<ChathamScope> {
  const [dialogue] = await db
    .select({ confidentiality: dialogues.confidentiality })
    .from(dialogues)
    .where(eq(dialogues.id, dialogueId));
  const items = await db
    .select({ id: agendaItems.id, confidentiality: agendaItems.confidentiality })
    .from(agendaItems)
    .where(eq(agendaItems.dialogueId, dialogueId));
  const scope = chathamScope(dialogue ?? { confidentiality: 'public' }, items);
  if (!scope.whole && scope.items.size === 0) return scope;
  const rows = await db
    .select({ personId: participants.personId, organizationId: participants.organizationId })
    .from(participants)
    .where(eq(participants.dialogueId, dialogueId));
  return { ...scope, redactor: await chathamRedactor(db, rows) };
}

/** A text said under the Rule, as outsiders may read it. */
export const clearText = <T extends MultiText>(scope: ChathamScope, agendaItemId: string | null, text: T): T =>
  scope.redactor && underRule(scope, agendaItemId) ? scope.redactor.multi(text) : text;

/** A record made under the Rule: the whole dialogue, or the agenda item it belongs to. */
export const underRule = (scope: ChathamScope, agendaItemId: string | null): boolean =>
  scope.whole || (agendaItemId !== null && scope.items.has(agendaItemId));

/**
 * What must not reach outsiders from a dialogue under the Rule, wherever free text mentions it:
 * every participant's name, every position they hold or held, and every name and acronym of the
 * organizations they represent.
 */
export async function chathamRedactor(
  db: Queryable,
  participantRows: { personId: string; organizationId: string | null }[],
): Promise<Redactor> {
  const redactor = new Redactor();
  const personIds = [...new Set(participantRows.map((p) => p.personId))];
  const orgIds = [...new Set(participantRows.flatMap((p) => (p.organizationId ? [p.organizationId] : [])))];
  if (personIds.length) {
    const persons = await db.select({ name: people.name }).from(people).where(inArray(people.id, personIds));
    redactor.add(
      persons.map((p) => p.name),
      { nameWords: true },
    );
    const held = await db
      .select({ title: positions.title, org: positions.organizationId })
      .from(positions)
      .where(inArray(positions.personId, personIds));
    redactor.add(held.map((p) => p.title));
    for (const p of held) if (p.org && !orgIds.includes(p.org)) orgIds.push(p.org);
  }
  if (orgIds.length) {
    const names = await db
      .select({ name: organizationNames.name, acronym: organizationNames.acronym })
      .from(organizationNames)
      .where(inArray(organizationNames.organizationId, orgIds));
    redactor.add(names.flatMap((n) => [n.name, n.acronym]));
  }
  return redactor;
}
