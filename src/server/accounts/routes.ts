import type { FastifyReply } from 'fastify';
import { userContracts as U } from '../../shared/contracts/accounts.ts';
import { sessionContracts as C } from '../../shared/contracts/sessions.ts';
import { requestPasswordReset, resetPassword } from './password-reset.ts';
import { completeAccountSetup, getAccountSetup } from './account-setup.ts';
import { authenticationOptions, relyingParty, signInWithPasskey } from './passkeys.ts';
import type { Config } from '../config.ts';
import { serve, type AnyRoute } from '../http/route.ts';
import { SESSION_COOKIE } from './resolve-actor.ts';
import { signIn } from './sign-in.ts';
import { signOut } from './sign-out.ts';
import { addUser } from './add-user.ts';
import { noStore, ownAccountRoutes } from './sessions/routes.ts';
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

export const accountRoutes: AnyRoute[] = [
  ...userRoutes,
  ...ownAccountRoutes,
  serve(C.signIn, {
    action: 'session.create',
    tag: 'Accounts',
    summary: 'Sign in with e-mail and password',
    status: 201,
    handler: async ({ body, deps, req, reply }) => {
      const { token, session } = await signIn(deps, body, req.ip);
      setSessionCookie(reply, deps.config, token, new Date(session.expiresAt));
      return session;
    },
  }),
  serve(C.read, {
    action: 'session.read',
    tag: 'Accounts',
    summary: 'Who is signed in (null for nobody), and the CSRF token for writes',
    handler: async ({ actor, reply }) => {
      noStore(reply); // it carries the CSRF token
      return { user: actor.user, csrfToken: actor.csrfToken };
    },
  }),
  serve(U.create, {
    action: 'user.create',
    tag: 'Accounts',
    status: 201,
    summary: 'Open an account (the secretariat), optionally tied to a person of the directory',
    handler: ({ body, actor, deps }) => addUser(deps, body, actor.user?.id ?? null),
  }),
  serve(C.requestReset, {
    action: 'password.reset',
    tag: 'Accounts',
    status: 202,
    summary: 'Send a reset link to this address if it has an account (the answer is the same either way)',
    handler: async ({ body, deps }) => {
      await requestPasswordReset(deps, body.email);
      return {};
    },
  }),
  serve(C.reset, {
    action: 'password.reset',
    tag: 'Accounts',
    status: 204,
    summary: 'Set a new password with a reset link (once, within the hour); every session of the account ends',
    handler: ({ params, body, deps }) => resetPassword(deps, { token: params.token, password: body.password }),
  }),
  serve(C.passkeyOptions, {
    action: 'session.create',
    tag: 'Accounts',
    summary: 'Start signing in with a passkey: a challenge for the browser',
    handler: ({ deps, req }) => authenticationOptions(deps, relyingParty(deps, req)),
  }),
  serve(C.passkey, {
    action: 'session.create',
    tag: 'Accounts',
    status: 201,
    summary: "Sign in with the browser's answer to the passkey challenge",
    handler: async ({ body, deps, req, reply }) => {
      const { token, session } = await signInWithPasskey(deps, relyingParty(deps, req), body, req.ip);
      setSessionCookie(reply, deps.config, token, new Date(session.expiresAt));
      return session;
    },
  }),
  serve(C.setupInfo, {
    action: 'account.setup',
    tag: 'Accounts',
    summary: "What an account link opens: the invited person's address",
    handler: ({ params, deps }) => getAccountSetup(deps, params.token),
  }),
  serve(C.setup, {
    action: 'account.setup',
    tag: 'Accounts',
    status: 201,
    summary: "Open the invited person's account, with a password or (leaving it out) to add a passkey next; signs in",
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
  serve(C.signOut, {
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
