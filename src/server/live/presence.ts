import { and, eq, inArray, lt, ne, notInArray, sql } from 'drizzle-orm';
import type { Tx } from '../db/database.ts';
import type { AttendanceRow } from '../db/schema.ts';
import { liveConnections, liveInstances, participants, users } from '../db/schema.ts';
import type { Deps } from '../deps.ts';
import { appendEvents } from '../events/append-event.ts';
import { RoomBatches } from './room-batches.ts';
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

const joins = new WeakMap<Deps, RoomBatches<Joining>>();
const leaves = new WeakMap<Deps, RoomBatches<string>>();

const batchesOf = <T>(
  map: WeakMap<Deps, RoomBatches<T>>,
  deps: Deps,
  flush: (deps: Deps, dialogueId: string, items: readonly T[]) => Promise<void>,
): RoomBatches<T> => {
  let batches = map.get(deps);
  if (!batches) {
    batches = new RoomBatches((dialogueId, items) => flush(deps, dialogueId, items));
    map.set(deps, batches);
  }
  return batches;
};

/**
 * A connection enters the room. The person's first connection opens an attendance interval and
 * tells the room; a second tab, or a reconnect before the old socket closed, changes nothing.
 * Joins that arrive together are written together (a reconnect storm is a few transactions).
 */
export function joinRoom(deps: Deps, joining: Joining): Promise<void> {
  return batchesOf(joins, deps, writeJoins).add(joining.dialogueId, joining);
}

/** A connection leaves: out of the media if it was in, and the person's last one closes their attendance interval. */
export async function leaveRoom(deps: Deps, connectionId: string, dialogueId?: string): Promise<void> {
  const room =
    dialogueId ??
    (
      await deps.db
        .select({ dialogueId: liveConnections.dialogueId })
        .from(liveConnections)
        .where(eq(liveConnections.id, connectionId))
    )[0]?.dialogueId;
  if (!room) return;
  return batchesOf(leaves, deps, writeLeaves).add(room, connectionId);
}

/** Of these people, those with a connection into the room (besides the ones given). */
async function stillHere(tx: Tx, dialogueId: string, userIds: string[], besides: string[]): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const rows = await tx
    .selectDistinct({ userId: liveConnections.userId })
    .from(liveConnections)
    .where(
      and(
        eq(liveConnections.dialogueId, dialogueId),
        inArray(liveConnections.userId, userIds),
        besides.length > 0 ? notInArray(liveConnections.id, besides) : undefined,
      ),
    );
  return new Set(rows.map((r) => r.userId));
}

/** The participant rows of these people in the dialogue, whose attendance intervals the room keeps. */
async function attendanceOf(tx: Tx, dialogueId: string, userIds: string[]) {
  if (userIds.length === 0) return [];
  return tx
    .select({ id: participants.id, userId: users.id, attendance: participants.attendance })
    .from(participants)
    .innerJoin(users, eq(users.personId, participants.personId))
    .where(and(eq(participants.dialogueId, dialogueId), inArray(users.id, userIds)));
}

async function writeJoins(deps: Deps, dialogueId: string, batch: readonly Joining[]): Promise<void> {
  await write(deps.db, async (tx) => {
    await lockRoom(tx, dialogueId);
    const userIds = [...new Set(batch.map((j) => j.userId))];
    const now = deps.clock();
    // Who was here already, and the new connections, in one statement (both CTEs see the room as it
    // was); arrays as parameters, so a batch of hundreds is built and sent as a handful of values.
    const { rows: here } = await tx.execute<{ user_id: string }>(sql`
      with held as (
        select distinct user_id from live_connections
        where dialogue_id = ${dialogueId}::uuid and user_id = any(${sql.param(userIds)}::uuid[])
      ), added as (
        insert into live_connections (id, dialogue_id, user_id, instance_id, since)
        select j.id, ${dialogueId}::uuid, j.user_id, j.instance_id, ${now.toISOString()}::timestamptz
        from unnest(
          ${sql.param(batch.map((j) => j.connectionId))}::uuid[],
          ${sql.param(batch.map((j) => j.userId))}::uuid[],
          ${sql.param(batch.map((j) => j.instanceId))}::uuid[]
        ) as j(id, user_id, instance_id)
      )
      select user_id from held`);
    const held = new Set(here.map((r) => r.user_id));
    const arriving = userIds.filter((u) => !held.has(u));
    if (arriving.length === 0) return;
    for (const participant of await attendanceOf(tx, dialogueId, arriving)) {
      const attendance: AttendanceRow[] = [...participant.attendance, { from: now.toISOString(), to: null }];
      await tx.update(participants).set({ attendance }).where(eq(participants.id, participant.id));
    }
    const entries = new Map((await loadPresence(tx, dialogueId, arriving)).map((e) => [e.userId, e]));
    await appendEvents(
      tx,
      dialogueId,
      arriving.map((userId) => ({
        dialogueId,
        type: 'presence.joined',
        actorId: userId,
        payload: entries.get(userId),
      })),
    );
  });
}

async function writeLeaves(deps: Deps, dialogueId: string, connectionIds: readonly string[]): Promise<void> {
  await write(deps.db, async (tx) => {
    await lockRoom(tx, dialogueId);
    const gone = await tx
      .delete(liveConnections)
      .where(and(eq(liveConnections.dialogueId, dialogueId), inArray(liveConnections.id, [...connectionIds])))
      .returning({ id: liveConnections.id, userId: liveConnections.userId, inMedia: liveConnections.inMedia });
    if (gone.length === 0) return;
    const userIds = [...new Set(gone.map((c) => c.userId))];
    const staying = await stillHere(tx, dialogueId, userIds, []);
    const leaving = userIds.filter((u) => !staying.has(u));
    const now = deps.clock().toISOString();
    for (const participant of await attendanceOf(tx, dialogueId, leaving)) {
      const open = participant.attendance.at(-1);
      if (!open || open.to !== null) continue;
      const attendance = [...participant.attendance.slice(0, -1), { ...open, to: now }];
      await tx.update(participants).set({ attendance }).where(eq(participants.id, participant.id));
    }
    const events = [
      ...gone
        .filter((c) => c.inMedia)
        .map((c) => ({ dialogueId, type: 'media.left', actorId: c.userId, payload: { connectionId: c.id } })),
      ...leaving.map((userId) => ({ dialogueId, type: 'presence.left', actorId: userId, payload: { userId } })),
    ];
    if (events.length > 0) await appendEvents(tx, dialogueId, events);
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
    await leaveRoom(deps, o.id, o.dialogueId);
    await revokeMediaAccess(deps, o.dialogueId, o.id, { mine: false });
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
