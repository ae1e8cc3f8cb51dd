import { Link, useLocation, useSearch } from 'wouter';
import type { ClearableKind, ClearanceQueue, ClearanceView } from '../../shared/contracts/clearance.ts';
import type { DialogueRecord } from '../../shared/contracts/dialogue-record.ts';
import { localize } from '../../shared/localize.ts';
import { api, ApiError } from '../api/client.ts';
import { MultiText } from '../components/multi-text.tsx';
import { ErrorNote, Loading } from '../components/status.tsx';
import { useAsync } from '../components/use-async.ts';
import { ClearancePanel, useRecordLabel } from '../features/clearance/clearance-panel.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import { useSession } from '../session.tsx';

const SNIPPET = 140;

/**
 * The clearing view: every text of a dialogue said under the Chatham House Rule, those that wait
 * first; the one chosen (`?statement=…` or `?outcome=…`) opens beside the list, or below it on a phone.
 */
export function ClearancePage({ id }: { id: string }) {
  const { t } = useI18n();
  const { user, ready } = useSession();
  const record = useAsync(() => api.dialogues.record(id), id);
  const queue = useAsync(() => api.of(id).clearances.list(), `${id}:clearances`);

  const error = record.error ?? queue.error;
  if (error) {
    const status = error instanceof ApiError ? error.status : 0;
    return (
      <>
        <h1>{t('clearance.title')}</h1>
        <ErrorNote>
          {status === 404
            ? t('common.notFound')
            : status === 401 || status === 403
              ? t('clearance.refused')
              : t('common.error', { message: error.message })}
        </ErrorNote>
        {status === 401 && ready && !user && (
          <p>
            <Link href="/sign-in" className="button-primary">
              {t('auth.signIn')}
            </Link>
          </p>
        )}
      </>
    );
  }
  if (!record.data || !queue.data) return <Loading label={t('common.loading')} />;
  return <Clearing r={record.data} queue={queue.data} onCleared={queue.reload} />;
}

function Clearing({ r, queue, onCleared }: { r: DialogueRecord; queue: ClearanceQueue; onCleared(): void }) {
  const { t, prefer } = useI18n();
  const [, navigate] = useLocation();
  const params = new URLSearchParams(useSearch());
  const label = useRecordLabel(r);
  const id = r.dialogue.id;
  const items = [...queue.items.filter((v) => !v.cleared), ...queue.items.filter((v) => v.cleared)];
  const pending = items.filter((v) => !v.cleared).length;
  const openKind: ClearableKind | null = params.has('statement')
    ? 'statement'
    : params.has('outcome')
      ? 'outcome'
      : null;
  const openId = openKind ? params.get(openKind) : null;
  const open = items.find((v) => v.kind === openKind && v.id === openId);
  const href = (v: ClearanceView) => `/dialogues/${id}/clearance?${v.kind}=${v.id}`;
  const nextWaiting = items.find((v) => !v.cleared && v !== open);

  return (
    <article className="clearance">
      <p>
        <Link href={`/dialogues/${id}`}>← {t('clearance.back')}</Link>
      </p>
      <header>
        <h1>{t('clearance.title')}</h1>
        <p className="muted">
          <MultiText value={r.dialogue.title} />
        </p>
        <p>{t('clearance.intro')}</p>
        <p role="status">
          <strong>{t('clearance.pendingCount', { count: pending })}</strong>
        </p>
      </header>

      {items.length === 0 ? (
        <p className="muted">{t('clearance.none')}</p>
      ) : (
        <div className="clearance-body">
          <nav aria-labelledby="clearance-list-title" className="clearance-list">
            <h2 id="clearance-list-title">{t('clearance.list')}</h2>
            <ul>
              {items.map((v) => {
                const { kind, item } = label(v);
                const shown = localize(v.text, prefer);
                const snippet = shown.text.length > SNIPPET ? `${shown.text.slice(0, SNIPPET)}…` : shown.text;
                return (
                  <li key={`${v.kind}-${v.id}`}>
                    <Link href={href(v)} aria-current={v === open ? 'true' : undefined}>
                      <span className="tags">
                        <span className="badge">{kind}</span>
                        <span className={v.cleared ? 'badge badge-ok' : 'badge badge-warn'}>
                          {t(v.cleared ? 'clearance.state.cleared' : 'clearance.state.pending')}
                        </span>
                      </span>
                      <span className="clearance-item">{item}</span>
                      <span className="clearance-snippet" lang={shown.lang}>
                        {snippet}
                      </span>
                    </Link>
                  </li>
                );
              })}
            </ul>
          </nav>
          <div className="clearance-detail">
            {open ? (
              <ClearancePanel
                key={`${open.kind}-${open.id}`}
                record={r}
                view={open}
                onCleared={onCleared}
                next={nextWaiting ? () => navigate(href(nextWaiting)) : undefined}
              />
            ) : (
              <p className="muted clearance-choose">{t('clearance.choose')}</p>
            )}
          </div>
        </div>
      )}
    </article>
  );
}
