import type { FastifyReply } from 'fastify';
import { CalendarFeed, PasswordResetRequest, PasswordResetSet, PasswordResetToken, SessionInfo, SignIn } from '../../shared/contracts/accounts.ts';
import { requestPasswordReset, resetPassword } from './password-reset.ts';
import { rotateCalendarFeed } from '../convening/calendar-feed.ts';
import type { Config } from '../config.ts';
import { route, type RouteSpec } from '../http/route.ts';
import { SESSION_COOKIE } from './resolve-actor.ts';
import { signIn } from './sign-in.ts';
import { signOut } from './sign-out.ts';
import { addUser } from './add-user.ts';
import { CreateUserInput } from './create-user.ts';
import { CurrentUser } from '../../shared/contracts/accounts.ts';
import { z } from 'zod';

function setSessionCookie(reply: FastifyReply, config: Config, token: string, expiresAt: Date) {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/', httpOnly: true, sameSite: 'lax', secure: config.cookieSecure, expires: expiresAt,
  });
}

export const accountRoutes: RouteSpec[] = [
  route({
    method: 'POST', url: '/session', action: 'session.create', tag: 'Accounts', summary: 'Sign in with e-mail and password',
    body: SignIn, response: SessionInfo, status: 201,
    handler: async ({ body, deps, reply }) => {
      const { token, session } = await signIn(deps, body);
      setSessionCookie(reply, deps.config, token, new Date(session.expiresAt));
      return session;
    },
  }),
  route({
    method: 'GET', url: '/session', action: 'session.read', tag: 'Accounts', summary: 'Who is signed in (null for nobody), and the CSRF token for writes',
    response: z.object({ user: CurrentUser.nullable(), csrfToken: z.string().nullable() }),
    handler: async ({ actor }) => ({ user: actor.user, csrfToken: actor.csrfToken }),
  }),
  route({
    method: 'POST', url: '/users', action: 'user.create', tag: 'Accounts', status: 201,
    summary: 'Open an account (the secretariat), optionally tied to a person of the directory',
    body: CreateUserInput, response: z.object({ id: z.uuid(), email: z.string(), role: z.string(), personId: z.uuid().nullable() }),
    handler: ({ body, deps }) => addUser(deps, body!),
  }),
  route({
    method: 'POST', url: '/password-reset', action: 'password.reset', tag: 'Accounts', status: 202,
    summary: 'Send a reset link to this address if it has an account (the answer is the same either way)',
    body: PasswordResetRequest, response: z.object({}),
    handler: async ({ body, deps }) => { await requestPasswordReset(deps, body!.email); return {}; },
  }),
  route({
    method: 'POST', url: '/password-reset/:token', action: 'password.reset', tag: 'Accounts', status: 204,
    summary: 'Set a new password with a reset link (once, within the hour); every session of the account ends',
    params: PasswordResetToken, body: PasswordResetSet,
    handler: ({ params, body, deps }) => resetPassword(deps, { token: params!.token, password: body!.password }),
  }),
  route({
    method: 'POST', url: '/me/calendar-feed', action: 'me.calendar', tag: 'Accounts',
    summary: 'A new private calendar address with the dialogues you take part in (the previous one stops working)',
    response: CalendarFeed,
    handler: ({ actor, deps }) => rotateCalendarFeed(deps, actor.user!.id),
  }),
  route({
    method: 'DELETE', url: '/session', action: 'session.delete', tag: 'Accounts', summary: 'Sign out', status: 204,
    handler: async ({ actor, deps, reply }) => {
      await signOut(deps, { actor });
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
    },
  }),
];
