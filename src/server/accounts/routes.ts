import type { FastifyReply } from 'fastify';
import {
  AccountSetupComplete,
  AccountSetupInfo,
  AccountSetupToken,
  PasskeyCreationOptions,
  PasskeySignInOptions,
  PasskeyResponse,
  CalendarFeed,
  PasswordResetRequest,
  PasswordResetSet,
  PasswordResetToken,
  SessionInfo,
  SignIn,
} from '../../shared/contracts/accounts.ts';
import { requestPasswordReset, resetPassword } from './password-reset.ts';
import { rotateCalendarFeed } from '../convening/calendar-feed.ts';
import { completeAccountSetup, getAccountSetup } from './account-setup.ts';
import {
  authenticationOptions,
  registerPasskey,
  registrationOptions,
  relyingParty,
  signInWithPasskey,
} from './passkeys.ts';
import type { Config } from '../config.ts';
import { route, type AnyRoute } from '../http/route.ts';
import { SESSION_COOKIE } from './resolve-actor.ts';
import { signIn } from './sign-in.ts';
import { signOut } from './sign-out.ts';
import { addUser } from './add-user.ts';
import { localeRoutes } from './users/set-locale.ts';
import { CreateUserInput } from './create-user.ts';
import { CurrentUser } from '../../shared/contracts/accounts.ts';
import { z } from 'zod';
import {
  CalendarFeedState,
  OwnSessionParams,
  PasskeyList,
  PasskeyParams,
  SessionList,
  UserSessionParams,
  UserSessionsParams,
} from '../../shared/contracts/accounts.ts';
import { endAllSessions, endOneSession, listSessions } from './sessions/list-sessions.ts';
import { calendarFeedState, listPasskeys, removePasskey } from './sessions/own-account.ts';
import { userRoutes } from './users/routes.ts';

function setSessionCookie(reply: FastifyReply, config: Config, token: string, expiresAt: Date) {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: config.cookieSecure,
    expires: expiresAt,
  });
}

/** Sessions, passkeys and feeds are per user: no cache, shared or private, keeps them. */
const noStore = (reply: FastifyReply) => void reply.header('cache-control', 'no-store');

/** Listing and ending sessions: the secretariat's for any user, everyone's own. */
const sessionRoutes: AnyRoute[] = [
  route({
    method: 'GET',
    url: '/users/:id/sessions',
    action: 'user.sessions',
    tag: 'Accounts',
    summary: "A user's open sessions (an opaque id, when each began and ends)",
    params: UserSessionsParams,
    response: SessionList,
    handler: ({ params, actor, deps, reply }) => {
      noStore(reply);
      return listSessions(deps, params.id, actor.sessionId, { mustExist: true });
    },
  }),
  route({
    method: 'DELETE',
    url: '/users/:id/sessions/:sessionId',
    action: 'user.sessions',
    tag: 'Accounts',
    status: 204,
    summary: "End one of a user's sessions, and its live connections, on every instance",
    params: UserSessionParams,
    handler: async ({ params, actor, deps, reply }) => {
      noStore(reply);
      await endOneSession(deps, params.id, params.sessionId, { reason: 'ended_by_admin', actorId: actor.user!.id });
    },
  }),
  route({
    method: 'DELETE',
    url: '/users/:id/sessions',
    action: 'user.sessions',
    tag: 'Accounts',
    status: 204,
    summary: "End every session of a user (but the caller's own), and their live connections",
    params: UserSessionsParams,
    handler: async ({ params, actor, deps, reply }) => {
      noStore(reply);
      await endAllSessions(deps, params.id, {
        reason: 'ended_by_admin',
        actorId: actor.user!.id,
        except: actor.sessionId,
      });
    },
  }),
  route({
    method: 'GET',
    url: '/me/sessions',
    action: 'me.sessions',
    tag: 'Accounts',
    summary: 'Your open sessions; `current` marks the one this request is made with',
    response: SessionList,
    handler: ({ actor, deps, reply }) => {
      noStore(reply);
      return listSessions(deps, actor.user!.id, actor.sessionId);
    },
  }),
  route({
    method: 'DELETE',
    url: '/me/sessions/:sessionId',
    action: 'me.sessions',
    tag: 'Accounts',
    status: 204,
    summary: 'End one of your sessions (another device, or this one), and its live connections',
    params: OwnSessionParams,
    handler: async ({ params, actor, deps, reply }) => {
      noStore(reply);
      const { ended } = await endOneSession(deps, actor.user!.id, params.sessionId, {
        reason: 'ended_by_user',
        actorId: actor.user!.id,
      });
      if (ended === actor.sessionId) reply.clearCookie(SESSION_COOKIE, { path: '/' });
    },
  }),
  route({
    method: 'GET',
    url: '/me/passkeys',
    action: 'me.passkeys',
    tag: 'Accounts',
    summary: 'Your passkeys',
    response: PasskeyList,
    handler: ({ actor, deps, reply }) => {
      noStore(reply);
      return listPasskeys(deps, actor.user!.id);
    },
  }),
  route({
    method: 'DELETE',
    url: '/me/passkeys/:passkeyId',
    action: 'me.passkeys',
    tag: 'Accounts',
    status: 204,
    summary: 'Remove one of your passkeys: it signs in no more',
    params: PasskeyParams,
    handler: async ({ params, actor, deps, reply }) => {
      noStore(reply);
      await removePasskey(deps, actor.user!.id, params.passkeyId);
    },
  }),
  route({
    method: 'GET',
    url: '/me/calendar-feed',
    action: 'me.calendar',
    tag: 'Accounts',
    summary: 'Whether you have a private calendar address, and since when (it is shown only when made)',
    response: CalendarFeedState,
    handler: ({ actor, deps, reply }) => {
      noStore(reply);
      return calendarFeedState(deps, actor.user!.id);
    },
  }),
];

export const accountRoutes: AnyRoute[] = [
  ...localeRoutes,
  ...userRoutes,
  ...sessionRoutes,
  route({
    method: 'POST',
    url: '/session',
    action: 'session.create',
    tag: 'Accounts',
    summary: 'Sign in with e-mail and password',
    body: SignIn,
    response: SessionInfo,
    status: 201,
    handler: async ({ body, deps, req, reply }) => {
      const { token, session } = await signIn(deps, body, req.ip);
      setSessionCookie(reply, deps.config, token, new Date(session.expiresAt));
      return session;
    },
  }),
  route({
    method: 'GET',
    url: '/session',
    action: 'session.read',
    tag: 'Accounts',
    summary: 'Who is signed in (null for nobody), and the CSRF token for writes',
    response: z.object({ user: CurrentUser.nullable(), csrfToken: z.string().nullable() }),
    handler: async ({ actor, reply }) => {
      noStore(reply); // it carries the CSRF token
      return { user: actor.user, csrfToken: actor.csrfToken };
    },
  }),
  route({
    method: 'POST',
    url: '/users',
    action: 'user.create',
    tag: 'Accounts',
    status: 201,
    summary: 'Open an account (the secretariat), optionally tied to a person of the directory',
    body: CreateUserInput,
    response: z.object({ id: z.uuid(), email: z.string(), role: z.string(), personId: z.uuid().nullable() }),
    handler: ({ body, actor, deps }) => addUser(deps, body, actor.user?.id ?? null),
  }),
  route({
    method: 'POST',
    url: '/password-reset',
    action: 'password.reset',
    tag: 'Accounts',
    status: 202,
    summary: 'Send a reset link to this address if it has an account (the answer is the same either way)',
    body: PasswordResetRequest,
    response: z.object({}),
    handler: async ({ body, deps }) => {
      await requestPasswordReset(deps, body.email);
      return {};
    },
  }),
  route({
    method: 'POST',
    url: '/password-reset/:token',
    action: 'password.reset',
    tag: 'Accounts',
    status: 204,
    summary: 'Set a new password with a reset link (once, within the hour); every session of the account ends',
    params: PasswordResetToken,
    body: PasswordResetSet,
    handler: ({ params, body, deps }) => resetPassword(deps, { token: params.token, password: body.password }),
  }),
  route({
    method: 'POST',
    url: '/me/calendar-feed',
    action: 'me.calendar',
    tag: 'Accounts',
    summary: 'A new private calendar address with the dialogues you take part in (the previous one stops working)',
    response: CalendarFeed,
    handler: ({ actor, deps, reply }) => {
      noStore(reply);
      return rotateCalendarFeed(deps, actor.user!.id);
    },
  }),
  route({
    method: 'POST',
    url: '/session/passkey-options',
    action: 'session.create',
    tag: 'Accounts',
    summary: 'Start signing in with a passkey: a challenge for the browser',
    response: PasskeySignInOptions,
    handler: ({ deps, req }) => authenticationOptions(deps, relyingParty(deps, req)),
  }),
  route({
    method: 'POST',
    url: '/session/passkey',
    action: 'session.create',
    tag: 'Accounts',
    status: 201,
    summary: "Sign in with the browser's answer to the passkey challenge",
    body: PasskeyResponse,
    response: SessionInfo,
    handler: async ({ body, deps, req, reply }) => {
      const { token, session } = await signInWithPasskey(deps, relyingParty(deps, req), body, req.ip);
      setSessionCookie(reply, deps.config, token, new Date(session.expiresAt));
      return session;
    },
  }),
  route({
    method: 'POST',
    url: '/passkeys/options',
    action: 'passkey.register',
    tag: 'Accounts',
    summary: 'Start adding a passkey to your account',
    response: PasskeyCreationOptions,
    handler: ({ actor, deps, req }) => registrationOptions(deps, actor, relyingParty(deps, req)),
  }),
  route({
    method: 'POST',
    url: '/passkeys',
    action: 'passkey.register',
    tag: 'Accounts',
    status: 204,
    summary: 'Add the passkey the browser created',
    body: PasskeyResponse,
    handler: ({ body, actor, deps, req }) => registerPasskey(deps, actor, relyingParty(deps, req), body),
  }),
  route({
    method: 'GET',
    url: '/account-setup/:token',
    action: 'account.setup',
    tag: 'Accounts',
    summary: "What an account link opens: the invited person's address",
    params: AccountSetupToken,
    response: AccountSetupInfo,
    handler: ({ params, deps }) => getAccountSetup(deps, params.token),
  }),
  route({
    method: 'POST',
    url: '/account-setup/:token',
    action: 'account.setup',
    tag: 'Accounts',
    status: 201,
    summary: "Open the invited person's account, with a password or (leaving it out) to add a passkey next; signs in",
    params: AccountSetupToken,
    body: AccountSetupComplete,
    response: SessionInfo,
    handler: async ({ params, body, deps, reply }) => {
      const { token, session } = await completeAccountSetup(
        deps,
        params.token,
        body.method === 'password' ? body.password : undefined,
      );
      setSessionCookie(reply, deps.config, token, new Date(session.expiresAt));
      return session;
    },
  }),
  route({
    method: 'DELETE',
    url: '/session',
    action: 'session.delete',
    tag: 'Accounts',
    summary: 'Sign out',
    status: 204,
    handler: async ({ actor, deps, reply }) => {
      await signOut(deps, { actor });
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
    },
  }),
];
