import type { ActionStatus, OutcomeKind } from './enums.ts';

/*
 * The tracker's rule with no schema in it, so a page that only applies the rule (the dialogue page's
 * Follow-up) does not bring zod into the first visit's script.
 */

/** Commitments and follow-up actions are what the tracker follows, and anything else given an owner and a due date. */
export const ACTION_KINDS = ['commitment', 'follow_up_action'] as const satisfies readonly OutcomeKind[];
/** Kinds a recorder may give an owner and a due date, which makes them tracked (a conclusion is not a task). */
export const TRACKABLE_KINDS = ['recommendation', ...ACTION_KINDS] as const satisfies readonly OutcomeKind[];

/** Whether the tracker follows an outcome: the one rule, mirrored in SQL by `trackedOutcome` (server/tracker). */
export const isTracked = (o: { kind: string; ownerOrganizationId?: string | null; dueOn?: string | null }): boolean =>
  (ACTION_KINDS as readonly string[]).includes(o.kind) ||
  ((TRACKABLE_KINDS as readonly string[]).includes(o.kind) && !!o.ownerOrganizationId && !!o.dueOn);
/** An action still open after its due date is overdue. */
export const CLOSED_STATUSES = ['done', 'dropped'] as const satisfies readonly ActionStatus[];
