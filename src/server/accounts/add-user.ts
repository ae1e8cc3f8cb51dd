import { eq } from 'drizzle-orm';
import { AppError } from '../../shared/errors.ts';
import { people, users } from '../db/schema.ts';
import type { Deps } from '../deps.ts';
import { assertIdExists } from '../crud/links.ts';
import type { CreateUserInput } from '../../shared/contracts/accounts.ts';
import { createUser } from './create-user.ts';

/**
 * The secretariat opens an account, optionally tied to a person of the directory (whose
 * participation then gives the account its roles in dialogues). An e-mail already in use is refused,
 * never reset: resetting is for `npm run user:create` and, later, the password-reset flow.
 */
export async function addUser(
  deps: Pick<Deps, 'db'>,
  input: CreateUserInput,
  actorId: string | null = null,
): Promise<{ id: string; email: string; role: string; personId: string | null }> {
  const email = input.email.trim().toLowerCase();
  const [taken] = await deps.db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (taken)
    throw new AppError('conflict', 'an account with this e-mail exists', [
      { path: 'email', message: 'already in use', code: 'exists' },
    ]);
  await assertIdExists(deps.db, people, input.personId ?? null, 'personId');
  const { id } = await createUser(deps.db, input, { actorId });
  return { id, email, role: input.role, personId: input.personId ?? null };
}
