import { LocalTime } from '../../components/zone-times.tsx';
import { useEffect, useId, useRef, useState } from 'react';
import type { UserAccount } from '../../../shared/contracts/accounts.ts';
import type { MessageKey } from '../../../shared/i18n/messages-en.ts';
import { localize } from '../../../shared/localize.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

export type UserChange = 'disable' | 'enable' | 'makeAdmin' | 'makeMember' | 'endSessions';

/** Each change: its button, and the question asked before it is made. */
const CHANGES: Record<UserChange, { button: MessageKey; confirm: MessageKey }> = {
  disable: { button: 'users.disable', confirm: 'users.confirmDisable' },
  enable: { button: 'users.enable', confirm: 'users.confirmEnable' },
  makeAdmin: { button: 'users.makeAdmin', confirm: 'users.confirmAdmin' },
  makeMember: { button: 'users.makeMember', confirm: 'users.confirmMember' },
  endSessions: { button: 'users.endSessions', confirm: 'users.confirmEndSessions' },
};

/**
 * One account of the secretariat's list: who, the person, role, sessions, state; and its changes,
 * each asked again in place before it is made. The admin's own account offers none.
 */
export function UserItem({
  account,
  own,
  busy,
  onChange,
}: {
  account: UserAccount;
  own: boolean;
  busy: boolean;
  onChange: (change: UserChange) => void;
}) {
  const { t, lang } = useI18n();
  const [asking, setAsking] = useState<UserChange | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const questionId = useId();
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
  }, [asking]);

  const when = (iso: string) => <LocalTime iso={iso} />;
  const disabled = account.disabledAt !== null;
  const { email } = account;
  const changes: UserChange[] = own
    ? []
    : [
        disabled ? 'enable' : 'disable',
        account.role === 'admin' ? 'makeMember' : 'makeAdmin',
        ...(account.openSessions > 0 ? (['endSessions'] as const) : []),
      ];

  return (
    <li className="editor-box" data-state={disabled ? 'disabled' : 'active'}>
      <h2>
        <span className="address">{email}</span>{' '}
        <span className={disabled ? 'badge badge-warn' : 'badge badge-ok'}>
          {t(disabled ? 'users.disabledBadge' : 'users.active')}
        </span>
      </h2>
      <dl className="facts">
        <dt>{t('users.person')}</dt>
        <dd>{account.personName ? localize(account.personName, [lang, 'en', 'ru']).text : t('users.noPerson')}</dd>
        <dt>{t('users.role')}</dt>
        <dd>{t(account.role === 'admin' ? 'users.roleAdmin' : 'users.roleMember')}</dd>
        <dt>{t('users.sessions')}</dt>
        <dd>{t('users.sessionsCount', { count: account.openSessions })}</dd>
        <dt>{t('users.lastSession')}</dt>
        <dd>{account.lastSessionAt ? when(account.lastSessionAt) : t('users.never')}</dd>
        <dt>{t('users.createdAt')}</dt>
        <dd>{when(account.createdAt)}</dd>
        {account.disabledAt && (
          <>
            <dt>{t('users.disabledBadge')}</dt>
            <dd>{when(account.disabledAt)}</dd>
          </>
        )}
      </dl>
      {own && <p className="muted">{t('users.you')}</p>}
      {asking ? (
        <div className="user-confirm" role="group" aria-labelledby={questionId}>
          <p id={questionId}>{t(CHANGES[asking].confirm, { email })}</p>
          <div className="actions wrap">
            <button
              ref={confirmRef}
              type="button"
              className={asking === 'disable' ? 'button-danger' : 'button-primary'}
              disabled={busy}
              onClick={() => {
                const change = asking;
                setAsking(null);
                onChange(change);
              }}
            >
              {t('users.confirm')}
            </button>
            <button type="button" className="button-secondary" onClick={() => setAsking(null)}>
              {t('users.cancel')}
            </button>
          </div>
        </div>
      ) : (
        changes.length > 0 && (
          <div className="actions wrap">
            {changes.map((change) => (
              <button
                key={change}
                type="button"
                className={change === 'disable' ? 'button-danger' : 'button-secondary'}
                disabled={busy}
                // The visible word first, then whose account: the accessible name holds what is seen.
                aria-label={t('users.actionLabel', { action: t(CHANGES[change].button), email })}
                onClick={() => setAsking(change)}
              >
                {t(CHANGES[change].button)}
              </button>
            ))}
          </div>
        )
      )}
    </li>
  );
}
