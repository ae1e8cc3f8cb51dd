/**
 * The web app's page addresses, in wouter's syntax (`:name` is one path segment). The app routes
 * with them (src/web/app.tsx); the server answers the app's index.html for these addresses only and
 * 404 for any other, and robots.txt keeps crawlers out of the private ones. One list, so they cannot drift.
 */
export const APP_ROUTES = {
  dialogues: '/',
  dialogueNew: '/dialogues/new',
  dialogueEdit: '/dialogues/:id/edit',
  liveRoom: '/dialogues/:id/live',
  liveProjector: '/dialogues/:id/live/projector',
  clearance: '/dialogues/:id/clearance',
  dialogue: '/dialogues/:id',
  signIn: '/sign-in',
  forgotPassword: '/forgot-password',
  resetPassword: '/reset-password/:token',
  account: '/account',
  outbox: '/outbox',
  bindings: '/bindings',
  users: '/users',
  audit: '/audit',
  jobs: '/jobs',
  setupAccount: '/setup-account/:token',
  search: '/search',
  directory: '/directory',
  references: '/references',
  referenceDocument: '/references/:id',
  provision: '/references/:id/provisions/:pid',
  organization: '/directory/organizations/:id',
  person: '/directory/people/:id',
  tracker: '/tracker',
  trackerDocument: '/tracker/:id',
  action: '/actions/:id',
  organizationNew: '/directory/organizations/new',
  organizationEdit: '/directory/organizations/:id/edit',
  personNew: '/directory/people/new',
  personEdit: '/directory/people/:id/edit',
  referenceNew: '/references/new',
  referenceEdit: '/references/:id/edit',
} as const;

export type AppRoute = keyof typeof APP_ROUTES;

/**
 * Pages no crawler has business with: signing in, one's account, the secretariat's administration,
 * and a dialogue's editing, live room and clearing. The news site (`/news`) is what the public reads.
 */
export const PRIVATE_APP_ROUTES: readonly AppRoute[] = [
  'dialogueNew',
  'dialogueEdit',
  'liveRoom',
  'liveProjector',
  'clearance',
  'signIn',
  'forgotPassword',
  'resetPassword',
  'account',
  'outbox',
  'bindings',
  'users',
  'audit',
  'jobs',
  'setupAccount',
  'organizationNew',
  'organizationEdit',
  'personNew',
  'personEdit',
  'referenceNew',
  'referenceEdit',
];

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** As wouter matches (regexparam): whole path, a parameter is one non-empty segment, case-insensitive, an optional trailing slash. */
const matchers = Object.values(APP_ROUTES).map((pattern) => {
  const body = pattern
    .split('/')
    .filter(Boolean)
    .map((segment) => (segment.startsWith(':') ? '/[^/]+' : `/${escapeRegExp(segment)}`))
    .join('');
  return new RegExp(`^${body}/?$`, 'i');
});

/** Whether the web app has a page at this path (no query string). */
export const isAppPath = (path: string): boolean => matchers.some((m) => m.test(path));

/** A route pattern as a robots.txt path (RFC 9309, a prefix): a parameter becomes `*`, any characters. */
export const robotsPath = (pattern: string): string =>
  pattern
    .split('/')
    .map((segment) => (segment.startsWith(':') ? '*' : segment))
    .join('/')
    .replace(/\*$/, '');
