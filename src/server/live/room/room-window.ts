import { eq } from 'drizzle-orm';
import { AppError } from '../../../shared/errors.ts';
import type { Queryable } from '../../db/database.ts';
import { dialogues, liveRooms } from '../../db/schema.ts';
import type { RoomContext } from '../room-context.ts';

/** The room opens this long before the dialogue starts… */
export const OPENS_BEFORE_MS = 30 * 60_000;
/** …and closes when it is concluded, or this long after its end. A reopening by the chair lasts as long. */
export const CLOSES_AFTER_MS = 2 * 60 * 60_000;

export interface RoomWindow {
  opensAt: Date;
  closesAt: Date;
  concluded: boolean;
  reopenedUntil: Date | null;
}

export async function loadRoomWindow(db: Queryable, dialogueId: string): Promise<RoomWindow | null> {
  const [row] = await db
    .select({
      startsAt: dialogues.startsAt,
      endsAt: dialogues.endsAt,
      status: dialogues.status,
      reopenedUntil: liveRooms.reopenedUntil,
    })
    .from(dialogues)
    .leftJoin(liveRooms, eq(liveRooms.dialogueId, dialogues.id))
    .where(eq(dialogues.id, dialogueId));
  if (!row) return null;
  return {
    opensAt: new Date(row.startsAt.getTime() - OPENS_BEFORE_MS),
    closesAt: new Date(row.endsAt.getTime() + CLOSES_AFTER_MS),
    concluded: row.status === 'concluded' || row.status === 'published',
    reopenedUntil: row.reopenedUntil,
  };
}

export function isOpen(w: RoomWindow, now: Date): boolean {
  if (w.reopenedUntil && now <= w.reopenedUntil) return true;
  return !w.concluded && now >= w.opensAt && now <= w.closesAt;
}

/**
 * Floor and chat happen while the meeting does: from half an hour before the start until the
 * dialogue is concluded or two hours after its end, or while the chair has reopened the room.
 * Presence, the side panel and media stay: rapporteurs finish the record after the meeting.
 */
export async function assertRoomOpen(ctx: RoomContext): Promise<void> {
  const w = await loadRoomWindow(ctx.deps.db, ctx.dialogueId);
  if (!w) throw new AppError('not_found', 'no such dialogue');
  if (isOpen(w, ctx.deps.clock())) return;
  const why = w.concluded
    ? 'the dialogue is concluded'
    : ctx.deps.clock() < w.opensAt
      ? `the room opens at ${w.opensAt.toISOString()}`
      : 'the meeting is over';
  throw new AppError('conflict', `the room is closed: ${why}; the chair can reopen it`, [
    { path: 'dialogueId', message: why },
  ]);
}
