import { and, count, eq, inArray, lt, ne, notInArray, sql } from 'drizzle-orm';
import type { Tx } from '../db/database.ts';
import type { AttendanceRow } from '../db/schema.ts';
import { liveConnections, liveInstances, participants, users } from '../db/schema.ts';
import type { Deps } from '../deps.ts';
import { appendEvent } from '../events/append-event.ts';
import { write } from '../events/write.ts';
import { revokeMediaAccess } from './media/media-access.ts';
import { lockRoom } from './room-context.ts';
import { loadPresence } from './room-state.ts';

/** An instance that has not beaten for this long is gone; the others close its connections. */
export const INSTANCE_TIMEOUT_MS = 20_000;

interface Joining {
  dialogueId: string;
  userId: string;
  connectionId: string;
  instanceId: string;
}

/** The participant row of this user in this dialogue, whose attendance intervals the room keeps. */
async function attendanceOf(tx: Tx, dialogueId: string, userId: string) {
  const [row] = await tx
    .select({ id: participants.id, attendance: participants.attendance })
    .from(participants)
    .innerJoin(users, eq(users.personId, participants.personId))
    .where(and(eq(participants.dialogueId, dialogueId), eq(users.id, userId)));
  return row ?? null;
}

/**
 * A connection enters the room. The person's first connection opens an attendance interval and
 * tells the room; a second tab, or a reconnect before the old socket closed, changes nothing.
 */
export async function joinRoom(deps: Deps, joining: Joining): Promise<void> {
  await write(deps.db, async (tx) => {
    await lockRoom(tx, joining.dialogueId);
    const [held] = await tx
      .select({ n: count() })
      .from(liveConnections)
      .where(and(eq(liveConnections.dialogueId, joining.dialogueId), eq(liveConnections.userId, joining.userId)));
    const now = deps.clock();
    await tx.insert(liveConnections).values({
      id: joining.connectionId,
      dialogueId: joining.dialogueId,
      userId: joining.userId,
      instanceId: joining.instanceId,
      since: now,
    });
    if (Number(held?.n ?? 0) > 0) return;
    const participant = await attendanceOf(tx, joining.dialogueId, joining.userId);
    if (participant) {
      const attendance: AttendanceRow[] = [...participant.attendance, { from: now.toISOString(), to: null }];
      await tx.update(participants).set({ attendance }).where(eq(participants.id, participant.id));
    }
    const [entry] = await loadPresence(tx, joining.dialogueId, joining.userId);
    await appendEvent(tx, {
      stream: joining.dialogueId,
      dialogueId: joining.dialogueId,
      type: 'presence.joined',
      actorId: joining.userId,
      payload: entry,
    });
  });
}

/** A connection leaves: out of the media if it was in, and the person's last one closes their attendance interval. */
export async function leaveRoom(deps: Deps, connectionId: string): Promise<void> {
  await write(deps.db, async (tx) => {
    const [conn] = await tx.select().from(liveConnections).where(eq(liveConnections.id, connectionId));
    if (!conn) return;
    await lockRoom(tx, conn.dialogueId);
    await tx.delete(liveConnections).where(eq(liveConnections.id, connectionId));
    const event = { stream: conn.dialogueId, dialogueId: conn.dialogueId, actorId: conn.userId };
    if (conn.inMedia) await appendEvent(tx, { ...event, type: 'media.left', payload: { connectionId } });
    const [left] = await tx
      .select({ n: count() })
      .from(liveConnections)
      .where(and(eq(liveConnections.dialogueId, conn.dialogueId), eq(liveConnections.userId, conn.userId)));
    if (Number(left?.n ?? 0) > 0) return;
    const participant = await attendanceOf(tx, conn.dialogueId, conn.userId);
    const open = participant?.attendance.at(-1);
    if (participant && open && open.to === null) {
      const attendance = [...participant.attendance.slice(0, -1), { ...open, to: deps.clock().toISOString() }];
      await tx.update(participants).set({ attendance }).where(eq(participants.id, participant.id));
    }
    await appendEvent(tx, { ...event, type: 'presence.left', payload: { userId: conn.userId } });
  });
}

/** This instance is alive; heartbeats use the wall clock, whatever clock the domain runs on. */
export async function beat(deps: Deps, instanceId: string): Promise<void> {
  const now = new Date();
  await deps.db
    .insert(liveInstances)
    .values({ id: instanceId, seenAt: now })
    .onConflictDoUpdate({ target: liveInstances.id, set: { seenAt: now } });
}

/**
 * Connections of instances that stopped beating (a crash, a kill) are closed by whoever notices,
 * so attendance intervals end, the room stops showing people who are gone, and their media tokens go.
 */
export async function sweepGoneInstances(deps: Deps, selfId: string): Promise<number> {
  const gone = await deps.db
    .select({ id: liveInstances.id })
    .from(liveInstances)
    .where(and(lt(liveInstances.seenAt, new Date(Date.now() - INSTANCE_TIMEOUT_MS)), ne(liveInstances.id, selfId)));
  const alive = deps.db.select({ id: liveInstances.id }).from(liveInstances);
  const orphans = await deps.db
    .select({ id: liveConnections.id, dialogueId: liveConnections.dialogueId })
    .from(liveConnections)
    .where(
      gone.length > 0
        ? sql`${inArray(
            liveConnections.instanceId,
            gone.map((g) => g.id),
          )} or ${notInArray(liveConnections.instanceId, alive)}`
        : notInArray(liveConnections.instanceId, alive),
    );
  for (const o of orphans) {
    await leaveRoom(deps, o.id);
    await revokeMediaAccess(deps, o.dialogueId, o.id, false);
  }
  if (gone.length > 0)
    await deps.db.delete(liveInstances).where(
      inArray(
        liveInstances.id,
        gone.map((g) => g.id),
      ),
    );
  return orphans.length;
}
