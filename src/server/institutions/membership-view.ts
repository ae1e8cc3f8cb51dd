import { sql, type SQL } from 'drizzle-orm';
import type { Membership } from '../../shared/contracts/institutions.ts';
import type { MembershipRole } from '../../shared/contracts/enums.ts';
import type { MultiText } from '../../shared/multilingual.ts';
import type { Queryable } from '../db/database.ts';

type Row = {
  id: string;
  version: number;
  organization_id: string;
  organization_name: MultiText;
  person_id: string;
  person_name: MultiText;
  role: MembershipRole;
  valid_from: string;
  valid_to: string | null;
  current: boolean;
  created_at: string | Date;
  updated_at: string | Date;
};

const iso = (v: string | Date): string => new Date(v).toISOString();

/** Memberships as the API shows them, current ones first, focal points before members. */
export async function readMemberships(db: Queryable, where: SQL, day: string): Promise<Membership[]> {
  const r = await db.execute<Row>(sql`
    select m.id, m.version, m.organization_id, n.name as organization_name, m.person_id, p.name as person_name,
      m.role::text as role, to_char(m.valid_from, 'YYYY-MM-DD') as valid_from, to_char(m.valid_to, 'YYYY-MM-DD') as valid_to,
      (m.valid_from <= ${day}::date and (m.valid_to is null or m.valid_to >= ${day}::date)) as current,
      m.created_at, m.updated_at
    from institution_memberships m
    join people p on p.id = m.person_id
    cross join lateral (select name from organization_names where organization_id = m.organization_id order by position desc limit 1) n
    where ${where}
    order by current desc, m.role desc, m.valid_from desc, m.id`);
  return r.rows.map((row) => ({
    id: row.id,
    version: row.version,
    organizationId: row.organization_id,
    organizationName: row.organization_name,
    personId: row.person_id,
    personName: row.person_name,
    role: row.role,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    current: row.current,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  }));
}

export async function readMembership(db: Queryable, id: string, day: string): Promise<Membership> {
  const [m] = await readMemberships(db, sql`m.id = ${id}::uuid`, day);
  return m!;
}
