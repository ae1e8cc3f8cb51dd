import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Link, useLocation, useRoute } from 'wouter';
import { APP_ROUTES } from '../../shared/app-routes.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { useProductHead } from './page-head.ts';
import { INTERFACE_LANGUAGES, isInterfaceLanguage } from '../../shared/i18n/translator.ts';
import { nativeLanguageName } from '../../shared/i18n/native-names.ts';
import { useSession } from '../session.tsx';
import { api } from '../api/client.ts';

interface NavLink {
  href: string;
  label: string;
  active: boolean;
}

/**
 * The chrome: a one-row header (name, language, who is signed in) and the navigation beneath it, the
 * everyday pages apart from the secretariat's. On a narrow screen the navigation folds behind a menu
 * button (a disclosure: it follows the button in the page, so Tab goes from the button into it).
 */
export function Layout({ children }: { children: ReactNode }) {
  const { t, lang, setLang } = useI18n();
  const { user, signOut } = useSession();
  useProductHead();
  const [location, navigate] = useLocation();
  // The menu is open at the address where it was opened: going anywhere else closes it.
  const [openAt, setOpenAt] = useState<string | null>(null);
  const menuOpen = openAt === location;
  const menuButton = useRef<HTMLButtonElement>(null);
  // The hall's projector shows the floor and nothing else: no header, no navigation.
  const [projector] = useRoute(APP_ROUTES.liveProjector);
  const everyday: NavLink[] = [
    { href: '/', label: t('nav.dialogues'), active: location === '/' || location.startsWith('/dialogues') },
    { href: '/directory', label: t('nav.directory'), active: location.startsWith('/directory') },
    { href: '/references', label: t('nav.references'), active: location.startsWith('/references') },
    {
      href: '/tracker',
      label: t('nav.tracker'),
      active: location.startsWith('/tracker') || location.startsWith('/actions'),
    },
    { href: '/search', label: t('nav.search'), active: location.startsWith('/search') },
  ];
  // The secretariat's pages, for admins only.
  const secretariat: NavLink[] =
    user?.role === 'admin'
      ? [
          { href: '/outbox', label: t('nav.outbox'), active: location.startsWith('/outbox') },
          { href: '/bindings', label: t('nav.bindings'), active: location.startsWith('/bindings') },
          { href: '/users', label: t('nav.users'), active: location.startsWith('/users') },
          { href: '/audit', label: t('nav.audit'), active: location.startsWith('/audit') },
          { href: '/jobs', label: t('nav.jobs'), active: location.startsWith('/jobs') },
        ]
      : [];
  const closeOnEscape = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !menuOpen) return;
    e.preventDefault();
    setOpenAt(null);
    menuButton.current?.focus();
  };
  // A link followed from the open menu: the menu folds away, so focus goes to the new page.
  const followed = () => {
    if (!menuOpen) return;
    setOpenAt(null);
    requestAnimationFrame(() => document.getElementById('main')?.focus());
  };
  const links = (items: NavLink[]) =>
    items.map((n) => (
      <li key={n.href}>
        <Link href={n.href} aria-current={n.active ? 'page' : undefined} onClick={followed}>
          {n.label}
        </Link>
      </li>
    ));
  if (projector)
    return (
      <main id="main" tabIndex={-1} className="bare">
        {children}
      </main>
    );
  return (
    <>
      <a className="skip" href="#main">
        {t('app.skip')}
      </a>
      <header className="top">
        <Link href="/" className="brand">
          {t('app.name')}
        </Link>
        <div className="tools">
          <label className="lang">
            <span className="visually-hidden">{t('nav.language')}</span>
            <select
              value={lang}
              onChange={(e) => {
                const value = e.target.value;
                if (!isInterfaceLanguage(value)) return;
                setLang(value);
                // Signed in, the choice is stored: it is the language of the e-mails sent to them.
                if (user) void api.account.setLocale(value === 'uz-Cyrl' ? 'uz' : value).catch(() => undefined);
              }}
              aria-label={t('nav.language')}
            >
              {INTERFACE_LANGUAGES.map((l) => (
                <option key={l} value={l} lang={l}>
                  {nativeLanguageName(l)}
                </option>
              ))}
            </select>
          </label>
          {user ? (
            <>
              <Link
                href="/account"
                className="who"
                title={t('auth.signedInAs', { email: user.email })}
                aria-current={location === '/account' ? 'page' : undefined}
              >
                {t('auth.signedInAs', { email: user.email })}
              </Link>
              <button
                type="button"
                className="button-quiet sign-out"
                onClick={() => void signOut().then(() => navigate('/'))}
              >
                {t('auth.signOut')}
              </button>
            </>
          ) : (
            <Link href="/sign-in" className="button-primary">
              {t('auth.signIn')}
            </Link>
          )}
        </div>
        <button
          ref={menuButton}
          type="button"
          className="button-secondary menu-button"
          aria-expanded={menuOpen}
          aria-controls="site-nav"
          onClick={() => setOpenAt(menuOpen ? null : location)}
          onKeyDown={closeOnEscape}
        >
          <span className="menu-icon" aria-hidden="true" />
          {t('chrome.menu')}
        </button>
      </header>
      <nav
        id="site-nav"
        className="site-nav"
        aria-label={t('nav.main')}
        data-open={menuOpen || undefined}
        onKeyDown={closeOnEscape}
      >
        <ul className="nav-list">
          {links(everyday)}
          {/* The news site is served as plain pages by the server, in the reader's language. */}
          <li>
            <a href={`/news?lang=${lang}`}>{t('nav.news')}</a>
          </li>
        </ul>
        {secretariat.length > 0 && (
          <div className="nav-group" role="group" aria-labelledby="nav-secretariat">
            <span id="nav-secretariat" className="nav-group-name">
              {t('chrome.secretariat')}
            </span>
            <ul className="nav-list">{links(secretariat)}</ul>
          </div>
        )}
      </nav>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
