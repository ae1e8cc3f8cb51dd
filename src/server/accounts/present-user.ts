import type { CurrentUser } from '../../shared/contracts/accounts.ts';
import type { users } from '../db/schema.ts';

export const presentUser = (u: typeof users.$inferSelect): CurrentUser => ({
  id: u.id,
  email: u.email,
  role: u.role,
  personId: u.personId,
  locale: u.locale,
});
