import { eq } from 'drizzle-orm';
import type { Queryable } from '../db/database.ts';
import { agendaItems } from '../db/schema.ts';
import { isCleared, releasedText, type ClearableRow } from '../dialogues/chatham.ts';
import { entriesFor, type Entry } from '../search/entries.ts';
import { skeleton } from '../../shared/transliteration/skeleton.ts';
import { dialogueYear } from '../search/facts.ts';

/** Whether a record sits on an agenda item held as restricted: then only the dialogue's insiders find it. */
export async function onRestrictedItem(tx: Queryable, agendaItemId: string | null): Promise<boolean> {
  if (!agendaItemId) return false;
  const [item] = await tx
    .select({ confidentiality: agendaItems.confidentiality })
    .from(agendaItems)
    .where(eq(agendaItems.id, agendaItemId));
  return item?.confidentiality === 'restricted';
}

/**
 * The search entries of a statement or an outcome. Under the Chatham House Rule the text as said,
 * with the organizations behind it, is for insiders; outsiders find only the versions a person
 * cleared, tied to no organization, and nothing at all before that. The speaker's name (`findBy`) makes
 * the entries readers who may attribute them find by it: it goes into the search key, not into the
 * text a hit shows, and never into the cleared entries outsiders read under the Rule.
 */
export async function recordEntries(
  tx: Queryable,
  r: ClearableRow & { dialogueId: string; areaIds: string[] },
  organizationIds: string[],
  findBy = '',
): Promise<Entry[]> {
  const attributed = (entries: Entry[]) =>
    findBy ? entries.map((e) => ({ ...e, skeleton: skeleton(`${e.text} ${findBy}`) })) : entries;
  const facts = {
    dialogueId: r.dialogueId,
    agendaItemId: r.agendaItemId,
    year: await dialogueYear(tx, r.dialogueId),
    organizationIds,
    areaIds: r.areaIds,
  };
  if (await onRestrictedItem(tx, r.agendaItemId))
    return attributed(entriesFor([r.text], { ...facts, audience: 'inside' }));
  if (!r.underRule) return attributed(entriesFor([r.text], facts));
  const inside = attributed(entriesFor([r.text], { ...facts, audience: 'inside' }));
  if (!isCleared(r)) return inside;
  return [...inside, ...entriesFor([releasedText(r)], { ...facts, organizationIds: [], audience: 'outside' })];
}
