import { z } from 'zod';

export const OrganizationKind = z.enum([
  'research_institute',
  'ministry',
  'international_organization',
  'un_entity',
  'other',
]);
export const DialogueFormat = z.enum(['videoconference', 'in_person', 'hybrid']);
export const DialogueStatus = z.enum(['draft', 'scheduled', 'live', 'concluded', 'published']);
export const Confidentiality = z.enum(['public', 'restricted', 'chatham_house']);
export const ParticipantRole = z.enum([
  'chair',
  'moderator',
  'rapporteur',
  'speaker',
  'delegate',
  'observer',
  'interpreter',
]);
export const InvitationState = z.enum(['invited', 'accepted', 'declined']);
export const DocumentKind = z.enum([
  'un_resolution',
  'summit_joint_statement',
  'treaty',
  'roadmap',
  'concept',
  'other',
]);
export const StatementKind = z.enum(['remarks', 'direct_quote', 'position', 'proposal']);
export const OutcomeKind = z.enum(['conclusion', 'recommendation', 'commitment', 'follow_up_action']);
export const ActionStatus = z.enum(['planned', 'in_progress', 'done', 'stalled', 'dropped']);
export const PublicationKind = z.enum(['press_release', 'minutes', 'summary']);
export const PublicationStatus = z.enum(['draft', 'in_review', 'approved', 'published']);
export const UserRole = z.enum(['admin', 'member']);
/** What a person is to an institution: a member, or its focal point (who signs off and gets the digest). */
export const MembershipRole = z.enum(['member', 'focal_point']);
export const SearchKind = z.enum([
  'statement',
  'outcome',
  'dialogue',
  'agenda_item',
  'provision',
  'person',
  'organization',
  'publication',
  'material',
]);

export type OrganizationKind = z.infer<typeof OrganizationKind>;
export type DialogueFormat = z.infer<typeof DialogueFormat>;
export type DialogueStatus = z.infer<typeof DialogueStatus>;
export type Confidentiality = z.infer<typeof Confidentiality>;
export type ParticipantRole = z.infer<typeof ParticipantRole>;
export type InvitationState = z.infer<typeof InvitationState>;
export type DocumentKind = z.infer<typeof DocumentKind>;
export type StatementKind = z.infer<typeof StatementKind>;
export type OutcomeKind = z.infer<typeof OutcomeKind>;
export type ActionStatus = z.infer<typeof ActionStatus>;
export type PublicationKind = z.infer<typeof PublicationKind>;
export type PublicationStatus = z.infer<typeof PublicationStatus>;
export type UserRole = z.infer<typeof UserRole>;
export type MembershipRole = z.infer<typeof MembershipRole>;
export type SearchKind = z.infer<typeof SearchKind>;

/** Roles that run a dialogue: they may edit its plan and its record. */
export const MODERATING_ROLES: readonly ParticipantRole[] = ['chair', 'moderator'];
/** Roles that may write the record of a dialogue. */
export const RECORDING_ROLES: readonly ParticipantRole[] = ['chair', 'moderator', 'rapporteur'];
