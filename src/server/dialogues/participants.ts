import { asc, eq, sql } from 'drizzle-orm';
import type { Participant, ParticipantCreate } from '../../shared/contracts/dialogues.ts';
import { organizations, participants, people } from '../db/schema.ts';
import { assertIdExists, defined } from '../crud/links.ts';
import type { ResourceSpec } from '../crud/resource.ts';
import { recordMeta } from '../crud/present.ts';
import type { InvitationState } from '../../shared/contracts/enums.ts';
import { AppError } from '../../shared/errors.ts';
import { isAdmin, type Actor } from '../policy/actor.ts';

type ParticipantRow = typeof participants.$inferSelect;

export const presentParticipant = (r: ParticipantRow): Participant => ({
  ...recordMeta(r),
  dialogueId: r.dialogueId,
  personId: r.personId,
  organizationId: r.organizationId,
  role: r.role,
  invitation: r.invitation,
  attendance: r.attendance,
});

/**
 * Whether someone accepted or declined is their answer (to their invitation), or the secretariat's
 * record of it: a chair only lists people as invited. Otherwise a chair could put anyone inside a
 * dialogue, or take an institution out of its sign-off by declining for it.
 */
function guardAnswer(actor: Actor, asked: InvitationState | undefined, current: InvitationState | null): void {
  if (!actor.user || isAdmin(actor) || asked === undefined) return;
  if (asked === (current ?? 'invited')) return;
  throw new AppError('forbidden', 'only the invitee answers an invitation; the secretariat may record an answer', [
    { path: 'invitation', message: 'the invitee answers', code: 'answer_is_theirs' },
  ]);
}

export const participantSpec: ResourceSpec<ParticipantCreate, Participant> = {
  name: 'participant',
  table: participants,
  parentColumn: participants.dialogueId,
  stream: (dialogueId) => dialogueId!,
  dialogueOf: (dialogueId) => dialogueId,
  async toColumns(input, { tx, actor, existing }) {
    const before = existing as ParticipantRow | null;
    guardAnswer(actor, input.invitation, before?.invitation ?? null);
    // A row is one person's: moving it (and their answer) onto someone else is the secretariat's.
    if (before && input.personId !== undefined && input.personId !== before.personId && actor.user && !isAdmin(actor))
      throw new AppError('forbidden', 'a participant row stays with its person; add a new one instead', [
        { path: 'personId', message: 'the secretariat changes this', code: 'answer_is_theirs' },
      ]);
    await assertIdExists(tx, people, input.personId, 'personId');
    await assertIdExists(tx, organizations, input.organizationId, 'organizationId');
    return defined({
      personId: input.personId,
      organizationId: input.organizationId,
      role: input.role,
      invitation: input.invitation,
      attendance: input.attendance,
    });
  },
  // Who accepted took part on their own word: only the secretariat takes them off the list.
  beforeDelete: async ({ actor, existing }) => {
    if ((existing as ParticipantRow).invitation === 'accepted' && actor.user && !isAdmin(actor))
      throw new AppError('forbidden', 'someone who accepted is taken off the list by the secretariat', [
        { path: '', message: 'the secretariat removes this participant', code: 'answer_is_theirs' },
      ]);
  },
  // Under the Chatham House Rule outsiders never reach this list: the route withholds it.
  present: async (rows) => (rows as ParticipantRow[]).map(presentParticipant),
  filters: (q) => [
    q.organization ? eq(participants.organizationId, q.organization as string) : undefined,
    q.role ? eq(participants.role, q.role as ParticipantRow['role']) : undefined,
    q.invitation ? eq(participants.invitation, q.invitation as ParticipantRow['invitation']) : undefined,
    q.country
      ? sql`exists (select 1 from ${organizations} where ${organizations.id} = ${participants.organizationId} and ${organizations.countryCode} = ${q.country as string})`
      : undefined,
  ],
  orderBy: [asc(participants.createdAt), asc(participants.id)],
};
