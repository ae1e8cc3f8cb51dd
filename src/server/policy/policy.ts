import type { ErrorCode } from '../../shared/errors.ts';
import { MODERATING_ROLES, ParticipantRole, RECORDING_ROLES } from '../../shared/contracts/enums.ts';
import { isAdmin, type Actor } from './actor.ts';
import { visibleTo, type DialogueAccess } from './dialogue-access.ts';
import type { Subject } from './subject.ts';
import type { MembershipRole } from '../../shared/contracts/enums.ts';
import type { Standing } from '../institutions/standing.ts';

export interface PolicyContext {
  actor: Actor;
  /** The dialogue the route is about, loaded on first use; null when the route has none. */
  dialogue: () => Promise<DialogueAccess | null>;
  /** The record the route is about when it is not the dialogue itself (an action). */
  subject?: Subject | null;
  /** The institution the route is about, and the reader's memberships today (loaded on use). */
  organizationId?: string | null;
  standing?: () => Promise<Standing>;
}
type Rule = (ctx: PolicyContext) => boolean | Promise<boolean>;

const anyone: Rule = () => true;
const admin: Rule = ({ actor }) => isAdmin(actor);
const signedIn: Rule = ({ actor }) => actor.user !== null;
const holds =
  (roles: readonly ParticipantRole[]): Rule =>
  async ({ dialogue }) =>
    (await dialogue())?.roles.some((r) => roles.includes(r)) ?? false;
const seesDialogue: Rule = async ({ actor, dialogue }) => {
  const d = await dialogue();
  return d !== null && visibleTo(actor, d);
};
/** The reader holds one of these roles at the route's institution today: memberships, never participant rows. */
const standsFor =
  (roles: readonly MembershipRole[]): Rule =>
  async ({ organizationId, standing }) => {
    if (!organizationId || !standing) return false;
    const held = (await standing()).get(organizationId) ?? [];
    return held.some((r) => roles.includes(r));
  };
const ownsIt: Rule = ({ subject }) => subject?.ownedByReader ?? false;
const both =
  (...rules: Rule[]): Rule =>
  async (ctx) => {
    for (const rule of rules) if (!(await rule(ctx))) return false;
    return true;
  };
const either =
  (...rules: Rule[]): Rule =>
  async (ctx) => {
    for (const rule of rules) if (await rule(ctx)) return true;
    return false;
  };

/**
 * One line a rule. Every route names one of these actions; the route × role test walks them all.
 * `deny` says how a refusal answers: reads of hidden dialogues answer 404, so they do not leak.
 */
export const POLICY = {
  'public.read': { rule: anyone },
  'session.create': { rule: anyone },
  'session.delete': { rule: anyone },
  'session.read': { rule: anyone },
  'user.create': { rule: admin },
  // The list of accounts, a role, disabling and enabling: the secretariat's alone.
  'user.read': { rule: admin },
  'user.update': { rule: admin },
  'outbox.read': { rule: admin },
  // The audit log (who did what and when, failed sign-ins included): the secretariat's alone.
  'audit.read': { rule: admin },
  // The background job queue: dead jobs and retrying them are the secretariat's alone.
  'job.read': { rule: admin },
  'job.retry': { rule: admin },
  // The whole database as an archive (every account, session and word said under the Rule): the secretariat's alone.
  'backup.export': { rule: admin },
  // Tying an account to a directory person its invitation did not prove: the secretariat's alone.
  'binding.read': { rule: admin },
  'binding.decide': { rule: admin },
  'invitation.respond': { rule: anyone },
  'password.reset': { rule: anyone },
  'me.calendar': { rule: signedIn },
  'passkey.register': { rule: signedIn },
  // Sessions: the secretariat lists and ends anyone's; everyone their own (and their passkeys).
  'user.sessions': { rule: admin },
  'me.sessions': { rule: signedIn },
  'me.preferences': { rule: signedIn },
  'me.passkeys': { rule: signedIn },
  'account.setup': { rule: anyone },
  // Opening the live channel; each room it joins is asked for by `live.join`.
  'live.subscribe': { rule: anyone },
  // Joining a room (its snapshot and events): those inside, and no hint to anyone else whether it exists.
  'live.join': { rule: either(admin, holds(ParticipantRole.options)), deny: 'not_found' },
  // In a room: everyone inside but observers may ask for the floor and chat; the chair and moderators run it.
  'live.speak': { rule: either(admin, holds(ParticipantRole.options.filter((r) => r !== 'observer'))) },
  'live.moderate': { rule: either(admin, holds(MODERATING_ROLES)) },
  // The hall's projector (speaker, countdown, next on the list): the dialogue's insiders; outsiders learn nothing, not even that it exists.
  'live.project': { rule: either(admin, holds(ParticipantRole.options)), deny: 'not_found' },
  'directory.read': { rule: anyone },
  'directory.write': { rule: admin },
  // Memberships: the institution's own people read them; its focal point and the secretariat manage them.
  'membership.read': { rule: either(admin, standsFor(['member', 'focal_point'])) },
  'membership.manage': { rule: either(admin, standsFor(['focal_point'])) },
  'me.memberships': { rule: signedIn },
  'dialogue.list': { rule: anyone },
  'dialogue.create': { rule: admin },
  'dialogue.read': { rule: seesDialogue, deny: 'not_found' },
  'dialogue.update': { rule: either(admin, holds(MODERATING_ROLES)) },
  'dialogue.delete': { rule: admin },
  'dialogue.plan': { rule: either(admin, holds(MODERATING_ROLES)) },
  'dialogue.record': { rule: either(admin, holds(RECORDING_ROLES)) },
  // Under the Chatham House Rule: those who record read the queue; only the rapporteur and the secretariat clear.
  'record.clearances': { rule: either(admin, holds(RECORDING_ROLES)) },
  'record.clear': { rule: either(admin, holds(['rapporteur'])) },
  'search.read': { rule: anyone },
  'publication.read': { rule: either(admin, holds(ParticipantRole.options)), deny: 'not_found' },
  'publication.write': { rule: either(admin, holds(RECORDING_ROLES)) },
  'publication.review': { rule: either(admin, holds(ParticipantRole.options)) },
  // Which institutions sign off, once fixed at the first review: the secretariat's alone.
  'publication.signoffs': { rule: admin },
  'tracker.read': { rule: anyone },
  'action.read': { rule: seesDialogue, deny: 'not_found' },
  'action.update': { rule: either(admin, both(seesDialogue, ownsIt)) },
  // Materials: read through the outside view by outsiders; any insider attaches; those who record release (a clearance).
  'material.read': { rule: seesDialogue, deny: 'not_found' },
  'material.upload': { rule: either(admin, holds(ParticipantRole.options)) },
  'material.manage': { rule: either(admin, holds(RECORDING_ROLES)) },
} as const satisfies Record<string, { rule: Rule; deny?: ErrorCode }>;

export type Action = keyof typeof POLICY;

/** The error a refusal answers with, or null when the action is allowed. */
export async function check(action: Action, ctx: PolicyContext): Promise<ErrorCode | null> {
  const entry: { rule: Rule; deny?: ErrorCode } = POLICY[action];
  if (await entry.rule(ctx)) return null;
  if (entry.deny) return entry.deny;
  return ctx.actor.user ? 'forbidden' : 'unauthenticated';
}
