import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { FloorKind, VideoPolicy } from '../../shared/live/room.ts';
import { agendaItems, dialogues, linkTo, participants, users } from './schema-core.ts';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const floorKind = pgEnum('floor_kind', FloorKind.enum);
export const floorState = pgEnum('floor_state', ['queued', 'speaking', 'done', 'withdrawn', 'revoked']);
export const videoPolicy = pgEnum('video_policy', VideoPolicy.enum);

/** A dialogue's live settings; the row appears with the first change to them. */
export const liveRooms = pgTable('live_rooms', {
  dialogueId: uuid('dialogue_id')
    .primaryKey()
    .references(() => dialogues.id, { onDelete: 'cascade' }),
  timeLimitSeconds: integer('time_limit_seconds').notNull().default(180),
  balanced: boolean('balanced').notNull().default(false),
  videoPolicy: videoPolicy('video_policy').notNull().default('everyone'),
  mutedAllAt: at('muted_all_at'),
  /** A closed speakers' list takes no requests; the chair may still put someone on it. */
  listOpen: boolean('list_open').notNull().default(true),
  /** The agenda item the chair has set as current, shown to everyone in the room and on the projector. */
  agendaItemId: uuid('agenda_item_id').references(() => agendaItems.id, { onDelete: 'set null' }),
  /** The chair reopened the room after its window closed: floor and chat work until then. */
  reopenedUntil: at('reopened_until'),
});

/** Every request for the floor, kept after it ends: finished turns are the speaking-time log. */
export const floorRequests = pgTable(
  'floor_requests',
  {
    id: uuid('id').primaryKey(),
    dialogueId: linkTo('dialogue_id', () => dialogues.id, { onDelete: 'cascade' }),
    participantId: linkTo('participant_id', () => participants.id, { onDelete: 'cascade' }),
    kind: floorKind('kind').notNull(),
    state: floorState('state').notNull(),
    position: integer('position').notNull(),
    requestedAt: at('requested_at').notNull(),
    grantedAt: at('granted_at'),
    endedAt: at('ended_at'),
    timeLimitSeconds: integer('time_limit_seconds'),
  },
  (t) => [
    index('floor_requests_dialogue_idx').on(t.dialogueId, t.state),
    // One waiting request per participant, and one speaker per room: the database holds the rule.
    uniqueIndex('floor_requests_one_queued')
      .on(t.participantId)
      .where(sql`state = 'queued'`),
    uniqueIndex('floor_requests_one_speaker')
      .on(t.dialogueId)
      .where(sql`state = 'speaking'`),
  ],
);

/** The room's chat: participants only, kept with the dialogue. A deleted message keeps who deleted it. */
export const chatMessages = pgTable(
  'chat_messages',
  {
    id: uuid('id').primaryKey(),
    dialogueId: linkTo('dialogue_id', () => dialogues.id, { onDelete: 'cascade' }),
    userId: linkTo('user_id', () => users.id, { onDelete: 'cascade' }),
    participantId: uuid('participant_id').references(() => participants.id, { onDelete: 'set null' }),
    text: text('text').notNull(),
    at: at('at').notNull(),
    deletedAt: at('deleted_at'),
    deletedBy: uuid('deleted_by'),
  },
  (t) => [index('chat_messages_dialogue_idx').on(t.dialogueId, t.at)],
);

/** Open live connections, per server instance: presence, media peers and attendance come from these. */
export const liveConnections = pgTable(
  'live_connections',
  {
    id: uuid('id').primaryKey(),
    dialogueId: linkTo('dialogue_id', () => dialogues.id, { onDelete: 'cascade' }),
    userId: linkTo('user_id', () => users.id, { onDelete: 'cascade' }),
    instanceId: uuid('instance_id').notNull(),
    since: at('since').notNull(),
    inMedia: boolean('in_media').notNull().default(false),
    interpretingInto: text('interpreting_into'),
  },
  (t) => [
    index('live_connections_dialogue_idx').on(t.dialogueId, t.userId),
    index('live_connections_instance_idx').on(t.instanceId),
  ],
);

/** Server instances holding live connections; one that stops beating has its connections closed by the others. */
export const liveInstances = pgTable('live_instances', {
  id: uuid('id').primaryKey(),
  seenAt: at('seen_at').notNull(),
});
