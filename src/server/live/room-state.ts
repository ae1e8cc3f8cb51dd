import { and, asc, desc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Queryable } from '../db/database.ts';
import {
  chatMessages,
  floorRequests,
  liveConnections,
  liveRooms,
  organizations,
  participants,
  people,
  users,
} from '../db/schema.ts';
import {
  LIVE_LIMITS,
  type ChatMessage,
  type Floor,
  type MediaPeer,
  type PresenceEntry,
  type RoomState,
  type SpeakingTime,
} from '../../shared/live/room.ts';

const ROOM_DEFAULTS = {
  timeLimitSeconds: 180,
  balanced: false,
  videoPolicy: 'everyone',
  mutedAllAt: null,
  listOpen: true,
  agendaItemId: null,
  reopenedUntil: null,
} as const;

export async function loadRoomSettings(db: Queryable, dialogueId: string) {
  const [row] = await db.select().from(liveRooms).where(eq(liveRooms.dialogueId, dialogueId));
  return row ?? { dialogueId, ...ROOM_DEFAULTS };
}

/** Finished turns (ended, whether done or revoked), summed per speaker, institution and country. */
async function speakingTime(db: Queryable, dialogueId: string): Promise<SpeakingTime> {
  const rows = await db
    .select({
      participantId: floorRequests.participantId,
      organizationId: participants.organizationId,
      countryCode: organizations.countryCode,
      turns: sql<string>`count(*)`,
      seconds: sql<string>`sum(extract(epoch from ${floorRequests.endedAt} - ${floorRequests.grantedAt}))`,
    })
    .from(floorRequests)
    .innerJoin(participants, eq(participants.id, floorRequests.participantId))
    .leftJoin(organizations, eq(organizations.id, participants.organizationId))
    .where(
      and(
        eq(floorRequests.dialogueId, dialogueId),
        isNotNull(floorRequests.grantedAt),
        isNotNull(floorRequests.endedAt),
      ),
    )
    .groupBy(floorRequests.participantId, participants.organizationId, organizations.countryCode)
    .orderBy(floorRequests.participantId);
  const sum = (key: (r: (typeof rows)[number]) => string | null) => {
    const totals = new Map<string, number>();
    for (const r of rows) {
      const k = key(r);
      if (k !== null) totals.set(k, (totals.get(k) ?? 0) + Number(r.seconds));
    }
    return [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  };
  return {
    byParticipant: rows.map((r) => ({
      participantId: r.participantId,
      seconds: round(Number(r.seconds)),
      turns: Number(r.turns),
    })),
    byOrganization: sum((r) => r.organizationId).map(([organizationId, seconds]) => ({
      organizationId,
      seconds: round(seconds),
    })),
    byCountry: sum((r) => r.countryCode).map(([countryCode, seconds]) => ({ countryCode, seconds: round(seconds) })),
  };
}

const round = (seconds: number) => Math.round(seconds * 10) / 10;

export async function loadFloor(
  db: Queryable,
  dialogueId: string,
  known?: Awaited<ReturnType<typeof loadRoomSettings>>,
): Promise<Floor> {
  const [settings, open, time] = await Promise.all([
    known ?? loadRoomSettings(db, dialogueId),
    db
      .select()
      .from(floorRequests)
      .where(and(eq(floorRequests.dialogueId, dialogueId), inArray(floorRequests.state, ['queued', 'speaking'])))
      .orderBy(asc(floorRequests.position), asc(floorRequests.requestedAt)),
    speakingTime(db, dialogueId),
  ]);
  const view = (r: (typeof open)[number]) => ({
    requestId: r.id,
    participantId: r.participantId,
    kind: r.kind,
    requestedAt: r.requestedAt.toISOString(),
  });
  const speaking = open.find((r) => r.state === 'speaking');
  return {
    timeLimitSeconds: settings.timeLimitSeconds,
    balanced: settings.balanced,
    videoPolicy: settings.videoPolicy,
    current: speaking
      ? {
          ...view(speaking),
          grantedAt: speaking.grantedAt!.toISOString(),
          timeLimitSeconds: speaking.timeLimitSeconds ?? settings.timeLimitSeconds,
        }
      : null,
    queue: open.filter((r) => r.state === 'queued').map(view),
    speakingTime: time,
    open: settings.listOpen,
    agendaItemId: settings.agendaItemId,
  };
}

/** Who is in the room: one entry per person, however many connections they hold. */
export async function loadPresence(db: Queryable, dialogueId: string, userIds?: string[]): Promise<PresenceEntry[]> {
  const rows = await db
    .select({
      userId: liveConnections.userId,
      since: sql<Date>`min(${liveConnections.since})`.mapWith((v: string | Date) => new Date(v)),
      participantId: participants.id,
      name: people.name,
      organizationId: participants.organizationId,
      countryCode: organizations.countryCode,
    })
    .from(liveConnections)
    .innerJoin(users, eq(users.id, liveConnections.userId))
    .leftJoin(people, eq(people.id, users.personId))
    .leftJoin(
      participants,
      and(eq(participants.personId, users.personId), eq(participants.dialogueId, liveConnections.dialogueId)),
    )
    .leftJoin(organizations, eq(organizations.id, participants.organizationId))
    .where(
      and(eq(liveConnections.dialogueId, dialogueId), userIds ? inArray(liveConnections.userId, userIds) : undefined),
    )
    .groupBy(
      liveConnections.userId,
      participants.id,
      people.name,
      participants.organizationId,
      organizations.countryCode,
    )
    .orderBy(sql`min(${liveConnections.since})`, liveConnections.userId);
  return rows.map((r) => ({ ...r, name: r.name ?? null, since: r.since.toISOString() }));
}

export async function loadMedia(db: Queryable, dialogueId: string): Promise<MediaPeer[]> {
  const rows = await db
    .select({
      connectionId: liveConnections.id,
      userId: liveConnections.userId,
      participantId: participants.id,
      interpretingInto: liveConnections.interpretingInto,
    })
    .from(liveConnections)
    .innerJoin(users, eq(users.id, liveConnections.userId))
    .leftJoin(
      participants,
      and(eq(participants.personId, users.personId), eq(participants.dialogueId, liveConnections.dialogueId)),
    )
    .where(and(eq(liveConnections.dialogueId, dialogueId), eq(liveConnections.inMedia, true)))
    .orderBy(liveConnections.since, liveConnections.id);
  return rows;
}

export async function loadChat(db: Queryable, dialogueId: string, id?: string): Promise<ChatMessage[]> {
  const rows = await db
    .select({
      id: chatMessages.id,
      userId: chatMessages.userId,
      participantId: chatMessages.participantId,
      name: people.name,
      text: chatMessages.text,
      at: chatMessages.at,
    })
    .from(chatMessages)
    .innerJoin(users, eq(users.id, chatMessages.userId))
    .leftJoin(people, eq(people.id, users.personId))
    .where(
      and(
        eq(chatMessages.dialogueId, dialogueId),
        isNull(chatMessages.deletedAt),
        id ? eq(chatMessages.id, id) : undefined,
      ),
    )
    .orderBy(desc(chatMessages.at), desc(chatMessages.id))
    .limit(LIVE_LIMITS.chatHistory);
  return rows.reverse().map((r) => ({ ...r, name: r.name ?? null, at: r.at.toISOString() }));
}

export async function loadRoomState(db: Queryable, dialogueId: string): Promise<RoomState> {
  const [floor, presence, media, chat, settings] = await Promise.all([
    loadFloor(db, dialogueId),
    loadPresence(db, dialogueId),
    loadMedia(db, dialogueId),
    loadChat(db, dialogueId),
    loadRoomSettings(db, dialogueId),
  ]);
  return { floor, presence, media, chat, mutedAllAt: settings.mutedAllAt?.toISOString() ?? null };
}
