import { createHash } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import type { Queryable } from '../db/database.ts';
import type { MultiText } from '../../shared/multilingual.ts';
import type { Clearance } from '../../shared/contracts/record.ts';
import { NOT_CLEARED } from '../../shared/chatham/not-cleared.ts';
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

/** A record made under the Rule: the whole dialogue, or the agenda item it belongs to. */
export const underRule = (scope: ChathamScope, agendaItemId: string | null): boolean =>
  scope.whole || (agendaItemId !== null && scope.items.has(agendaItemId));

/** A statement or an outcome: its text, where it was said, and its clearance. */
export interface ClearableRow {
  agendaItemId: string | null;
  text: MultiText;
  underRule: boolean;
  clearedText: MultiText | null;
  clearedHash: string | null;
  clearedLanguages: string[] | null;
}

/** Said under the Rule: marked so when written (lowering the rule later does not reach back), or in its scope now. */
export const recordUnderRule = (row: ClearableRow, scope: ChathamScope): boolean =>
  row.underRule || underRule(scope, row.agendaItemId);

/** The fingerprint a clearance binds to: every language version's exact words, and nothing else. */
export function textHash(text: MultiText): string {
  const versions = Object.entries(text.texts)
    .map(([lang, t]) => [lang, t.text])
    .sort(([a], [b]) => (a! < b! ? -1 : 1));
  return createHash('sha256').update(JSON.stringify(versions)).digest('base64url');
}

export const isCleared = (row: ClearableRow): boolean =>
  row.clearedHash !== null && row.clearedHash === textHash(row.text);

export const clearanceOf = (row: ClearableRow, scope: ChathamScope): Clearance =>
  !recordUnderRule(row, scope) ? 'not_needed' : isCleared(row) ? 'cleared' : 'pending';

/**
 * The text of a record under the Rule as outsiders read it: the cleared text (as said, or as the
 * clearer edited it) in the versions released, or a marker until then. Which version was the
 * original is not told: it could single out the speaker.
 */
export function releasedText(row: ClearableRow): MultiText {
  if (!isCleared(row) || !row.clearedText) return NOT_CLEARED;
  const cleared = row.clearedText;
  const released = new Set(row.clearedLanguages ?? []);
  const langs = Object.keys(cleared.texts)
    .filter((l) => released.has(l))
    .sort();
  if (langs.length === 0) return NOT_CLEARED;
  return {
    original: langs[0]!,
    texts: Object.fromEntries(langs.map((l) => [l, { text: cleared.texts[l]!.text, checked: true }])),
  };
}

/** Whether a record written now, on this agenda item, falls under the Rule. */
export async function ruleAt(db: Queryable, dialogueId: string, agendaItemId: string | null): Promise<boolean> {
  const [dialogue] = await db
    .select({ confidentiality: dialogues.confidentiality })
    .from(dialogues)
    .where(eq(dialogues.id, dialogueId));
  if (!dialogue) return false;
  if (dialogue.confidentiality === 'chatham_house') return true;
  if (!agendaItemId) return false;
  const [item] = await db
    .select({ confidentiality: agendaItems.confidentiality })
    .from(agendaItems)
    .where(eq(agendaItems.id, agendaItemId));
  return item?.confidentiality === 'chatham_house';
}

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
      { nameWords: true, kind: 'name' },
    );
    const held = await db
      .select({ title: positions.title, org: positions.organizationId })
      .from(positions)
      .where(inArray(positions.personId, personIds));
    redactor.add(
      held.map((p) => p.title),
      { kind: 'position' },
    );
    for (const p of held) if (p.org && !orgIds.includes(p.org)) orgIds.push(p.org);
  }
  if (orgIds.length) {
    const names = await db
      .select({ name: organizationNames.name, acronym: organizationNames.acronym })
      .from(organizationNames)
      .where(inArray(organizationNames.organizationId, orgIds));
    redactor.add(
      names.flatMap((n) => [n.name, n.acronym]),
      { kind: 'organization' },
    );
  }
  return redactor;
}
