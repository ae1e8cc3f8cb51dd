import { Link } from 'wouter';
import { api } from '../api/client.ts';
import { ErrorNote, Loading } from '../components/status.tsx';
import { useAsync } from '../components/use-async.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { EmptyState } from '../components/empty-state.tsx';
import { LocalTime } from '../components/zone-times.tsx';

/** For admins: the messages the platform sent or holds, with their text (how the demo shows its mail). */
export function OutboxPage() {
  const { t } = useI18n();
  const list = useAsync(() => api.outbox(), 'outbox');
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
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
        <details key={m.id} className="editor-box">
          <summary>
            <strong>{m.subject}</strong> — {m.to} · <LocalTime iso={m.createdAt} zone={zone} /> ·{' '}
            {m.sentAt ? t('outbox.sent') : t('outbox.pending')}
          </summary>
          <pre className="publication-text">{m.text}</pre>
        </details>
      ))}
    </>
  );
}
