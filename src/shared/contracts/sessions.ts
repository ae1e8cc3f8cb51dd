import { z } from 'zod';
import { meEndpoints, sessionEndpoints } from '../endpoints/accounts.ts';
import { UI_LANGUAGES } from '../multilingual.ts';
import {
  AccountSetupComplete,
  AccountSetupInfo,
  AccountSetupToken,
  CalendarFeed,
  CalendarFeedState,
  CurrentUser,
  OwnSessionParams,
  PasskeyCreationOptions,
  PasskeyList,
  PasskeyParams,
  PasskeyResponse,
  PasskeySignInOptions,
  PasswordResetRequest,
  PasswordResetSet,
  PasswordResetToken,
  SessionInfo,
  SessionList,
  SignIn,
} from './accounts.ts';
import { contract } from './contract.ts';

/** Who is signed in (null for nobody), and the CSRF token for writes. */
export const SessionState = z.object({ user: CurrentUser.nullable(), csrfToken: z.string().nullable() });
export const LocaleChange = z.strictObject({ locale: z.enum(UI_LANGUAGES) }).meta({ id: 'LocaleChange' });

export const sessionContracts = {
  read: contract(sessionEndpoints.read, { response: SessionState }),
  signIn: contract(sessionEndpoints.signIn, { body: SignIn, response: SessionInfo }),
  signOut: contract(sessionEndpoints.signOut, {}),
  passkeyOptions: contract(sessionEndpoints.passkeyOptions, { response: PasskeySignInOptions }),
  passkey: contract(sessionEndpoints.passkey, { body: PasskeyResponse, response: SessionInfo }),
  requestReset: contract(sessionEndpoints.requestReset, { body: PasswordResetRequest, response: z.object({}) }),
  reset: contract(sessionEndpoints.reset, { params: PasswordResetToken, body: PasswordResetSet }),
  setupInfo: contract(sessionEndpoints.setupInfo, { params: AccountSetupToken, response: AccountSetupInfo }),
  setup: contract(sessionEndpoints.setup, {
    params: AccountSetupToken,
    body: AccountSetupComplete,
    response: SessionInfo,
  }),
};

export const meContracts = {
  sessions: contract(meEndpoints.sessions, { response: SessionList }),
  endSession: contract(meEndpoints.endSession, { params: OwnSessionParams }),
  passkeys: contract(meEndpoints.passkeys, { response: PasskeyList }),
  removePasskey: contract(meEndpoints.removePasskey, { params: PasskeyParams }),
  passkeyOptions: contract(meEndpoints.passkeyOptions, { response: PasskeyCreationOptions }),
  addPasskey: contract(meEndpoints.addPasskey, { body: PasskeyResponse }),
  calendarFeed: contract(meEndpoints.calendarFeed, { response: CalendarFeedState }),
  rotateCalendarFeed: contract(meEndpoints.rotateCalendarFeed, { response: CalendarFeed }),
  setLocale: contract(meEndpoints.setLocale, { body: LocaleChange }),
};
