import { z } from 'zod';
import { Id, IdParams } from '../common.ts';
import { bindingEndpoints, userEndpoints } from '../endpoints/accounts.ts';
import { contract } from './contract.ts';
import { LIMITS } from '../limits.ts';
import { UserRole } from './enums.ts';
import { MultiText } from '../multilingual.ts';

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
export const AccountSetupInfo = z
  .object({
    email: z.string(),
    name: z.string(),
    /** The invitation went to an address the directory does not hold: the account waits for the secretariat. */
    waitsForSecretariat: z.boolean(),
    /** The dialogue the invitation was for: where the new account lands. */
    dialogueId: z.uuid().nullable(),
    /** The invitation's language: the page opens in it. */
    language: z.string().nullable(),
  })
  .meta({ id: 'AccountSetupInfo' });
export type AccountSetupInfo = z.infer<typeof AccountSetupInfo>;
export const AccountSetupComplete = z
  .discriminatedUnion('method', [
    z.strictObject({ method: z.literal('password'), password: Password }),
    z.strictObject({ method: z.literal('passkey') }).meta({ description: 'Signed in at once, to add a passkey next.' }),
  ])
  .meta({ id: 'AccountSetupComplete' });
/** WebAuthn options as the browser takes them, with the id of the challenge they carry. */
/*
 * WebAuthn's options as JSON (the shapes @simplewebauthn hands the browser). Objects stay loose: a
 * member a later WebAuthn level adds reaches the browser rather than being stripped by the check.
 */
const Transport = z.enum(['ble', 'cable', 'hybrid', 'internal', 'nfc', 'smart-card', 'usb']);
const Hint = z.enum(['hybrid', 'security-key', 'client-device']);
const Verification = z.enum(['discouraged', 'preferred', 'required']);
const Credential = z.looseObject({
  id: z.string(),
  type: z.literal('public-key'),
  transports: z.array(Transport).optional(),
});
const Extensions = z.looseObject({
  appid: z.string().optional(),
  credProps: z.boolean().optional(),
  hmacCreateSecret: z.boolean().optional(),
  minPinLength: z.boolean().optional(),
});

/** A passkey sign-in's challenge (PublicKeyCredentialRequestOptionsJSON). */
export const PasskeySignInOptions = z
  .object({
    challengeId: z.uuid(),
    options: z.looseObject({
      challenge: z.string(),
      timeout: z.number().optional(),
      rpId: z.string().optional(),
      allowCredentials: z.array(Credential).optional(),
      userVerification: Verification.optional(),
      hints: z.array(Hint).optional(),
      extensions: Extensions.optional(),
    }),
  })
  .meta({ id: 'PasskeySignInOptions' });

/** A new passkey's challenge (PublicKeyCredentialCreationOptionsJSON). */
export const PasskeyCreationOptions = z
  .object({
    challengeId: z.uuid(),
    options: z.looseObject({
      rp: z.looseObject({ id: z.string().optional(), name: z.string() }),
      user: z.looseObject({ id: z.string(), name: z.string(), displayName: z.string() }),
      challenge: z.string(),
      pubKeyCredParams: z.array(z.looseObject({ alg: z.number(), type: z.literal('public-key') })),
      timeout: z.number().optional(),
      excludeCredentials: z.array(Credential).optional(),
      authenticatorSelection: z
        .looseObject({
          authenticatorAttachment: z.enum(['cross-platform', 'platform']).optional(),
          requireResidentKey: z.boolean().optional(),
          residentKey: Verification.optional(),
          userVerification: Verification.optional(),
        })
        .optional(),
      hints: z.array(Hint).optional(),
      attestation: z.enum(['direct', 'enterprise', 'indirect', 'none']).optional(),
      attestationFormats: z
        .array(z.enum(['fido-u2f', 'packed', 'android-safetynet', 'android-key', 'tpm', 'apple', 'none']))
        .optional(),
      extensions: Extensions.optional(),
    }),
  })
  .meta({ id: 'PasskeyCreationOptions' });
export const PasskeyResponse = z
  .strictObject({ challengeId: z.uuid(), response: z.record(z.string(), z.unknown()) })
  .meta({ id: 'PasskeyResponse' });

/** A session as its owner and the secretariat see it: an opaque id, never the token or its hash. */
export const SessionId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{22}$/, 'not a session id')
  .meta({ description: 'An opaque session id, as listed.' });
export const SessionSummary = z
  .object({
    id: SessionId,
    createdAt: z.iso.datetime({ offset: true }),
    expiresAt: z.iso.datetime({ offset: true }),
    current: z.boolean().meta({ description: 'The session this request is made with.' }),
  })
  .meta({ id: 'SessionSummary' });
export type SessionSummary = z.infer<typeof SessionSummary>;
export const SessionList = z.object({ items: z.array(SessionSummary) }).meta({ id: 'SessionList' });
export const UserSessionsParams = z.strictObject({ id: Id });
export const UserSessionParams = z.strictObject({ id: Id, sessionId: SessionId });
export const OwnSessionParams = z.strictObject({ sessionId: SessionId });

export const PasskeySummary = z
  .object({ id: z.string(), createdAt: z.iso.datetime({ offset: true }), transports: z.array(z.string()) })
  .meta({ id: 'PasskeySummary' });
export type PasskeySummary = z.infer<typeof PasskeySummary>;
export const PasskeyList = z.object({ items: z.array(PasskeySummary) }).meta({ id: 'PasskeyList' });
export const PasskeyParams = z.strictObject({
  passkeyId: z
    .string()
    .min(1)
    .max(1024)
    .regex(/^[A-Za-z0-9_-]+$/, 'not a passkey id'),
});
export const CalendarFeedState = z
  .object({
    createdAt: z.iso
      .datetime({ offset: true })
      .nullable()
      .meta({ description: 'When the current private address was made; null for none.' }),
  })
  .meta({ id: 'CalendarFeedState' });
export type CalendarFeedState = z.infer<typeof CalendarFeedState>;

/** Bindings: an account waiting to be tied to a directory person whose identity its invitation did not prove. */
export const BindingState = z.enum(['pending', 'confirmed', 'refused']);
export type BindingState = z.infer<typeof BindingState>;

export const BindingQuery = z.strictObject({ state: BindingState.default('pending') }).meta({ id: 'BindingQuery' });

export const Binding = z
  .object({
    id: Id,
    version: z.int(),
    state: BindingState,
    user: z.object({ id: Id, email: z.string() }),
    person: z.object({
      id: Id,
      name: MultiText,
      directoryEmail: z.string().nullable().meta({ description: 'The e-mail the directory holds for the person.' }),
    }),
    invitation: z
      .object({ id: Id, email: z.string(), dialogueId: Id, dialogueTitle: MultiText })
      .nullable()
      .meta({ description: 'The invitation whose account this is: which dialogue, and the address it went to.' }),
    requestedAt: z.iso.datetime({ offset: true }),
    decidedAt: z.iso.datetime({ offset: true }).nullable(),
    decidedBy: Id.nullable(),
  })
  .meta({ id: 'Binding' });
export type Binding = z.infer<typeof Binding>;

export const BindingList = z.object({ items: z.array(Binding) }).meta({ id: 'BindingList' });
export type BindingList = z.infer<typeof BindingList>;

export const BindingDecision = z
  .strictObject({
    decision: z.enum(['confirm', 'refuse']),
    version: z.int().min(1).optional().meta({ description: 'The version read; a stale one answers 409.' }),
  })
  .meta({ id: 'BindingDecision' });
export type BindingDecision = z.infer<typeof BindingDecision>;

/** The secretariat's list of accounts: who, their role, whether disabled, and their sessions. */
export const UserState = z.enum(['active', 'disabled', 'all']);
export type UserState = z.infer<typeof UserState>;

export const UserListQuery = z
  .strictObject({
    q: z
      .string()
      .max(LIMITS.searchQuery, `at most ${LIMITS.searchQuery} characters`)
      .optional()
      .meta({ description: 'Part of the e-mail or of the name of the person the account stands for, any case.' }),
    state: UserState.default('all'),
  })
  .meta({ id: 'UserListQuery' });
export type UserListQuery = z.infer<typeof UserListQuery>;

export const UserAccount = z
  .object({
    id: Id,
    version: z.int(),
    email: z.string(),
    role: UserRole,
    personId: Id.nullable(),
    personName: MultiText.nullable().meta({ description: 'The name of the directory person the account stands for.' }),
    locale: z.string().nullable(),
    createdAt: z.iso.datetime({ offset: true }),
    disabledAt: z.iso
      .datetime({ offset: true })
      .nullable()
      .meta({ description: 'When the account was disabled; null while it may sign in.' }),
    openSessions: z.int().min(0).meta({ description: 'Sessions that have not ended nor expired.' }),
    lastSessionAt: z.iso
      .datetime({ offset: true })
      .nullable()
      .meta({ description: 'When the latest session still on record began (signing out removes a session).' }),
  })
  .meta({ id: 'UserAccount' });
export type UserAccount = z.infer<typeof UserAccount>;

export const UserAccountList = z.object({ items: z.array(UserAccount) }).meta({ id: 'UserAccountList' });

export const UserUpdate = z
  .strictObject({
    version: z.int().min(1).meta({ description: 'The version read; a stale one answers 409.' }),
    role: UserRole.optional(),
    disabled: z
      .boolean()
      .optional()
      .meta({ description: 'true disables the account and ends its sessions at once; false enables it again.' }),
  })
  .refine((b) => b.role !== undefined || b.disabled !== undefined, {
    message: 'name a role or whether the account is disabled',
    path: ['role'],
    params: { code: 'nothing_to_change' },
  })
  .meta({ id: 'UserUpdate' });
export type UserUpdate = z.infer<typeof UserUpdate>;

/** An account the secretariat opens (or the command line), optionally tied to a person of the directory. */
export const CreateUserInput = z.strictObject({
  email: z.email(),
  password: Password,
  role: UserRole,
  personId: z.uuid().nullable().optional(),
});
export type CreateUserInput = z.infer<typeof CreateUserInput>;
const UserCreated = z.object({ id: z.uuid(), email: z.string(), role: z.string(), personId: z.uuid().nullable() });

export const userContracts = {
  list: contract(userEndpoints.list, { query: UserListQuery, response: UserAccountList }),
  create: contract(userEndpoints.create, { body: CreateUserInput, response: UserCreated }),
  update: contract(userEndpoints.update, { params: IdParams, body: UserUpdate, response: UserAccount }),
  sessions: contract(userEndpoints.sessions, { params: UserSessionsParams, response: SessionList }),
  endSession: contract(userEndpoints.endSession, { params: UserSessionParams }),
  endSessions: contract(userEndpoints.endSessions, { params: UserSessionsParams }),
};

export const bindingContracts = {
  list: contract(bindingEndpoints.list, { query: BindingQuery, response: BindingList }),
  decide: contract(bindingEndpoints.decide, { params: IdParams, body: BindingDecision, response: Binding }),
};
