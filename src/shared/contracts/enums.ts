import { z } from 'zod';
import {
  OrganizationKindValues,
  DialogueFormatValues,
  DialogueStatusValues,
  ConfidentialityValues,
  ParticipantRoleValues,
  InvitationStateValues,
  DocumentKindValues,
  StatementKindValues,
  OutcomeKindValues,
  ActionStatusValues,
  PublicationKindValues,
  PublicationStatusValues,
  UserRoleValues,
  MembershipRoleValues,
  SearchKindValues,
} from './enum-values.ts';

export const OrganizationKind = z.enum(OrganizationKindValues);
export const DialogueFormat = z.enum(DialogueFormatValues);
export const DialogueStatus = z.enum(DialogueStatusValues);
export const Confidentiality = z.enum(ConfidentialityValues);
export const ParticipantRole = z.enum(ParticipantRoleValues);
export const InvitationState = z.enum(InvitationStateValues);
export const DocumentKind = z.enum(DocumentKindValues);
export const StatementKind = z.enum(StatementKindValues);
export const OutcomeKind = z.enum(OutcomeKindValues);
export const ActionStatus = z.enum(ActionStatusValues);
export const PublicationKind = z.enum(PublicationKindValues);
export const PublicationStatus = z.enum(PublicationStatusValues);
export const UserRole = z.enum(UserRoleValues);
/** What a person is to an institution: a member, or its focal point (who signs off and gets the digest). */
export const MembershipRole = z.enum(MembershipRoleValues);
export const SearchKind = z.enum(SearchKindValues);

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

export { MODERATING_ROLES, RECORDING_ROLES } from './enum-values.ts';
