import { DIGEST_JOB, sendWeeklyDigest } from '../tracker/digest.ts';
import type { Handler } from './worker.ts';
import { EXTRACT_JOB, extractVersion } from '../materials/extract.ts';
import { DISCARD_JOB, discardIfOrphaned } from '../materials/orphans.ts';
import { REMINDER_JOB, sendReminder } from '../convening/reminders.ts';
import { PASSWORD_RESET_JOB, sendPasswordReset } from '../accounts/password-reset.ts';

/** Every kind of durable job, and what runs it. */
export const JOB_HANDLERS: Record<string, Handler> = {
  [DIGEST_JOB]: (deps, _payload, job) => sendWeeklyDigest(deps, job),
  [REMINDER_JOB]: (deps, payload) => sendReminder(deps, payload as Parameters<typeof sendReminder>[1]),
  [PASSWORD_RESET_JOB]: (deps, payload) => sendPasswordReset(deps, payload as { email: string }),
  [EXTRACT_JOB]: (deps, payload) => extractVersion(deps, (payload as { versionId: string }).versionId, 'running'),
  [DISCARD_JOB]: (deps, payload) => discardIfOrphaned(deps, (payload as { versionId: string }).versionId),
};
