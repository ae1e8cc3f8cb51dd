import type { z } from 'zod';
import { and } from 'drizzle-orm';
import type { Page } from '../../shared/common.ts';
import type { Dialogue, DialogueListQuery } from '../../shared/contracts/dialogues.ts';
import { listRecords } from '../crud/resource.ts';
import { dialogues } from '../db/schema.ts';
import type { Deps } from '../deps.ts';
import { readerRecords, recordFacts } from '../outside/reader-records.ts';
import { isAdmin, type Actor } from '../policy/actor.ts';
import { dialogueSpec, visibleDialogues } from './dialogues.ts';

/**
 * The dialogues a reader may see. SQL finds the candidates (a superset: it matches what is stored);
 * each is then shown, and matched on country, organization or person, as its record shows it to
 * this reader, so a convener or a participant withheld under the Rule neither appears nor matches.
 */
export async function listDialogues(
  deps: Deps,
  args: { actor: Actor; query: z.infer<typeof DialogueListQuery> },
): Promise<Page<Dialogue>> {
  const { actor, query: q } = args;
  if (isAdmin(actor))
    return listRecords(dialogueSpec, {
      db: deps.db,
      actor,
      audience: 'inside',
      parentId: null,
      query: q,
    }) as Promise<Page<Dialogue>>;
  const where = and(visibleDialogues(actor), ...(dialogueSpec.filters?.(q, actor) ?? []));
  const ids = (
    await deps.db
      .select({ id: dialogues.id })
      .from(dialogues)
      .where(where)
      .orderBy(...dialogueSpec.orderBy)
  ).map((r) => r.id);
  const attributed = Boolean(q.country || q.organization || q.person);
  const candidates = attributed ? ids : ids.slice(q.offset, q.offset + q.limit);
  const records = await readerRecords(deps, actor, candidates);
  const shown = candidates.filter((id) => {
    const record = records.get(id);
    if (!record) return false;
    const facts = recordFacts(record);
    return (
      (!q.country || facts.countries.has(q.country)) &&
      (!q.organization || facts.organizations.has(q.organization)) &&
      (!q.person || facts.people.has(q.person))
    );
  });
  const page = attributed ? shown.slice(q.offset, q.offset + q.limit) : shown;
  return {
    items: page.map((id) => records.get(id)!.dialogue),
    total: attributed ? shown.length : ids.length,
    limit: q.limit,
    offset: q.offset,
  };
}
