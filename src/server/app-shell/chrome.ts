import type { CurrentUser } from '../../shared/contracts/accounts.ts';
import { INTERFACE_LANGUAGES, type InterfaceLanguage, type Translate } from '../../shared/i18n/translate.ts';
import { nativeLanguageName } from '../../shared/i18n/native-names.ts';
import { escape } from '../../public/html.ts';

interface NavLink {
  href: string;
  label: string;
  active: boolean;
}

/**
 * The web app's chrome as its Layout (src/web/components/layout.tsx) draws it on its first render at
 * `path`, the menu folded: the same elements and classes, so nothing moves when React takes over.
 * `main` is the page's markup, already escaped.
 */
export function chromeHtml(p: {
  t: Translate;
  lang: InterfaceLanguage;
  user: CurrentUser | null;
  path: string;
  main: string;
}): string {
  const { t, lang, user, path } = p;
  const everyday: NavLink[] = [
    { href: '/', label: t('nav.dialogues'), active: path === '/' || path.startsWith('/dialogues') },
    { href: '/directory', label: t('nav.directory'), active: path.startsWith('/directory') },
    { href: '/references', label: t('nav.references'), active: path.startsWith('/references') },
    {
      href: '/tracker',
      label: t('nav.tracker'),
      active: path.startsWith('/tracker') || path.startsWith('/actions'),
    },
    { href: '/search', label: t('nav.search'), active: path.startsWith('/search') },
  ];
  const secretariat: NavLink[] =
    user?.role === 'admin'
      ? [
          { href: '/outbox', label: t('nav.outbox'), active: path.startsWith('/outbox') },
          { href: '/bindings', label: t('nav.bindings'), active: path.startsWith('/bindings') },
          { href: '/users', label: t('nav.users'), active: path.startsWith('/users') },
          { href: '/audit', label: t('nav.audit'), active: path.startsWith('/audit') },
          { href: '/jobs', label: t('nav.jobs'), active: path.startsWith('/jobs') },
        ]
      : [];
  const links = (items: NavLink[]) =>
    items
      .map(
        (n) => `<li><a${n.active ? ' aria-current="page"' : ''} href="${escape(n.href)}">${escape(n.label)}</a></li>`,
      )
      .join('');
  const options = INTERFACE_LANGUAGES.map(
    (l) => `<option value="${l}" lang="${l}"${l === lang ? ' selected' : ''}>${escape(nativeLanguageName(l))}</option>`,
  ).join('');
  const who = user
    ? `<a href="/account" class="who" title="${escape(t('auth.signedInAs', { email: user.email }))}">${escape(
        t('auth.signedInAs', { email: user.email }),
      )}</a><button type="button" class="button-quiet sign-out">${escape(t('auth.signOut'))}</button>`
    : `<a href="/sign-in" class="button-primary">${escape(t('auth.signIn'))}</a>`;
  const group = secretariat.length
    ? `<div class="nav-group" role="group" aria-labelledby="nav-secretariat"><span id="nav-secretariat" class="nav-group-name">${escape(
        t('chrome.secretariat'),
      )}</span><ul class="nav-list">${links(secretariat)}</ul></div>`
    : '';
  return (
    `<a class="skip" href="#main">${escape(t('app.skip'))}</a>` +
    `<header class="top"><a href="/" class="brand">${escape(t('app.name'))}</a><div class="tools">` +
    `<label class="lang"><span class="visually-hidden">${escape(t('nav.language'))}</span>` +
    `<select aria-label="${escape(t('nav.language'))}">${options}</select></label>${who}</div>` +
    `<button type="button" class="button-secondary menu-button" aria-expanded="false" aria-controls="site-nav">` +
    `<span class="menu-icon" aria-hidden="true"></span>${escape(t('chrome.menu'))}</button></header>` +
    `<nav id="site-nav" class="site-nav" aria-label="${escape(t('nav.main'))}"><ul class="nav-list">${links(everyday)}` +
    `<li><a href="/news?lang=${lang}">${escape(t('nav.news'))}</a></li></ul>${group}</nav>` +
    `<main id="main" tabindex="-1">${p.main}</main>`
  );
}
