import { z } from 'zod';
import { Id } from '../common.ts';
import { LIMITS } from '../limits.ts';
import { UserRole } from './enums.ts';

export const SignIn = z
  .strictObject({
    email: z.email().max(LIMITS.shortText),
    password: z.string().min(1).max(LIMITS.passwordMax),
  })
  .meta({ id: 'SignIn' });
export type SignIn = z.infer<typeof SignIn>;

export const Password = z
  .string()
  .min(LIMITS.passwordMin, `at least ${LIMITS.passwordMin} characters`)
  .max(LIMITS.passwordMax);

export const CurrentUser = z
  .object({
    id: Id,
    email: z.string(),
    role: UserRole,
    personId: Id.nullable(),
    locale: z.string().nullable(),
  })
  .meta({ id: 'CurrentUser' });
export type CurrentUser = z.infer<typeof CurrentUser>;

export const SessionInfo = z
  .object({
    user: CurrentUser,
    csrfToken: z
      .string()
      .meta({ description: 'Send it as the x-csrf-token header with every cookie-authenticated write.' }),
    expiresAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'SessionInfo' });
export type SessionInfo = z.infer<typeof SessionInfo>;

export const PasswordResetRequest = z.strictObject({ email: z.email().max(320) }).meta({ id: 'PasswordResetRequest' });
export const PasswordResetToken = z.strictObject({
  token: z
    .string()
    .min(20)
    .max(100)
    .regex(/^[A-Za-z0-9_-]+$/, 'not a reset link'),
});
export const PasswordResetSet = z.strictObject({ password: Password }).meta({ id: 'PasswordResetSet' });
export const CalendarFeed = z.object({ url: z.string() }).meta({ id: 'CalendarFeed' });

export const AccountSetupToken = z.strictObject({
  token: z
    .string()
    .min(20)
    .max(100)
    .regex(/^[A-Za-z0-9_-]+$/, 'not an account link'),
});
export const AccountSetupInfo = z.object({ email: z.string(), name: z.string() }).meta({ id: 'AccountSetupInfo' });
export const AccountSetupComplete = z
  .discriminatedUnion('method', [
    z.strictObject({ method: z.literal('password'), password: Password }),
    z.strictObject({ method: z.literal('passkey') }).meta({ description: 'Signed in at once, to add a passkey next.' }),
  ])
  .meta({ id: 'AccountSetupComplete' });
/** WebAuthn options as the browser takes them, with the id of the challenge they carry. */
export const PasskeyOptions = z
  .object({ challengeId: z.uuid(), options: z.record(z.string(), z.unknown()) })
  .meta({ id: 'PasskeyOptions' });
export const PasskeyResponse = z
  .strictObject({ challengeId: z.uuid(), response: z.record(z.string(), z.unknown()) })
  .meta({ id: 'PasskeyResponse' });
