import { useState } from 'react';
import type { Job, JobState } from '../../shared/contracts/jobs.ts';
import { api, ApiError } from '../api/client.ts';
import { ErrorNote, Loading } from '../components/status.tsx';
import { useAsync } from '../components/use-async.ts';
import { LocalTime } from '../components/zone-times.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';

const STATES: JobState[] = ['dead', 'waiting', 'done'];

/**
 * For the secretariat: background jobs in one state, dead ones first of all (out of attempts, with
 * their last error), each of which can be run again from zero attempts. The server decides who may.
 */
export function JobsPage() {
  const { t } = useI18n();
  const [state, setState] = useState<JobState>('dead');
  const list = useAsync(() => api.jobs.list(state), `jobs-${state}`);
  const [note, setNote] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState<number | null>(null);

  const status = list.error instanceof ApiError ? list.error.status : 0;
  if (status === 401 || status === 403)
    return (
      <>
        <h1>{t('jobs.title')}</h1>
        <ErrorNote>{t('jobs.refusedAccess')}</ErrorNote>
      </>
    );
  const retry = async (job: Job) => {
    setBusy(job.id);
    setNote(null);
    setFailure(null);
    try {
      await api.jobs.retry(job.id);
      setNote(t('jobs.retried', { id: job.id }));
      list.reload();
    } catch (err) {
      setFailure(t('common.error', { message: err instanceof Error ? err.message : String(err) }));
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <h1>{t('jobs.title')}</h1>
      <p className="muted">{t('jobs.intro')}</p>
      <div className="users-filter">
        <div>
          <label htmlFor="job-state">{t('jobs.state')}</label>
          <select id="job-state" value={state} onChange={(e) => setState(e.target.value as JobState)}>
            {STATES.map((s) => (
              <option key={s} value={s}>
                {t(`jobs.state.${s}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p role="status" aria-live="polite" className="users-note">
        {note}
      </p>
      {failure && <ErrorNote>{failure}</ErrorNote>}
      {list.error && !status && <ErrorNote>{t('common.error', { message: list.error.message })}</ErrorNote>}
      {!list.data ? (
        <Loading label={t('common.loading')} />
      ) : list.data.length === 0 ? (
        <p className="muted">{state === 'dead' ? t('jobs.empty.dead') : t('jobs.empty.other')}</p>
      ) : (
        <ul className="users" id="jobs-list" aria-busy={list.loading}>
          {list.data.map((job) => (
            <li key={job.id} className="editor-box" data-state={job.state === 'dead' ? 'disabled' : undefined}>
              <h2>
                <code>{job.kind}</code> <span className="badge">#{job.id}</span>
              </h2>
              <dl className="facts">
                <dt>{t('jobs.stateLabel')}</dt>
                <dd>
                  {t(`jobs.state.${job.state}`)} ·{' '}
                  {t('jobs.attempts', { attempts: job.attempts, max: job.maxAttempts })}
                </dd>
                {job.deadAt ? (
                  <>
                    <dt>{t('jobs.deadAt')}</dt>
                    <dd>
                      <LocalTime iso={job.deadAt} />
                    </dd>
                  </>
                ) : job.doneAt ? (
                  <>
                    <dt>{t('jobs.doneAt')}</dt>
                    <dd>
                      <LocalTime iso={job.doneAt} />
                    </dd>
                  </>
                ) : (
                  <>
                    <dt>{t('jobs.runAt')}</dt>
                    <dd>
                      <LocalTime iso={job.runAt} />
                    </dd>
                  </>
                )}
                {job.lastError && (
                  <>
                    <dt>{t('jobs.lastError')}</dt>
                    <dd>
                      <pre className="job-error">{job.lastError}</pre>
                    </dd>
                  </>
                )}
              </dl>
              {job.state === 'dead' && (
                <div className="actions">
                  <button
                    className="button-primary"
                    type="button"
                    disabled={busy !== null}
                    onClick={() => void retry(job)}
                  >
                    {t('jobs.retry')}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
