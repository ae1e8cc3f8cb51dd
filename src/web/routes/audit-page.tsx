import { useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import type { AuditEntry, AuditFilters } from '../../shared/contracts/audit.ts';
import type { MessageKey } from '../../shared/i18n/messages-en.ts';
import { MultiText } from '../components/multi-text.tsx';
import { api, ApiError } from '../api/client.ts';
import { useFaultText } from '../components/form.tsx';
import { ErrorNote, Loading } from '../components/status.tsx';
import { useAsync } from '../components/use-async.ts';
import { LocalTime } from '../components/zone-times.tsx';
import { AuditFiltersForm } from '../features/audit/audit-filters.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';

const FIELD_LABELS: Record<string, MessageKey> = {
  'query.user': 'audit.actor',
  'query.dialogue': 'audit.dialogue',
  'query.kind': 'audit.kind',
  'query.from': 'audit.from',
  'query.to': 'audit.to',
};

/**
 * For the secretariat: who did what and when. Filters (who, dialogue, kind, from, to), the entries
 * newest first with their times in the viewer's zone, "load more" (the next page after the last one
 * shown), and the CSV of the same filter. The server decides who may read it.
 */
export function AuditPage() {
  const { t } = useI18n();
  const say = useFaultText();
  const [filters, setFilters] = useState<AuditFilters>({});
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [next, setNext] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const choices = useAsync(async () => {
    const [accounts, dialogues] = await Promise.all([api.users.list(), api.dialogues.list({ limit: 100 })]);
    return { accounts, dialogues: dialogues.items };
  }, 'audit-choices');

  // Only the latest request's answer is shown: an earlier filter's, arriving late, is dropped.
  const latest = useRef(0);
  const load = async (f: AuditFilters, before?: number) => {
    const asked = ++latest.current;
    setBusy(true);
    setError(null);
    try {
      const page = await api.audit.list(f, before);
      if (asked !== latest.current) return;
      setEntries((shown) => (before && shown ? [...shown, ...page.items] : page.items));
      setNext(page.next);
    } catch (err) {
      if (asked !== latest.current) return;
      setError(err);
      if (!before) setEntries([]);
    } finally {
      if (asked === latest.current) setBusy(false);
    }
  };
  useEffect(() => {
    void load(filters);
  }, [filters]);

  const status = error instanceof ApiError ? error.status : 0;
  if (status === 401 || status === 403)
    return (
      <>
        <h1>{t('audit.title')}</h1>
        <ErrorNote>{t('audit.refusedAccess')}</ErrorNote>
      </>
    );
  const fault = error instanceof ApiError && status === 400 ? error.problem.errors?.[0] : undefined;

  return (
    <>
      <h1>{t('audit.title')}</h1>
      <p className="muted">{t('audit.intro')}</p>
      {choices.data ? (
        <AuditFiltersForm
          accounts={choices.data.accounts}
          dialogues={choices.data.dialogues}
          value={filters}
          onApply={setFilters}
        />
      ) : (
        <Loading label={t('common.loading')} />
      )}
      {fault ? (
        <ErrorNote>
          {t('audit.badFilter', {
            field: FIELD_LABELS[fault.path] ? t(FIELD_LABELS[fault.path]!) : fault.path,
            message: say(fault) ?? fault.message,
          })}
        </ErrorNote>
      ) : error ? (
        <ErrorNote>{t('common.error', { message: error instanceof Error ? error.message : String(error) })}</ErrorNote>
      ) : null}
      <p>
        <a href={api.audit.csvUrl(filters)} download>
          {t('audit.csv')}
        </a>
      </p>
      {entries === null ? (
        <Loading label={t('common.loading')} />
      ) : (
        <>
          <p className="muted" role="status" aria-live="polite">
            {entries.length === 0 ? t('audit.empty') : t('audit.count', { count: entries.length })}
          </p>
          <ul className="users" id="audit-list" aria-busy={busy}>
            {entries.map((e) => (
              <li key={e.id} className="editor-box">
                <p>
                  <strong>
                    <code>{e.type}</code>
                  </strong>{' '}
                  · <LocalTime iso={e.at} />
                </p>
                <p>
                  {e.actor ? <span className="address">{e.actor.email ?? e.actor.id}</span> : t('audit.nobody')}
                  {e.dialogue && (
                    <>
                      {' · '}
                      <Link href={`/dialogues/${e.dialogue.id}`}>
                        {e.dialogue.title ? <MultiText value={e.dialogue.title} /> : e.dialogue.id}
                      </Link>
                    </>
                  )}
                </p>
                {e.summary && (
                  // The payload's fields and values, as stored: data, not text in the reader's language.
                  <p className="muted">
                    <code lang="zxx" translate="no">
                      {e.summary}
                    </code>
                  </p>
                )}
              </li>
            ))}
          </ul>
          {next !== null && (
            <button
              className="button-secondary"
              type="button"
              disabled={busy}
              aria-controls="audit-list"
              onClick={() => void load(filters, next)}
            >
              {t('audit.loadMore')}
            </button>
          )}
        </>
      )}
    </>
  );
}
