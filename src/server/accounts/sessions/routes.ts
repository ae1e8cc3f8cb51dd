import type { FastifyReply } from 'fastify';
import { userContracts as U } from '../../../shared/contracts/accounts.ts';
import { meContracts as C } from '../../../shared/contracts/sessions.ts';
import { rotateCalendarFeed } from '../../convening/calendar-feed.ts';
import { serve, type AnyRoute } from '../../http/route.ts';
import { userIdOf } from '../../policy/actor.ts';
import { registerPasskey, registrationOptions, relyingParty } from '../passkeys.ts';
import { SESSION_COOKIE } from '../resolve-actor.ts';
import { setLocale } from '../users/set-locale.ts';
import { endAllSessions, endOneSession, listSessions } from './list-sessions.ts';
import { calendarFeedState, listPasskeys, removePasskey } from './own-account.ts';

/** Sessions, passkeys and feeds are per user: no cache, shared or private, keeps them. */
export const noStore = (reply: FastifyReply) => void reply.header('cache-control', 'no-store');

/** Listing and ending sessions (the secretariat's for any user, everyone's own), passkeys, the calendar feed. */
export const ownAccountRoutes: AnyRoute[] = [
  serve(U.sessions, {
    action: 'user.sessions',
    tag: 'Accounts',
    summary: "A user's open sessions (an opaque id, when each began and ends)",
    handler: ({ params, actor, deps, reply }) => {
      noStore(reply);
      return listSessions(deps, params.id, actor.sessionId, { mustExist: true });
    },
  }),
  serve(U.endSession, {
    action: 'user.sessions',
    tag: 'Accounts',
    status: 204,
    summary: "End one of a user's sessions, and its live connections, on every instance",
    handler: async ({ params, actor, deps, reply }) => {
      noStore(reply);
      await endOneSession(deps, params.id, params.sessionId, { reason: 'ended_by_admin', actorId: userIdOf(actor) });
    },
  }),
  serve(U.endSessions, {
    action: 'user.sessions',
    tag: 'Accounts',
    status: 204,
    summary: "End every session of a user (but the caller's own), and their live connections",
    handler: async ({ params, actor, deps, reply }) => {
      noStore(reply);
      await endAllSessions(deps, params.id, {
        reason: 'ended_by_admin',
        actorId: userIdOf(actor),
        except: actor.sessionId,
      });
    },
  }),
  serve(C.sessions, {
    action: 'me.sessions',
    tag: 'Accounts',
    summary: 'Your open sessions; `current` marks the one this request is made with',
    handler: ({ actor, deps, reply }) => {
      noStore(reply);
      return listSessions(deps, userIdOf(actor), actor.sessionId);
    },
  }),
  serve(C.endSession, {
    action: 'me.sessions',
    tag: 'Accounts',
    status: 204,
    summary: 'End one of your sessions (another device, or this one), and its live connections',
    handler: async ({ params, actor, deps, reply }) => {
      noStore(reply);
      const userId = userIdOf(actor);
      const { ended } = await endOneSession(deps, userId, params.sessionId, {
        reason: 'ended_by_user',
        actorId: userId,
      });
      if (ended === actor.sessionId) reply.clearCookie(SESSION_COOKIE, { path: '/' });
    },
  }),
  serve(C.passkeys, {
    action: 'me.passkeys',
    tag: 'Accounts',
    summary: 'Your passkeys',
    handler: ({ actor, deps, reply }) => {
      noStore(reply);
      return listPasskeys(deps, userIdOf(actor));
    },
  }),
  serve(C.removePasskey, {
    action: 'me.passkeys',
    tag: 'Accounts',
    status: 204,
    summary: 'Remove one of your passkeys: it signs in no more',
    handler: async ({ params, actor, deps, reply }) => {
      noStore(reply);
      await removePasskey(deps, userIdOf(actor), params.passkeyId);
    },
  }),
  serve(C.calendarFeed, {
    action: 'me.calendar',
    tag: 'Accounts',
    summary: 'Whether you have a private calendar address, and since when (it is shown only when made)',
    handler: ({ actor, deps, reply }) => {
      noStore(reply);
      return calendarFeedState(deps, userIdOf(actor));
    },
  }),
  serve(C.rotateCalendarFeed, {
    action: 'me.calendar',
    tag: 'Accounts',
    summary: 'A new private calendar address with the dialogues you take part in (the previous one stops working)',
    handler: ({ actor, deps, reply }) => {
      noStore(reply);
      return rotateCalendarFeed(deps, userIdOf(actor));
    },
  }),
  serve(C.passkeyOptions, {
    action: 'passkey.register',
    tag: 'Accounts',
    summary: 'Start adding a passkey to your account',
    handler: ({ actor, deps, req }) => registrationOptions(deps, actor, relyingParty(deps, req)),
  }),
  serve(C.addPasskey, {
    action: 'passkey.register',
    tag: 'Accounts',
    status: 204,
    summary: 'Add the passkey the browser created',
    handler: ({ body, actor, deps, req }) => registerPasskey(deps, actor, relyingParty(deps, req), body),
  }),
  serve(C.setLocale, {
    action: 'me.preferences',
    tag: 'Accounts',
    status: 204,
    summary: 'Your interface language, which the messages sent to you follow',
    handler: async ({ body, actor, deps }) => {
      await setLocale(deps, { userId: userIdOf(actor), locale: body.locale });
    },
  }),
];
