import { asc, eq, inArray } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { Organization, OrganizationCreate } from '../../shared/contracts/directory.ts';
import { dialogues, organizationNames, organizations, outcomes, statements } from '../db/schema.ts';
import { assertCountryExists, assertNotLinked, defined } from '../crud/links.ts';
import type { ResourceSpec } from '../crud/resource.ts';
import { entriesFor } from '../search/entries.ts';
import { DIRECTORY_STREAM } from '../events/append-event.ts';
import type { Queryable } from '../db/database.ts';
import { groupBy, recordMeta } from '../crud/present.ts';

type OrgRow = typeof organizations.$inferSelect;
type NameRow = typeof organizationNames.$inferSelect;

async function loadNames(db: Queryable, ids: string[]): Promise<Map<string, NameRow[]>> {
  const rows = ids.length
    ? await db
        .select()
        .from(organizationNames)
        .where(inArray(organizationNames.organizationId, ids))
        .orderBy(asc(organizationNames.position))
    : [];
  return groupBy(ids, rows, (r) => r.organizationId);
}

export const organizationSpec: ResourceSpec<OrganizationCreate, Organization> = {
  name: 'organization',
  table: organizations,
  stream: () => DIRECTORY_STREAM,
  async toColumns(input, { tx }) {
    await assertCountryExists(tx, input.countryCode, 'countryCode');
    return defined({
      kind: input.kind,
      countryCode: input.countryCode,
      parentAuthority: input.parentAuthority,
      website: input.website,
    });
  },
  async afterWrite(input, { tx, id }) {
    if (!input.names) return;
    await tx.delete(organizationNames).where(eq(organizationNames.organizationId, id));
    await tx.insert(organizationNames).values(
      input.names.map((n, position) => ({
        id: randomUUID(),
        organizationId: id,
        position,
        name: n.name,
        acronym: n.acronym ?? null,
        validFrom: n.validFrom ?? null,
        validTo: n.validTo ?? null,
      })),
    );
  },
  async present(rows, { db }) {
    const names = await loadNames(
      db,
      rows.map((r) => r.id as string),
    );
    return (rows as OrgRow[]).map((r) => ({
      ...recordMeta(r),
      names: (names.get(r.id) ?? []).map((n) => ({
        name: n.name,
        acronym: n.acronym,
        validFrom: n.validFrom,
        validTo: n.validTo,
      })),
      kind: r.kind,
      countryCode: r.countryCode,
      parentAuthority: r.parentAuthority,
      website: r.website,
    }));
  },
  beforeDelete: ({ tx, id }) =>
    assertNotLinked(tx, id, 'organization', [
      dialogues.convenerIds,
      statements.collectiveOrganizationIds,
      outcomes.proposerIds,
      outcomes.endorserIds,
    ]),
  search: {
    kind: 'organization',
    entries: async (row, { tx, id }) => {
      const names = (await loadNames(tx, [id])).get(id) ?? [];
      return entriesFor(
        names.flatMap((n) => [n.name, n.acronym]),
        { organizationIds: [(row as OrgRow).id] },
      );
    },
  },
  filters: (q) => [
    q.country ? eq(organizations.countryCode, q.country as string) : undefined,
    q.kind ? eq(organizations.kind, q.kind as OrgRow['kind']) : undefined,
  ],
  orderBy: [asc(organizations.createdAt), asc(organizations.id)],
};
