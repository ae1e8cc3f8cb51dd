import { and, desc, eq, gt, or } from 'drizzle-orm';
import { z } from 'zod';
import { MODERATING_ROLES } from '../../../shared/contracts/enums.ts';
import type { Queryable } from '../../db/database.ts';
import { events, floorRequests, liveConnections, participants, users } from '../../db/schema.ts';
import { loadRoomSettings } from '../room-state.ts';

/** What one connection may send through the SFU now. */
export interface MaySend {
  audio: boolean;
  video: boolean;
}

const MutedAll = z.object({ exceptUserIds: z.array(z.string()) });

/**
 * The room's rules, per open connection, as the SFU enforces them:
 * - "Mute everyone else" holds until the floor next changes hands (a turn is granted or ends after
 *   it): meanwhile only those it spared (the moderator who pressed it, the speaker then) send audio.
 * - With the video policy `floor_and_chair`, only the floor holder and the chair or moderators send video.
 */
export async function loadMediaRules(db: Queryable, dialogueId: string): Promise<Map<string, MaySend>> {
  const [settings, connections, speaking] = await Promise.all([
    loadRoomSettings(db, dialogueId),
    db
      .select({
        id: liveConnections.id,
        userId: liveConnections.userId,
        participantId: participants.id,
        role: participants.role,
      })
      .from(liveConnections)
      .innerJoin(users, eq(users.id, liveConnections.userId))
      .leftJoin(
        participants,
        and(eq(participants.personId, users.personId), eq(participants.dialogueId, liveConnections.dialogueId)),
      )
      .where(eq(liveConnections.dialogueId, dialogueId)),
    db
      .select({ participantId: floorRequests.participantId })
      .from(floorRequests)
      .where(and(eq(floorRequests.dialogueId, dialogueId), eq(floorRequests.state, 'speaking'))),
  ]);
  let spared: Set<string> | null = null;
  const mutedAt = settings.mutedAllAt;
  if (mutedAt) {
    const [moved] = await db
      .select({ id: floorRequests.id })
      .from(floorRequests)
      .where(
        and(
          eq(floorRequests.dialogueId, dialogueId),
          or(gt(floorRequests.grantedAt, mutedAt), gt(floorRequests.endedAt, mutedAt)),
        ),
      )
      .limit(1);
    if (!moved) {
      const [last] = await db
        .select({ payload: events.payload })
        .from(events)
        .where(and(eq(events.stream, dialogueId), eq(events.type, 'media.muted_all')))
        .orderBy(desc(events.seq))
        .limit(1);
      spared = new Set(MutedAll.safeParse(last?.payload).data?.exceptUserIds ?? []);
    }
  }
  const speaker = speaking[0]?.participantId ?? null;
  const rules = new Map<string, MaySend>();
  for (const c of connections) {
    const chair = c.role !== null && MODERATING_ROLES.includes(c.role);
    rules.set(c.id, {
      audio: spared === null || spared.has(c.userId),
      video: settings.videoPolicy === 'everyone' || chair || (c.participantId !== null && c.participantId === speaker),
    });
  }
  return rules;
}
