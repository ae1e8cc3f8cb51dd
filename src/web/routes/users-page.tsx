import { useState } from 'react';
import type { UserAccount, UserState } from '../../shared/contracts/accounts.ts';
import { api, ApiError } from '../api/client.ts';
import { ErrorNote, Loading } from '../components/status.tsx';
import { useAsync } from '../components/use-async.ts';
import { UserItem, type UserChange } from '../features/users/user-item.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import { useSession } from '../session.tsx';

/**
 * For the secretariat: every account, found by e-mail or name and by state, with its role, the
 * person it stands for and its sessions. Each change (a role, disabling, enabling, ending the
 * sessions) is confirmed first; the server decides, and refuses an admin's change to their own account.
 */
export function UsersPage() {
  const { t } = useI18n();
  const { user } = useSession();
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  const [state, setState] = useState<UserState>('all');
  const list = useAsync(() => api.users.list({ q, state }), `users:${state}:${q}`);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  if (list.error) {
    const status = list.error instanceof ApiError ? list.error.status : 0;
    return (
      <>
        <h1>{t('users.title')}</h1>
        <ErrorNote>
          {status === 401 || status === 403
            ? t('users.refusedAccess')
            : t('common.error', { message: list.error.message })}
        </ErrorNote>
      </>
    );
  }

  const apply = async (account: UserAccount, change: UserChange) => {
    setBusy(true);
    setNote(null);
    setFailure(null);
    const { email } = account;
    try {
      if (change === 'endSessions') {
        await api.users.endSessions(account.id);
        setNote(t('users.sessionsEnded', { email }));
      } else if (change === 'disable' || change === 'enable') {
        await api.users.update(account.id, { version: account.version, disabled: change === 'disable' });
        setNote(t(change === 'disable' ? 'users.disabled' : 'users.enabled', { email }));
      } else {
        const role = change === 'makeAdmin' ? 'admin' : 'member';
        await api.users.update(account.id, { version: account.version, role });
        setNote(t('users.roleChanged', { email, role: t(role === 'admin' ? 'users.roleAdmin' : 'users.roleMember') }));
      }
    } catch (err) {
      const stale = err instanceof ApiError && err.status === 409 && err.problem.code === 'version_conflict';
      setFailure(
        stale ? t('users.stale') : t('common.error', { message: err instanceof Error ? err.message : String(err) }),
      );
    } finally {
      setBusy(false);
      list.reload();
    }
  };

  return (
    <>
      <h1>{t('users.title')}</h1>
      <p className="muted">{t('users.intro')}</p>
      <form
        role="search"
        className="users-filter"
        onSubmit={(e) => {
          e.preventDefault();
          setQ(typed.trim());
        }}
      >
        <div>
          <label htmlFor="users-q">{t('users.search')}</label>
          <input
            id="users-q"
            type="search"
            value={typed}
            autoComplete="off"
            onChange={(e) => setTyped(e.target.value)}
            aria-controls="users-list"
          />
        </div>
        <div>
          <label htmlFor="users-state">{t('users.state')}</label>
          <select
            id="users-state"
            value={state}
            onChange={(e) => setState(e.target.value as UserState)}
            aria-controls="users-list"
          >
            <option value="all">{t('users.stateAll')}</option>
            <option value="active">{t('users.stateActive')}</option>
            <option value="disabled">{t('users.stateDisabled')}</option>
          </select>
        </div>
        <button className="button-primary" type="submit">
          {t('users.searchButton')}
        </button>
      </form>
      <p role="status" aria-live="polite" className="users-note">
        {note}
      </p>
      {failure && <ErrorNote>{failure}</ErrorNote>}
      {!list.data ? (
        <Loading label={t('common.loading')} />
      ) : (
        <>
          <p className="muted">
            {list.data.length === 0 ? t('users.empty') : t('users.count', { count: list.data.length })}
          </p>
          {list.data.length === 0 && <p className="muted">{t('chrome.empty.users')}</p>}
          <ul className="users" id="users-list" aria-busy={list.loading}>
            {list.data.map((a) => (
              <UserItem
                key={a.id}
                account={a}
                own={a.id === user?.id}
                busy={busy}
                onChange={(change) => void apply(a, change)}
              />
            ))}
          </ul>
        </>
      )}
    </>
  );
}
