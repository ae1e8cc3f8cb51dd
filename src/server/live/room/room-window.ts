import { AppError } from '../../../shared/errors.ts';
import type { DialogueAccess } from '../../policy/dialogue-access.ts';
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

/** The window of the dialogue as its access row was read (for each action, so it is current). */
export function roomWindowOf(access: DialogueAccess): RoomWindow {
  const { startsAt, endsAt, reopenedUntil } = access.times;
  return {
    opensAt: new Date(startsAt.getTime() - OPENS_BEFORE_MS),
    closesAt: new Date(endsAt.getTime() + CLOSES_AFTER_MS),
    concluded: access.status === 'concluded' || access.status === 'published',
    reopenedUntil,
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
export function assertRoomOpen(ctx: RoomContext): void {
  const w = roomWindowOf(ctx.access);
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
