import { eq, sql, type Placeholder, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Queryable } from '../db/database.ts';
import { dialogues, liveRooms } from '../db/schema.ts';
import { DIRECTORY_STREAM } from '../events/append-event.ts';
import type { Audience } from '../../shared/contracts/dialogue-record.ts';
import type { Confidentiality, DialogueStatus, ParticipantRole } from '../../shared/contracts/enums.ts';
import { isAdmin, type Actor } from './actor.ts';

export interface DialogueAccess {
  id: string;
  confidentiality: Confidentiality;
  status: DialogueStatus;
  /**
   * The actor's roles in this dialogue, from its Participant rows they accepted: someone invited who
   * has not accepted, or who declined, is not inside.
   */
  roles: ParticipantRole[];
  /** The actor's Participant row in this dialogue, whatever its invitation's state; null when none. */
  participantId: string | null;
  /**
   * The last seq of the dialogue's stream and of the directory's, read with the rest: the full
   * record is cached against these, so a cached read costs this one query.
   */
  seqs: { dialogue: number; directory: number };
  /** When the meeting is, and until when the chair reopened its room: what the room's window is made of. */
  times: { startsAt: Date; endsAt: Date; reopenedUntil: Date | null };
}

/**
 * The access row's columns for the user `userId` names (a placeholder, or a column of the query it
 * joins): the dialogue and its live room must be in the query's FROM.
 */
export function accessColumns(userId: SQL | AnyPgColumn | Placeholder) {
  return {
    id: dialogues.id,
    confidentiality: dialogues.confidentiality,
    status: dialogues.status,
    startsAt: dialogues.startsAt,
    endsAt: dialogues.endsAt,
    reopenedUntil: liveRooms.reopenedUntil,
    // Written out in full: drizzle leaves columns unqualified in a single-table select list.
    roles: sql<
      ParticipantRole[]
    >`array(select p.role::text from participants p join users u on u.person_id = p.person_id
      where p.dialogue_id = dialogues.id and u.id = ${userId}::uuid and p.invitation = 'accepted')`,
    participantId: sql<string | null>`(select p.id from participants p join users u on u.person_id = p.person_id
      where p.dialogue_id = dialogues.id and u.id = ${userId}::uuid limit 1)`,
    dialogueSeq: sql<string | null>`(select s.last_seq from event_streams s where s.stream = dialogues.id::text)`,
    directorySeq: sql<string | null>`(select s.last_seq from event_streams s where s.stream = ${DIRECTORY_STREAM})`,
  };
}

interface AccessRow {
  id: string;
  confidentiality: Confidentiality;
  status: DialogueStatus;
  startsAt: Date;
  endsAt: Date;
  reopenedUntil: Date | null;
  roles: ParticipantRole[] | null;
  participantId: string | null;
  dialogueSeq: string | null;
  directorySeq: string | null;
}

/** The access row as the policy reads it. */
export function toAccess(row: AccessRow): DialogueAccess {
  const { dialogueSeq, directorySeq, roles, startsAt, endsAt, reopenedUntil, ...rest } = row;
  return {
    ...rest,
    times: { startsAt, endsAt, reopenedUntil },
    roles: roles ?? [],
    seqs: { dialogue: Number(dialogueSeq ?? 0), directory: Number(directorySeq ?? 0) },
  };
}

function accessQuery(db: Queryable) {
  return db
    .select(accessColumns(sql.placeholder('userId')))
    .from(dialogues)
    .leftJoin(liveRooms, eq(liveRooms.dialogueId, dialogues.id))
    .where(eq(dialogues.id, sql.placeholder('id')));
}

/** Prepared once per database: this runs on every dialogue route, so the server plans it once. */
const prepared = new WeakMap<Queryable, ReturnType<ReturnType<typeof accessQuery>['prepare']>>();

/** The dialogue's rule, status and seqs, and the actor's roles in it: one query. */
export async function loadDialogueAccess(
  db: Queryable,
  actor: Actor,
  dialogueId: string,
): Promise<DialogueAccess | null> {
  let query = prepared.get(db);
  if (!query) prepared.set(db, (query = accessQuery(db).prepare('dialogue_access')));
  const [row] = await query.execute({ id: dialogueId, userId: actor.user?.id ?? null });
  return row ? toAccess(row) : null;
}

/** Inside: the dialogue's participants and the secretariat. Everyone else is outside. */
export function audienceOf(actor: Actor, access: Pick<DialogueAccess, 'roles'>): Audience {
  return isAdmin(actor) || access.roles.length > 0 ? 'inside' : 'outside';
}

/** Outsiders see a dialogue once it is planned, and never a restricted one's record. */
export function visibleTo(actor: Actor, access: Pick<DialogueAccess, 'roles' | 'confidentiality' | 'status'>): boolean {
  return (
    audienceOf(actor, access) === 'inside' || (access.confidentiality !== 'restricted' && access.status !== 'draft')
  );
}
