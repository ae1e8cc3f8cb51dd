import { index, pgEnum, pgTable, primaryKey, date, uuid } from 'drizzle-orm/pg-core';
import { MembershipRole } from '../../shared/contracts/enums.ts';
import { at, linkTo, organizations, people, publications, recordColumns, users } from './schema-core.ts';

export const membershipRole = pgEnum('membership_role', MembershipRole.enum);

/**
 * Who belongs to an institution, from when to when: the one relation that says what an institution's
 * people may do (move its actions, sign off for it, get its digest). The secretariat keeps it, and an
 * institution's focal point keeps its members; a participant row of a dialogue grants nothing.
 * Ended memberships stay, dated, as the history; every change is an Event on the accounts stream.
 */
export const institutionMemberships = pgTable(
  'institution_memberships',
  {
    ...recordColumns(),
    organizationId: linkTo('organization_id', () => organizations.id),
    personId: linkTo('person_id', () => people.id, { onDelete: 'cascade' }),
    role: membershipRole('role').notNull(),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    index('institution_memberships_org_idx').on(t.organizationId),
    index('institution_memberships_person_idx').on(t.personId),
  ],
);

/**
 * The institutions whose sign-off a publication needs, fixed when its review first starts
 * (`publications.sign_off_fixed_at`); only the secretariat changes the list afterwards.
 */
export const publicationSignOffs = pgTable(
  'publication_sign_offs',
  {
    publicationId: linkTo('publication_id', () => publications.id, { onDelete: 'cascade' }),
    organizationId: linkTo('organization_id', () => organizations.id),
    addedBy: uuid('added_by').references(() => users.id, { onDelete: 'set null' }),
    addedAt: at('added_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.publicationId, t.organizationId] })],
);
