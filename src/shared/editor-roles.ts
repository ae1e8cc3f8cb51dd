import type { CurrentUser } from './contracts/accounts.ts';
import type { DialogueRecord } from './contracts/dialogue-record.ts';
import { MODERATING_ROLES, RECORDING_ROLES } from './contracts/enum-values.ts';
import type { ParticipantRole } from './contracts/enums.ts';

/** What the signed-in user may change here; the server's policy decides, this only hides what it would refuse. */
export function editorRoles(
  user: CurrentUser | null,
  record: DialogueRecord,
): { plan: boolean; record: boolean; inside: boolean; admin: boolean } {
  if (!user) return { plan: false, record: false, inside: false, admin: false };
  if (user.role === 'admin') return { plan: true, record: true, inside: true, admin: true };
  const mine = record.participants.filter((p) => p.person.id === user.personId).map((p) => p.role);
  const holds = (roles: readonly ParticipantRole[]) => mine.some((r) => roles.includes(r));
  return { plan: holds(MODERATING_ROLES), record: holds(RECORDING_ROLES), inside: mine.length > 0, admin: false };
}
