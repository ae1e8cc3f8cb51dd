/** The values of the contracts' enumerations, without zod: what the web app's first chunk needs of them. */
export const OrganizationKindValues = [
  'research_institute',
  'ministry',
  'international_organization',
  'un_entity',
  'other',
] as const;
export const DialogueFormatValues = ['videoconference', 'in_person', 'hybrid'] as const;
export const DialogueStatusValues = ['draft', 'scheduled', 'live', 'concluded', 'published'] as const;
export const ConfidentialityValues = ['public', 'restricted', 'chatham_house'] as const;
export const ParticipantRoleValues = [
  'chair',
  'moderator',
  'rapporteur',
  'speaker',
  'delegate',
  'observer',
  'interpreter',
] as const;
export const InvitationStateValues = ['invited', 'accepted', 'declined'] as const;
export const DocumentKindValues = [
  'un_resolution',
  'summit_joint_statement',
  'treaty',
  'roadmap',
  'concept',
  'other',
] as const;
export const StatementKindValues = ['remarks', 'direct_quote', 'position', 'proposal'] as const;
export const OutcomeKindValues = ['conclusion', 'recommendation', 'commitment', 'follow_up_action'] as const;
export const ActionStatusValues = ['planned', 'in_progress', 'done', 'stalled', 'dropped'] as const;
export const PublicationKindValues = ['press_release', 'minutes', 'summary'] as const;
export const PublicationStatusValues = ['draft', 'in_review', 'approved', 'published'] as const;
export const UserRoleValues = ['admin', 'member'] as const;
export const MembershipRoleValues = ['member', 'focal_point'] as const;
export const SearchKindValues = [
  'statement',
  'outcome',
  'dialogue',
  'agenda_item',
  'provision',
  'person',
  'organization',
  'publication',
  'material',
] as const;

/** Roles that run a dialogue: they may edit its plan and its record. */
export const MODERATING_ROLES: readonly (typeof ParticipantRoleValues)[number][] = ['chair', 'moderator'];
/** Roles that may write the record of a dialogue. */
export const RECORDING_ROLES: readonly (typeof ParticipantRoleValues)[number][] = ['chair', 'moderator', 'rapporteur'];
