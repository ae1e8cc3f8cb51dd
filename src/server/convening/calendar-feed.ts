import { and, eq, isNull, ne } from 'drizzle-orm';
import { localize } from '../../shared/multilingual.ts';
import { newToken, tokenHash } from '../accounts/tokens.ts';
import { dialogueUid, feedIcs } from '../calendar/ics.ts';
import { calendarFeeds, dialogues, participants, users } from '../db/schema.ts';
import type { Deps } from '../deps.ts';
import { ACCOUNTS_STREAM, appendEvent } from '../events/append-event.ts';
import { write } from '../events/write.ts';

/** Gives the user a new private calendar address; the old one stops working. */
export async function rotateCalendarFeed(deps: Pick<Deps, 'db' | 'config'>, userId: string): Promise<{ url: string }> {
  const token = newToken();
  await write(deps.db, async (tx) => {
    await tx
      .insert(calendarFeeds)
      .values({ userId, tokenHash: tokenHash(token) })
      .onConflictDoUpdate({
        target: calendarFeeds.userId,
        set: { tokenHash: tokenHash(token), createdAt: new Date() },
      });
    await appendEvent(tx, {
      stream: ACCOUNTS_STREAM,
      type: 'calendar_feed.rotated',
      actorId: userId,
      payload: { userId },
    });
  });
  return { url: `${deps.config.publicUrl}/calendar/${token}.ics` };
}

/** The dialogues the feed's owner takes part in and has not declined, or null for no such feed. */
export async function calendarFeed(deps: Pick<Deps, 'db' | 'config' | 'clock'>, token: string): Promise<string | null> {
  const [feed] = await deps.db
    .select({ personId: users.personId, locale: users.locale })
    .from(calendarFeeds)
    .innerJoin(users, eq(users.id, calendarFeeds.userId))
    // A disabled account's feed answers as one that does not exist.
    .where(and(eq(calendarFeeds.tokenHash, tokenHash(token)), isNull(users.disabledAt)));
  if (!feed) return null;
  const rows = feed.personId
    ? await deps.db
        .select()
        .from(dialogues)
        .innerJoin(participants, eq(participants.dialogueId, dialogues.id))
        .where(
          and(
            eq(participants.personId, feed.personId),
            ne(participants.invitation, 'declined'),
            ne(dialogues.status, 'draft'),
          ),
        )
        .orderBy(dialogues.startsAt)
    : [];
  const lang = feed.locale ?? 'en';
  return feedIcs(
    'Expert Dialogue',
    rows.map(({ dialogues: d }) => ({
      uid: dialogueUid(d.id),
      sequence: d.version - 1,
      title: localize(d.title, [lang, 'en', 'ru']).text,
      description: null,
      startsAt: d.startsAt.toISOString(),
      endsAt: d.endsAt.toISOString(),
      zone: d.hostZone,
      url: `${deps.config.publicUrl}/dialogues/${d.id}`,
      location: null,
    })),
    deps.clock(),
  );
}
