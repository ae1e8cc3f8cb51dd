import { eq, inArray } from 'drizzle-orm';
import { IdentifyingMatcher } from '../../../shared/chatham/identifying.ts';
import type { MultiText } from '../../../shared/multilingual.ts';
import type { Queryable } from '../../db/database.ts';
import { organizationNames, participants, people, positions } from '../../db/schema.ts';

const versions = (v: MultiText | string | null | undefined): string[] =>
  !v ? [] : typeof v === 'string' ? [v] : Object.values(v.texts).map((t) => t.text);

/**
 * What may identify someone in a dialogue's free text: every participant's name in every script,
 * every position they hold or held, every name and acronym of their organizations and of the ones
 * they hold positions at. Matched by stem and ending on the search skeleton.
 */
export async function identifyingMatcher(db: Queryable, dialogueId: string): Promise<IdentifyingMatcher> {
  const matcher = new IdentifyingMatcher();
  const rows = await db
    .select({ personId: participants.personId, organizationId: participants.organizationId })
    .from(participants)
    .where(eq(participants.dialogueId, dialogueId));
  const personIds = [...new Set(rows.map((r) => r.personId))];
  const orgIds = new Set(rows.flatMap((r) => (r.organizationId ? [r.organizationId] : [])));
  if (personIds.length) {
    for (const p of await db.select({ name: people.name }).from(people).where(inArray(people.id, personIds)))
      for (const text of versions(p.name)) matcher.add(text, 'name');
    const held = await db
      .select({ title: positions.title, org: positions.organizationId })
      .from(positions)
      .where(inArray(positions.personId, personIds));
    for (const p of held) {
      for (const text of versions(p.title)) matcher.add(text, 'position');
      if (p.org) orgIds.add(p.org);
    }
  }
  if (orgIds.size) {
    const names = await db
      .select({ name: organizationNames.name, acronym: organizationNames.acronym })
      .from(organizationNames)
      .where(inArray(organizationNames.organizationId, [...orgIds]));
    for (const n of names)
      for (const text of [...versions(n.name), ...versions(n.acronym)]) matcher.add(text, 'organization');
  }
  return matcher;
}
