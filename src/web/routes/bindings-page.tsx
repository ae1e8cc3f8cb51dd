import { useState } from 'react';
import { Link } from 'wouter';
import type { Binding } from '../../shared/contracts/accounts.ts';
import { LocalTime } from '../components/zone-times.tsx';
import { localize } from '../../shared/localize.ts';
import { api, ApiError } from '../api/client.ts';
import { ErrorNote, Loading } from '../components/status.tsx';
import { useAsync } from '../components/use-async.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { EmptyState } from '../components/empty-state.tsx';

/**
 * For the secretariat: accounts opened from an invitation sent to an address the directory does not
 * hold for the person, waiting to be tied to that person. Each shows who, the two addresses and the
 * invitation, with Confirm and Refuse; the server decides (and refuses a person who has an account).
 */
export function BindingsPage() {
  const { t, lang } = useI18n();
  const list = useAsync(() => api.bindings.list('pending'), 'bindings');
  const [busy, setBusy] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  if (list.error) {
    const status = list.error instanceof ApiError ? list.error.status : 0;
    return (
      <>
        <h1>{t('bindings.title')}</h1>
        <ErrorNote>
          {status === 401 || status === 403
            ? t('bindings.refusedAccess')
            : t('common.error', { message: list.error.message })}
        </ErrorNote>
      </>
    );
  }
  if (!list.data) return <Loading label={t('common.loading')} />;

  const nameOf = (b: Binding) => localize(b.person.name, [lang, 'en', 'ru']).text;
  const decide = async (b: Binding, decision: 'confirm' | 'refuse') => {
    setBusy(b.id);
    setNote(null);
    setFailure(null);
    try {
      await api.bindings.decide(b.id, { decision, version: b.version });
      setNote(
        t(decision === 'confirm' ? 'bindings.confirmed' : 'bindings.refused', {
          email: b.user.email,
          name: nameOf(b),
        }),
      );
    } catch (err) {
      const person = err instanceof ApiError && err.problem.errors?.some((e) => e.code === 'person_has_account');
      setFailure(
        person
          ? t('bindings.personHasAccount', { name: nameOf(b) })
          : t('common.error', { message: err instanceof Error ? err.message : String(err) }),
      );
    } finally {
      setBusy(null);
      list.reload();
    }
  };

  return (
    <>
      <h1>{t('bindings.title')}</h1>
      <p className="muted">{t('bindings.intro')}</p>
      <p role="status" aria-live="polite">
        {note}
      </p>
      {failure && <ErrorNote>{failure}</ErrorNote>}
      {list.data.length === 0 && (
        <EmptyState hint={t('chrome.empty.bindings')} action={<Link href="/users">{t('chrome.empty.toUsers')}</Link>}>
          {t('bindings.empty')}
        </EmptyState>
      )}
      <ul className="bindings">
        {list.data.map((b) => {
          const name = nameOf(b);
          return (
            <li key={b.id} className="editor-box">
              <h2>{name}</h2>
              <dl className="facts">
                <dt>{t('bindings.accountEmail')}</dt>
                <dd className="address">{b.user.email}</dd>
                <dt>{t('bindings.directoryEmail')}</dt>
                <dd className="address">{b.person.directoryEmail ?? t('bindings.noDirectoryEmail')}</dd>
                <dt>{t('bindings.invitation')}</dt>
                <dd>
                  {b.invitation ? (
                    <>
                      <Link href={`/dialogues/${b.invitation.dialogueId}`}>
                        {localize(b.invitation.dialogueTitle, [lang, 'en', 'ru']).text}
                      </Link>
                      {' · '}
                      <span className="address">{b.invitation.email}</span>
                    </>
                  ) : (
                    t('bindings.noInvitation')
                  )}
                </dd>
                <dt>{t('bindings.requestedAt')}</dt>
                <dd>
                  <LocalTime iso={b.requestedAt} />
                </dd>
              </dl>
              <div className="actions wrap">
                <button
                  className="button-primary"
                  type="button"
                  disabled={busy !== null}
                  aria-label={t('bindings.confirmLabel', { email: b.user.email, name })}
                  onClick={() => void decide(b, 'confirm')}
                >
                  {t('bindings.confirm')}
                </button>
                <button
                  type="button"
                  className="button-secondary"
                  disabled={busy !== null}
                  aria-label={t('bindings.refuseLabel', { email: b.user.email, name })}
                  onClick={() => void decide(b, 'refuse')}
                >
                  {t('bindings.refuse')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </>
  );
}
