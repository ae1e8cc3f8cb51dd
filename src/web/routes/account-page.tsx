import { useState } from 'react';
import { Link } from 'wouter';
import { formatDate, formatDateTime } from '../../shared/i18n/locale-format.ts';
import { localize } from '../../shared/localize.ts';
import { api } from '../api/client.ts';
import { ErrorNote, Loading } from '../components/status.tsx';
import { LocalTime } from '../components/zone-times.tsx';
import { useAsync } from '../components/use-async.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { useSession } from '../session.tsx';

/**
 * The signed-in user's own account: the sessions open in their name (this one marked; any other can
 * be ended, which signs that browser out and closes its live rooms), their passkeys, and their
 * private calendar address (made anew here; only its hash is kept, so it shows once).
 */
export function AccountPage() {
  const { t } = useI18n();
  const { user, ready } = useSession();
  if (!ready) return <Loading label={t('common.loading')} />;
  if (!user)
    return (
      <>
        <h1>{t('account.title')}</h1>
        <p>
          <Link href="/sign-in">{t('account.signInFirst')}</Link>
        </p>
      </>
    );
  return (
    <>
      <h1>{t('account.title')}</h1>
      <p className="muted address">{user.email}</p>
      <p className="muted">{t('account.intro')}</p>
      <Institutions />
      <Sessions />
      <Passkeys />
      <CalendarAddress />
    </>
  );
}

const zone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The institutions the user acts for today, and how: what lets them move actions and sign off. */
function Institutions() {
  const { t, lang } = useI18n();
  const list = useAsync(() => api.account.memberships(), 'memberships');
  if (list.error) return <ErrorNote>{t('common.error', { message: list.error.message })}</ErrorNote>;
  if (!list.data) return null;
  const current = list.data.filter((m) => m.current);
  return (
    <section aria-labelledby="institutions">
      <h2 id="institutions">{t('account.memberships')}</h2>
      {current.length === 0 ? (
        <p className="muted">{t('account.noMemberships')}</p>
      ) : (
        <ul className="history">
          {current.map((m) => (
            <li key={m.id}>
              <Link href={`/directory/organizations/${m.organizationId}`}>
                {localize(m.organizationName, [lang, 'en', 'ru']).text}
              </Link>{' '}
              <span className={m.role === 'focal_point' ? 'badge badge-ok' : 'badge'}>
                {t(`memberships.role.${m.role}`)}
              </span>{' '}
              <span className="muted">{t('memberships.since', { from: formatDate(m.validFrom, lang) })}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

function Sessions() {
  const { t, lang } = useI18n();
  const list = useAsync(() => api.account.sessions(), 'sessions');
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const end = async (id: string) => {
    setBusy(true);
    setNote(null);
    setFailure(null);
    try {
      await api.account.endSession(id);
      setNote(t('account.ended'));
    } catch (err) {
      setFailure(t('common.error', { message: message(err) }));
    } finally {
      setBusy(false);
      list.reload();
    }
  };
  const items = list.data ?? [];
  return (
    <section aria-labelledby="account-sessions">
      <h2 id="account-sessions">{t('account.sessions')}</h2>
      <p className="muted">{t('account.sessionsIntro')}</p>
      <p role="status" aria-live="polite">
        {note}
      </p>
      {failure && <ErrorNote>{failure}</ErrorNote>}
      {list.error && <ErrorNote>{t('common.error', { message: list.error.message })}</ErrorNote>}
      {!list.data && !list.error && <Loading label={t('common.loading')} />}
      <ul className="account-list">
        {items.map((s) => {
          const started = formatDateTime(s.createdAt, zone(), lang);
          return (
            <li key={s.id} className="editor-box" data-session={s.current ? 'current' : 'other'}>
              <dl className="facts">
                <dt>{t('account.startedAt')}</dt>
                <dd>
                  <LocalTime iso={s.createdAt} />{' '}
                  {s.current && <span className="badge badge-ok">{t('account.current')}</span>}
                </dd>
                <dt>{t('account.expiresAt')}</dt>
                <dd>
                  <LocalTime iso={s.expiresAt} />
                </dd>
              </dl>
              {!s.current && (
                <div className="actions">
                  <button
                    type="button"
                    className="button-secondary"
                    disabled={busy}
                    aria-label={t('account.endLabel', { date: started })}
                    onClick={() => void end(s.id)}
                  >
                    {t('account.end')}
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {list.data && items.every((s) => s.current) && <p>{t('account.noOther')}</p>}
    </section>
  );
}

function Passkeys() {
  const { t, lang } = useI18n();
  const list = useAsync(() => api.account.passkeys(), 'passkeys');
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const run = async (work: () => Promise<void>, done: string) => {
    setBusy(true);
    setNote(null);
    setFailure(null);
    try {
      await work();
      setNote(done);
    } catch (err) {
      setFailure(t('common.error', { message: message(err) }));
    } finally {
      setBusy(false);
      list.reload();
    }
  };
  return (
    <section aria-labelledby="account-passkeys">
      <h2 id="account-passkeys">{t('account.passkeys')}</h2>
      <p className="muted">{t('account.passkeysIntro')}</p>
      <p role="status" aria-live="polite">
        {note}
      </p>
      {failure && <ErrorNote>{failure}</ErrorNote>}
      {list.error && <ErrorNote>{t('common.error', { message: list.error.message })}</ErrorNote>}
      {list.data?.length === 0 && <p>{t('account.noPasskeys')}</p>}
      <ul className="account-list">
        {(list.data ?? []).map((p) => {
          const added = `${formatDateTime(p.createdAt, zone(), lang)} (${zone()})`;
          return (
            <li key={p.id} className="editor-box">
              <span>{t('account.passkeyAddedOn', { date: added })}</span>
              <div className="actions">
                <button
                  type="button"
                  className="button-secondary"
                  disabled={busy}
                  aria-label={t('account.removePasskeyLabel', { date: added })}
                  onClick={() => void run(() => api.account.removePasskey(p.id), t('account.passkeyRemoved'))}
                >
                  {t('account.removePasskey')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      <div className="actions">
        <button
          className="button-primary"
          type="button"
          disabled={busy}
          onClick={() => void run(() => api.session.addPasskey(), t('account.passkeyAdded'))}
        >
          {t('account.addPasskey')}
        </button>
      </div>
    </section>
  );
}

function CalendarAddress() {
  const { t, lang } = useI18n();
  const state = useAsync(() => api.account.calendarFeed(), 'calendar-feed');
  const [url, setUrl] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const rotate = async () => {
    setBusy(true);
    setFailure(null);
    try {
      setUrl((await api.account.rotateCalendarFeed()).url);
    } catch (err) {
      setFailure(t('common.error', { message: message(err) }));
    } finally {
      setBusy(false);
      state.reload();
    }
  };
  const since = state.data?.createdAt ?? null;
  return (
    <section aria-labelledby="account-calendar">
      <h2 id="account-calendar">{t('account.calendar')}</h2>
      <p className="muted">{t('account.calendarIntro')}</p>
      {state.error && <ErrorNote>{t('common.error', { message: state.error.message })}</ErrorNote>}
      {state.data && !url && (
        <p>
          {since
            ? t('account.calendarSince', { date: `${formatDateTime(since, zone(), lang)} (${zone()})` })
            : t('account.calendarNone')}
        </p>
      )}
      {url && (
        <div className="field">
          <label htmlFor="calendar-url">{t('account.calendarNew')}</label>
          <input id="calendar-url" className="address" readOnly value={url} onFocus={(e) => e.target.select()} />
        </div>
      )}
      {failure && <ErrorNote>{failure}</ErrorNote>}
      <div className="actions">
        <button className="button-primary" type="button" disabled={busy || !state.data} onClick={() => void rotate()}>
          {since || url ? t('account.calendarRotate') : t('account.calendarMake')}
        </button>
      </div>
    </section>
  );
}
