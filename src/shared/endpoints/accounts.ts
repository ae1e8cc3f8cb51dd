import { endpoint } from '../contracts/contract.ts';

/** The secretariat's accounts (schemas: contracts/accounts.ts). */
export const userEndpoints = {
  list: endpoint('users.list', 'GET', '/users'),
  create: endpoint('users.create', 'POST', '/users'),
  update: endpoint('users.update', 'PATCH', '/users/:id'),
  sessions: endpoint('users.sessions', 'GET', '/users/:id/sessions'),
  endSession: endpoint('users.endSession', 'DELETE', '/users/:id/sessions/:sessionId'),
  endSessions: endpoint('users.endSessions', 'DELETE', '/users/:id/sessions'),
};

/** Accounts waiting to be tied to a directory person. */
export const bindingEndpoints = {
  list: endpoint('bindings.list', 'GET', '/bindings'),
  decide: endpoint('bindings.decide', 'POST', '/bindings/:id/decision'),
};

/** Signing in and out (schemas: contracts/sessions.ts). */
export const sessionEndpoints = {
  read: endpoint('session.read', 'GET', '/session'),
  signIn: endpoint('session.signIn', 'POST', '/session'),
  signOut: endpoint('session.signOut', 'DELETE', '/session'),
  passkeyOptions: endpoint('session.passkeyOptions', 'POST', '/session/passkey-options'),
  passkey: endpoint('session.passkey', 'POST', '/session/passkey'),
  requestReset: endpoint('session.requestReset', 'POST', '/password-reset'),
  reset: endpoint('session.reset', 'POST', '/password-reset/:token'),
  setupInfo: endpoint('session.setupInfo', 'GET', '/account-setup/:token'),
  setup: endpoint('session.setup', 'POST', '/account-setup/:token'),
};

/** The signed-in user's own: sessions, passkeys, the private calendar address, the interface language. */
export const meEndpoints = {
  sessions: endpoint('me.sessions', 'GET', '/me/sessions'),
  endSession: endpoint('me.endSession', 'DELETE', '/me/sessions/:sessionId'),
  passkeys: endpoint('me.passkeys', 'GET', '/me/passkeys'),
  removePasskey: endpoint('me.removePasskey', 'DELETE', '/me/passkeys/:passkeyId'),
  passkeyOptions: endpoint('me.passkeyOptions', 'POST', '/passkeys/options'),
  addPasskey: endpoint('me.addPasskey', 'POST', '/passkeys'),
  calendarFeed: endpoint('me.calendarFeed', 'GET', '/me/calendar-feed'),
  rotateCalendarFeed: endpoint('me.rotateCalendarFeed', 'POST', '/me/calendar-feed'),
  setLocale: endpoint('me.setLocale', 'PATCH', '/me/locale'),
};
