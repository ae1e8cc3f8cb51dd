import { eq } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { users } from '../db/schema.ts';
import { createUser } from '../accounts/create-user.ts';
import { newPassword } from '../accounts/tokens.ts';

export const DEMO_ADMIN_EMAIL = 'admin@expert-dialogue.local';

/** In demo mode, the first start creates an administrator with a fresh random password, shown once. */
export async function ensureDemoAdmin(db: Db): Promise<{ email: string; password: string | null }> {
  const [admin] = await db.select({ email: users.email }).from(users).where(eq(users.role, 'admin')).limit(1);
  if (admin) return { email: admin.email, password: null };
  const password = newPassword();
  await createUser(db, { email: DEMO_ADMIN_EMAIL, password, role: 'admin' });
  return { email: DEMO_ADMIN_EMAIL, password };
}
