import { eq } from 'drizzle-orm';
import { users } from '../../db/schema.ts';
import type { Deps } from '../../deps.ts';
import { ACCOUNTS_STREAM, appendEvent } from '../../events/append-event.ts';
import { write } from '../../events/write.ts';

/** The interface language a user chose: the language of every message sent to them from now on. */
export async function setLocale(deps: Pick<Deps, 'db'>, args: { userId: string; locale: string }): Promise<void> {
  await write(deps.db, async (tx) => {
    const [before] = await tx.select({ locale: users.locale }).from(users).where(eq(users.id, args.userId));
    if (before?.locale === args.locale) return;
    await tx.update(users).set({ locale: args.locale }).where(eq(users.id, args.userId));
    await appendEvent(tx, {
      stream: ACCOUNTS_STREAM,
      type: 'user.locale_changed',
      actorId: args.userId,
      payload: { id: args.userId, from: before?.locale ?? null, to: args.locale },
    });
  });
}
