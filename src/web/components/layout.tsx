import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { UI_LANGUAGES } from '../../shared/multilingual.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { isUiLanguage } from '../../shared/i18n/translate.ts';
import { useSession } from '../session.tsx';

export function Layout({ children }: { children: ReactNode }) {
  const { t, lang, setLang } = useI18n();
  const { user, signOut } = useSession();
  const [location, navigate] = useLocation();
  const nav = [
    { href: '/', label: t('nav.dialogues'), active: location === '/' || location.startsWith('/dialogues') },
    { href: '/directory', label: t('nav.directory'), active: location.startsWith('/directory') },
    { href: '/references', label: t('nav.references'), active: location.startsWith('/references') },
    {
      href: '/tracker',
      label: t('nav.tracker'),
      active: location.startsWith('/tracker') || location.startsWith('/actions'),
    },
    { href: '/search', label: t('nav.search'), active: location.startsWith('/search') },
    ...(user?.role === 'admin'
      ? [
          { href: '/outbox', label: t('nav.outbox'), active: location.startsWith('/outbox') },
          { href: '/bindings', label: t('nav.bindings'), active: location.startsWith('/bindings') },
          { href: '/users', label: t('nav.users'), active: location.startsWith('/users') },
        ]
      : []),
  ];
  return (
    <>
      <a className="skip" href="#main">
        {t('app.skip')}
      </a>
      <header className="top">
        <Link href="/" className="brand">
          {t('app.name')}
        </Link>
        <nav aria-label={t('nav.main')}>
          <ul>
            {nav.map((n) => (
              <li key={n.href}>
                <Link href={n.href} aria-current={n.active ? 'page' : undefined}>
                  {n.label}
                </Link>
              </li>
            ))}
            {/* The news site is served as plain pages by the server, in the reader's language. */}
            <li>
              <a href={`/news?lang=${lang}`}>{t('nav.news')}</a>
            </li>
          </ul>
        </nav>
        <div className="tools">
          <label className="lang">
            <span className="visually-hidden">{t('nav.language')}</span>
            <select
              value={lang}
              onChange={(e) => isUiLanguage(e.target.value) && setLang(e.target.value)}
              aria-label={t('nav.language')}
            >
              {UI_LANGUAGES.map((l) => (
                <option key={l} value={l} lang={l}>
                  {t(`language.${l}`)}
                </option>
              ))}
            </select>
          </label>
          {user ? (
            <>
              <Link href="/account" className="muted who" aria-current={location === '/account' ? 'page' : undefined}>
                {t('auth.signedInAs', { email: user.email })}
              </Link>
              <button type="button" className="link" onClick={() => void signOut().then(() => navigate('/'))}>
                {t('auth.signOut')}
              </button>
            </>
          ) : (
            <Link href="/sign-in" className="button">
              {t('auth.signIn')}
            </Link>
          )}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
