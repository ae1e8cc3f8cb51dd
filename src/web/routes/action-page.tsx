import { useState } from 'react';
import { Link } from 'wouter';
import { ActionStatusValues } from '../../shared/contracts/enum-values.ts';
import type { ActionStatus } from '../../shared/contracts/enums.ts';
import type { ActionPage as ActionPageData } from '../../shared/contracts/tracker.ts';
import { formatDate } from '../../shared/i18n/locale-format.ts';
import { api, ApiError } from '../api/client.ts';
import { EditForm, Field, useErrorAt, useSubmission, EnumOptions } from '../components/form.tsx';
import { MultiText, useText } from '../components/multi-text.tsx';
import { ErrorNote, Loading } from '../components/status.tsx';
import { useAsync } from '../components/use-async.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { LocalTime } from '../components/zone-times.tsx';

/** An action: where it came from, who owns it, its provisions, and its history as a timeline. */
export function ActionPage({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const text = useText();
  const page = useAsync(() => api.tracker.action(id), id);
  if (page.error)
    return (
      <ErrorNote>
        {page.error instanceof ApiError && page.error.status === 404
          ? t('common.notFound')
          : t('common.error', { message: page.error.message })}
      </ErrorNote>
    );
  if (!page.data) return <Loading label={t('common.loading')} />;
  const p = page.data;
  const a = p.action;
  return (
    <article className="action">
      <p className="muted">
        <Link href={`/dialogues/${p.dialogue.id}#outcome-${a.id}`}>
          <MultiText value={p.dialogue.title} />
        </Link>{' '}
        · {formatDate(p.dialogue.startsAt.slice(0, 10), lang)}
      </p>
      <h1>
        <MultiText value={a.text} />
      </h1>
      <dl className="facts">
        <dt>{t('tracker.kind')}</dt>
        <dd>{t(`outcomeKind.${a.kind}`)}</dd>
        <dt>{t('tracker.owner')}</dt>
        <dd>{p.owner ? text(p.owner.name) : t('tracker.ownerWithheld')}</dd>
        <dt>{t('tracker.due')}</dt>
        <dd>
          {a.dueOn ? formatDate(a.dueOn, lang) : '—'}
          {p.overdue && (
            <>
              {' '}
              <span className="badge badge-warn overdue">⚠ {t('tracker.isOverdue')}</span>
            </>
          )}
        </dd>
        <dt>{t('tracker.status')}</dt>
        <dd>
          <span className={`badge status-${a.status ?? 'planned'}`}>{t(`actionStatus.${a.status ?? 'planned'}`)}</span>
        </dd>
        <dt>{t('tracker.provisions')}</dt>
        <dd>
          {p.provisions.map((x) => (
            <div key={x.id}>
              <Link href={`/tracker/${x.documentId}`}>
                {text(x.documentTitle)} {x.number}
              </Link>
            </div>
          ))}
        </dd>
      </dl>
      {p.canUpdate && <StatusForm page={p} onSaved={page.reload} />}
      <section aria-labelledby="history">
        <h2 id="history">{t('tracker.history')}</h2>
        <ol className="timeline">
          {[...a.statusHistory].reverse().map((h, i) => (
            <li key={i}>
              <LocalTime iso={h.at} zone={p.dialogue.hostZone} /> — <strong>{t(`actionStatus.${h.status}`)}</strong>
              {h.note && (
                <>
                  {' '}
                  : <MultiText value={h.note} />
                </>
              )}
              {h.evidence.length > 0 && (
                <ul>
                  {h.evidence.map((e) => (
                    <li key={e}>
                      <a href={e} rel="noopener noreferrer">
                        {e}
                      </a>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}

function StatusForm({ page, onSaved }: { page: ActionPageData; onSaved(): void }) {
  const { t, lang } = useI18n();
  const submission = useSubmission();
  const errorAt = useErrorAt(submission);
  const [status, setStatus] = useState<ActionStatus>(page.action.status ?? 'planned');
  const [note, setNote] = useState('');
  const [evidence, setEvidence] = useState('');
  return (
    <>
      <h2>{t('tracker.update')}</h2>
      <EditForm
        label={t('tracker.update')}
        submission={submission}
        onCancel={false}
        labels={{ status: t('tracker.status'), note: t('tracker.note'), evidence: t('tracker.evidence') }}
        onSubmit={async () => {
          await api.tracker.setStatus(page.action.id, {
            status,
            version: page.action.version,
            note: note.trim() ? { original: lang, texts: { [lang]: { text: note.trim(), checked: true } } } : null,
            evidence: evidence.split(/\s+/).filter(Boolean),
          });
          setNote('');
          setEvidence('');
          onSaved();
        }}
      >
        <Field label={t('tracker.status')} error={errorAt('status')} path="status">
          {(props) => (
            <select {...props} value={status} onChange={(e) => setStatus(e.target.value as ActionStatus)}>
              <EnumOptions values={ActionStatusValues} name={(s) => t(`actionStatus.${s}`)} />
            </select>
          )}
        </Field>
        <Field label={t('tracker.note')} error={errorAt('note')} path="note">
          {(props) => <input {...props} value={note} onChange={(e) => setNote(e.target.value)} />}
        </Field>
        <Field label={t('tracker.evidence')} error={errorAt('evidence')} path="evidence">
          {(props) => (
            <input
              {...props}
              type="url"
              value={evidence}
              onChange={(e) => setEvidence(e.target.value)}
              placeholder="https://"
            />
          )}
        </Field>
      </EditForm>
    </>
  );
}
