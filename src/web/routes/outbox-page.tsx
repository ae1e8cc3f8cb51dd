import { Link } from 'wouter';
import { api } from '../api/client.ts';
import { ErrorNote, Loading } from '../components/status.tsx';
import { useAsync } from '../components/use-async.ts';
import { LocalTime } from '../components/zone-times.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import { EmptyState } from '../components/empty-state.tsx';

/**
 * For admins: the messages the platform sent or holds, with their text (how the demo shows its mail),
 * and how delivery went: failed attempts, when the next one runs, when it was given up, the last error.
 */
export function OutboxPage() {
  const { t } = useI18n();
  const list = useAsync(() => api.outbox(), 'outbox');
  if (list.error) return <ErrorNote>{t('common.error', { message: list.error.message })}</ErrorNote>;
  if (!list.data) return <Loading label={t('common.loading')} />;
  return (
    <>
      <h1>{t('outbox.title')}</h1>
      <p className="muted">{t('outbox.intro')}</p>
      {list.data.length === 0 && (
        <EmptyState hint={t('chrome.empty.outbox')} action={<Link href="/">{t('chrome.empty.toDialogues')}</Link>}>
          {t('outbox.empty')}
        </EmptyState>
      )}
      {list.data.map((m) => (
        <details key={m.id} className="editor-box outbox-message" data-state={m.failedAt ? 'failed' : undefined}>
          <summary>
            <strong>{m.subject}</strong> — <span className="address">{m.to}</span> · <LocalTime iso={m.createdAt} /> ·{' '}
            {m.sentAt
              ? t('outbox.sent')
              : m.failedAt
                ? t('outbox.failed')
                : m.attempts > 0
                  ? t('outbox.retrying')
                  : t('outbox.pending')}
            {m.attempts > 0 && <> · {t('outbox.attempts', { count: m.attempts })}</>}
          </summary>
          {(m.nextAttemptAt || m.failedAt || m.error) && (
            <dl className="facts">
              {m.nextAttemptAt && (
                <>
                  <dt>{t('outbox.nextAttempt')}</dt>
                  <dd>
                    <LocalTime iso={m.nextAttemptAt} />
                  </dd>
                </>
              )}
              {m.failedAt && (
                <>
                  <dt>{t('outbox.failedAt')}</dt>
                  <dd>
                    <LocalTime iso={m.failedAt} />
                  </dd>
                </>
              )}
              {m.error && (
                <>
                  <dt>{t('outbox.lastError')}</dt>
                  <dd>
                    <pre className="job-error">{m.error}</pre>
                  </dd>
                </>
              )}
            </dl>
          )}
          <pre className="publication-text">{m.text}</pre>
        </details>
      ))}
    </>
  );
}
