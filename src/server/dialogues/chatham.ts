import { eq } from 'drizzle-orm';
import type { Queryable } from '../db/database.ts';
import { agendaItems, dialogues } from '../db/schema.ts';

/** Which parts of a dialogue run under the Chatham House Rule. */
export interface ChathamScope {
  whole: boolean;
  items: ReadonlySet<string>;
}

export function chathamScope(
  dialogue: { confidentiality: string },
  items: { id: string; confidentiality: string | null }[],
): ChathamScope {
  const whole = dialogue.confidentiality === 'chatham_house';
  return { whole, items: new Set(items.filter((i) => (i.confidentiality ?? dialogue.confidentiality) === 'chatham_house').map((i) => i.id)) };
}

export async function loadChathamScope(db: Queryable, dialogueId: string): Promise<ChathamScope> {
  const [dialogue] = await db.select({ confidentiality: dialogues.confidentiality }).from(dialogues).where(eq(dialogues.id, dialogueId));
  const items = await db.select({ id: agendaItems.id, confidentiality: agendaItems.confidentiality }).from(agendaItems).where(eq(agendaItems.dialogueId, dialogueId));
  return chathamScope(dialogue ?? { confidentiality: 'public' }, items);
}

/** A record made under the Rule: the whole dialogue, or the agenda item it belongs to. */
export const underRule = (scope: ChathamScope, agendaItemId: string | null): boolean =>
  scope.whole || (agendaItemId !== null && scope.items.has(agendaItemId));
