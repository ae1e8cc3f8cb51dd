import type { DialogueRecord } from '../../shared/contracts/dialogue-record.ts';
import type { Deps } from '../deps.ts';
import { getDialogueRecord } from '../dialogues/get-dialogue-record.ts';
import type { Actor } from '../policy/actor.ts';
import { loadDialogueAccess, visibleTo } from '../policy/dialogue-access.ts';

/**
 * The records of these dialogues as this reader may see each: inside for the ones they take part in
 * (or all, for the secretariat), the outside view for the rest, none for those hidden from them.
 * Every route that shows records of several dialogues reads them here, so it shows exactly what the
 * full record shows the same reader: no filter, count or field of its own can tell more.
 */
export async function readerRecords(deps: Deps, actor: Actor, ids: string[]): Promise<Map<string, DialogueRecord>> {
  const records = new Map<string, DialogueRecord>();
  for (const id of ids) {
    const access = await loadDialogueAccess(deps.db, actor, id);
    if (!access || !visibleTo(actor, access)) continue;
    records.set(id, (await getDialogueRecord(deps, { actor, access })).record);
  }
  return records;
}

/** What a record lets its reader filter and facet on: only what it shows. */
export interface RecordFacts {
  organizations: ReadonlySet<string>;
  countries: ReadonlySet<string>;
  people: ReadonlySet<string>;
}

export function recordFacts(record: DialogueRecord): RecordFacts {
  return {
    organizations: new Set(record.organizations.map((o) => o.id)),
    countries: new Set(record.organizations.map((o) => o.countryCode).filter((c): c is string => c !== null)),
    people: new Set(record.participants.map((p) => p.person.id)),
  };
}
