import { asc, eq, inArray, sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { Person, PersonCreate } from '../../shared/contracts/directory.ts';
import { organizations, people, positions } from '../db/schema.ts';
import { assertIdsExist, defined } from '../crud/links.ts';
import type { ResourceSpec } from '../crud/resource.ts';
import { entriesFor } from '../search/entries.ts';
import { DIRECTORY_STREAM } from '../events/append-event.ts';
import type { Queryable } from '../db/database.ts';
import { groupBy, recordMeta } from '../crud/present.ts';

type PersonRow = typeof people.$inferSelect;
type PositionRow = typeof positions.$inferSelect;

export async function loadPositions(db: Queryable, personIds: string[]): Promise<Map<string, PositionRow[]>> {
  const rows = personIds.length
    ? await db.select().from(positions).where(inArray(positions.personId, personIds)).orderBy(asc(positions.position))
    : [];
  return groupBy(personIds, rows, (r) => r.personId);
}

export const personSpec: ResourceSpec<PersonCreate, Person> = {
  name: 'person',
  table: people,
  stream: () => DIRECTORY_STREAM,
  async toColumns(input, { tx }) {
    await assertIdsExist(
      tx,
      organizations,
      input.positions?.map((p) => p.organizationId),
      'positions.organizationId',
    );
    return defined({ name: input.name, email: input.email, phone: input.phone });
  },
  async afterWrite(input, { tx, id }) {
    if (!input.positions) return;
    await tx.delete(positions).where(eq(positions.personId, id));
    if (input.positions.length === 0) return;
    await tx.insert(positions).values(
      input.positions.map((p, position) => ({
        id: randomUUID(),
        personId: id,
        organizationId: p.organizationId,
        position,
        title: p.title,
        validFrom: p.validFrom ?? null,
        validTo: p.validTo ?? null,
      })),
    );
  },
  async present(rows, { db, actor }) {
    const byPerson = await loadPositions(
      db,
      rows.map((r) => r.id as string),
    );
    return (rows as PersonRow[]).map((r) => ({
      ...recordMeta(r),
      name: r.name,
      // Contact details are the secretariat's and the person's own: everyone else gets them absent.
      ...(actor.user?.role === 'admin' || (actor.user?.personId != null && actor.user.personId === r.id)
        ? { email: r.email, phone: r.phone }
        : {}),
      positions: (byPerson.get(r.id) ?? []).map((p) => ({
        organizationId: p.organizationId,
        title: p.title,
        validFrom: p.validFrom,
        validTo: p.validTo,
      })),
    }));
  },
  search: {
    kind: 'person',
    entries: async (row, { tx }) => {
      const r = row as PersonRow;
      const orgs = (await loadPositions(tx, [r.id])).get(r.id)?.map((p) => p.organizationId) ?? [];
      return entriesFor([r.name], { organizationIds: [...new Set(orgs)] });
    },
  },
  filters: (q) => [
    q.organization
      ? sql`exists (select 1 from ${positions} where ${positions.personId} = ${people.id} and ${positions.organizationId} = ${q.organization as string})`
      : undefined,
    q.country
      ? sql`exists (select 1 from ${positions} join ${organizations} on ${organizations.id} = ${positions.organizationId}
            where ${positions.personId} = ${people.id} and ${organizations.countryCode} = ${q.country as string})`
      : undefined,
  ],
  orderBy: [asc(people.createdAt), asc(people.id)],
};
