import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Queryable } from '../db/database.ts';
import {
  chatMessages,
  dialogues,
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
  type FloorKind,
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

export type RoomSettings = Awaited<ReturnType<typeof loadRoomSettings>>;

export async function loadRoomSettings(db: Queryable, dialogueId: string) {
  const [row] = await db.select().from(liveRooms).where(eq(liveRooms.dialogueId, dialogueId));
  return row ?? { dialogueId, ...ROOM_DEFAULTS };
}

interface OpenRequest {
  id: string;
  participantId: string;
  kind: FloorKind;
  state: 'queued' | 'speaking';
  requestedAt: string;
  grantedAt: string | null;
  timeLimitSeconds: number | null;
}

interface TurnsOf {
  participantId: string;
  organizationId: string | null;
  countryCode: string | null;
  turns: number;
  seconds: number;
}

/**
 * The open requests in their order, and the finished turns (done or revoked) summed per speaker:
 * one statement, since every change to the list reads it again under the room's lock.
 */
async function floorRows(db: Queryable, dialogueId: string): Promise<{ open: OpenRequest[]; turns: TurnsOf[] }> {
  const [row] = await db
    .select({
      open: sql<OpenRequest[]>`coalesce((select json_agg(json_build_object('id', f.id,
        'participantId', f.participant_id, 'kind', f.kind, 'state', f.state, 'requestedAt', f.requested_at,
        'grantedAt', f.granted_at, 'timeLimitSeconds', f.time_limit_seconds) order by f.position, f.requested_at)
        from floor_requests f where f.dialogue_id = dialogues.id and f.state in ('queued', 'speaking')), '[]'::json)`,
      turns: sql<TurnsOf[]>`coalesce((select json_agg(t order by t."participantId") from (
        select f.participant_id as "participantId", p.organization_id as "organizationId",
          o.country_code as "countryCode", count(*) as turns,
          sum(extract(epoch from f.ended_at - f.granted_at)) as seconds
        from floor_requests f join participants p on p.id = f.participant_id
          left join organizations o on o.id = p.organization_id
        where f.dialogue_id = dialogues.id and f.granted_at is not null and f.ended_at is not null
        group by 1, 2, 3) t), '[]'::json)`,
    })
    .from(dialogues)
    .where(eq(dialogues.id, dialogueId));
  return row ?? { open: [], turns: [] };
}

/** Finished turns, summed per speaker, institution and country. */
function speakingTime(rows: readonly TurnsOf[]): SpeakingTime {
  const sum = (key: (r: TurnsOf) => string | null) => {
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
  const [settings, { open, turns }] = await Promise.all([
    known ?? loadRoomSettings(db, dialogueId),
    floorRows(db, dialogueId),
  ]);
  const iso = (at: string) => new Date(at).toISOString();
  const view = (r: OpenRequest) => ({
    requestId: r.id,
    participantId: r.participantId,
    kind: r.kind,
    requestedAt: iso(r.requestedAt),
  });
  const speaking = open.find((r) => r.state === 'speaking');
  return {
    timeLimitSeconds: settings.timeLimitSeconds,
    balanced: settings.balanced,
    videoPolicy: settings.videoPolicy,
    current: speaking
      ? {
          ...view(speaking),
          grantedAt: iso(speaking.grantedAt!),
          timeLimitSeconds: speaking.timeLimitSeconds ?? settings.timeLimitSeconds,
        }
      : null,
    queue: open.filter((r) => r.state === 'queued').map(view),
    speakingTime: speakingTime(turns),
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
