import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../db/database.ts';
import { dialogues, participants, users } from '../db/schema.ts';
import type { Audience } from '../../shared/contracts/dialogue-record.ts';
import type { Confidentiality, DialogueStatus, ParticipantRole } from '../../shared/contracts/enums.ts';
import { isAdmin, type Actor } from './actor.ts';

export interface DialogueAccess {
  id: string;
  confidentiality: Confidentiality;
  status: DialogueStatus;
  /** The actor's roles in this dialogue, from its Participant rows. */
  roles: ParticipantRole[];
}

export async function loadDialogueAccess(db: Queryable, actor: Actor, dialogueId: string): Promise<DialogueAccess | null> {
  const [dialogue] = await db
    .select({ id: dialogues.id, confidentiality: dialogues.confidentiality, status: dialogues.status })
    .from(dialogues)
    .where(eq(dialogues.id, dialogueId));
  if (!dialogue) return null;
  const personId = actor.user?.personId;
  if (!personId) return { ...dialogue, roles: [] };
  const rows = await db
    .select({ role: participants.role })
    .from(participants)
    .innerJoin(users, eq(users.personId, participants.personId))
    .where(and(eq(participants.dialogueId, dialogueId), eq(users.id, actor.user!.id)));
  return { ...dialogue, roles: rows.map((r) => r.role) };
}

/** Inside: the dialogue's participants and the secretariat. Everyone else is outside. */
export function audienceOf(actor: Actor, access: DialogueAccess): Audience {
  return isAdmin(actor) || access.roles.length > 0 ? 'inside' : 'outside';
}

/** Outsiders see a dialogue once it is planned, and never a restricted one's record. */
export function visibleTo(actor: Actor, access: DialogueAccess): boolean {
  return audienceOf(actor, access) === 'inside' || (access.confidentiality !== 'restricted' && access.status !== 'draft');
}
