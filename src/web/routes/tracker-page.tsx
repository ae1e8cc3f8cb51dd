import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { ActionStatusValues } from '../../shared/contracts/enum-values.ts';
import type { ActionStatus } from '../../shared/contracts/enums.ts';
import type { TrackerCell, TrackerQuery } from '../../shared/contracts/tracker.ts';
import { NO_COUNTRY } from '../../shared/contracts/tracker.ts';
import { formatDate } from '../../shared/i18n/locale-format.ts';
import { api, hrefOf } from '../api/client.ts';
import { trackerEndpoints } from '../../shared/endpoints/tracker.ts';
import { ContentOption, ContentText, useText } from '../components/multi-text.tsx';
import { ErrorNote, Loading } from '../components/status.tsx';
import { useAsync } from '../components/use-async.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { StackedBars } from '../features/tracker/charts.tsx';
import { EmptyState } from '../components/empty-state.tsx';

/** Follow-up: pick a document, then see its provisions against the region's countries. */
export function TrackerPage({ documentId }: { documentId?: string }) {
  const { t } = useI18n();
  const [, navigate] = useLocation();
  const docs = useAsync(() => api.references.list(), 'references');
  return (
    <>
      <h1>{t('tracker.title')}</h1>
      <p className="muted">{t('tracker.intro')}</p>
      <label>
        {t('tracker.document')}{' '}
        <select value={documentId ?? ''} onChange={(e) => navigate(`/tracker/${e.target.value}`)}>
          <option value="" disabled>
            {t('tracker.choose')}
          </option>
          {docs.data?.items.map((d) => (
            <ContentOption key={d.id} value={d.id} name={d.title} prefix={d.symbol ? `${d.symbol} — ` : ''} />
          ))}
        </select>
      </label>
      {docs.data && docs.data.items.length === 0 && (
        <EmptyState action={<Link href="/references">{t('chrome.empty.toReferences')}</Link>}>
          {t('chrome.empty.trackerNoDocuments')}
        </EmptyState>
      )}
      {!documentId && docs.data && docs.data.items.length > 0 && (
        <EmptyState
          hint={t('chrome.empty.tracker')}
          action={<Link href="/references">{t('chrome.empty.toReferences')}</Link>}
        >
          {t('tracker.choose')}
        </EmptyState>
      )}
      {documentId && <Matrix documentId={documentId} />}
    </>
  );
}

function Matrix({ documentId }: { documentId: string }) {
  const { t, lang } = useI18n();
  const text = useText();
  const [filters, setFilters] = useState<TrackerQuery>({});
  const key = `${documentId}:${JSON.stringify(filters)}`;
  const matrix = useAsync(() => api.tracker.matrix(documentId, filters), key);
  const charts = useAsync(() => api.tracker.charts(documentId, filters), `charts:${key}`);
  const areas = useAsync(() => api.directory.areas(), 'areas');
  const series = useAsync(() => api.directory.series(), 'series');
  const orgs = useAsync(() => api.directory.organizations(), 'organizations');
  const orgName = (id: string | null) =>
    id ? text(orgs.data?.items.find((o) => o.id === id)?.names.at(-1)?.name) : '';
  const set = (k: keyof TrackerQuery, v: string) => setFilters((f) => ({ ...f, [k]: v || undefined }));
  if (matrix.error) return <ErrorNote>{t('common.error', { message: matrix.error.message })}</ErrorNote>;
  if (!matrix.data) return <Loading label={t('common.loading')} />;
  const m = matrix.data;
  const columnName = (c: (typeof m.columns)[number]) =>
    c.key === NO_COUNTRY ? t('tracker.noCountry') : text(c.name) || c.key;
  const statusLabel = (s: ActionStatus) => t(`actionStatus.${s}`);

  const summary = (c: TrackerCell) => (
    <>
      {c.statements > 0 && (
        <div>
          {t('tracker.discussed', { dialogues: c.dialogues, statements: c.statements })}
          {c.lastDiscussed && (
            <>
              {' '}
              · <time dateTime={c.lastDiscussed}>{formatDate(c.lastDiscussed, lang)}</time>
            </>
          )}
        </div>
      )}
      {ActionStatusValues.filter((s) => c.actions[s] > 0).map((s) => (
        <span key={s} className={`badge status-${s}`}>
          {statusLabel(s)}: {c.actions[s]}
        </span>
      ))}
      {c.overdue > 0 && (
        <span className="badge badge-warn overdue">⚠ {t('tracker.overdue', { count: c.overdue })}</span>
      )}
      {c.items && c.items.length > 0 && (
        <ul className="cell-actions">
          {c.items.map((a) => (
            <li key={a.id} className={a.overdue ? 'overdue' : undefined}>
              <Link href={`/actions/${a.id}`}>
                <ContentText value={a.text} />
              </Link>
              <span className="muted">
                {' '}
                —{' '}
                {[
                  orgName(a.ownerOrganizationId),
                  a.dueOn && formatDate(a.dueOn, lang),
                  a.status && statusLabel(a.status),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );

  const byCountry = m.columns.map((c) =>
    m.rows.reduce(
      (acc, r) => {
        const cell = r.cells[c.key]!;
        for (const s of ActionStatusValues) acc[s] += cell.actions[s];
        return acc;
      },
      Object.fromEntries(ActionStatusValues.map((s) => [s, 0])) as Record<ActionStatus, number>,
    ),
  );
  const years = [...new Set((charts.data?.progress ?? []).map((p) => p.year))].sort();
  const areaIds = [...new Set((charts.data?.progress ?? []).map((p) => p.areaId))];
  const areaName = (id: string) => text(areas.data?.items.find((a) => a.id === id)?.name) || id;

  return (
    <>
      <form className="inline-form filters" aria-label={t('tracker.filters')} onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('tracker.area')}{' '}
          <select value={filters.area ?? ''} onChange={(e) => set('area', e.target.value)}>
            <option value="">{t('tracker.any')}</option>
            {areas.data?.items.map((a) => (
              <ContentOption key={a.id} value={a.id} name={a.name} />
            ))}
          </select>
        </label>
        <label>
          {t('tracker.series')}{' '}
          <select value={filters.series ?? ''} onChange={(e) => set('series', e.target.value)}>
            <option value="">{t('tracker.any')}</option>
            {series.data?.items.map((s) => (
              <ContentOption key={s.id} value={s.id} name={s.title} />
            ))}
          </select>
        </label>
        <label>
          {t('tracker.from')}{' '}
          <input type="date" value={filters.from ?? ''} onChange={(e) => set('from', e.target.value)} />
        </label>
        <label>
          {t('tracker.to')} <input type="date" value={filters.to ?? ''} onChange={(e) => set('to', e.target.value)} />
        </label>
        <label>
          {t('tracker.owner')}{' '}
          <select value={filters.owner ?? ''} onChange={(e) => set('owner', e.target.value)}>
            <option value="">{t('tracker.any')}</option>
            {orgs.data?.items.map((o) => (
              <ContentOption key={o.id} value={o.id} name={o.names.at(-1)?.name} />
            ))}
          </select>
        </label>
      </form>
      <p>
        <a href={hrefOf(trackerEndpoints.matrixCsv, { id: documentId }, { lang })} download>
          {t('tracker.csv')}
        </a>{' '}
        ·{' '}
        <a href={hrefOf(trackerEndpoints.matrix, { id: documentId })} download="tracker.json">
          {t('tracker.json')}
        </a>
      </p>
      <div className="table-scroll">
        <table className="matrix">
          <caption className="visually-hidden">{t('tracker.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('tracker.provision')}</th>
              {m.columns.map((c) => (
                <th key={c.key} scope="col">
                  {columnName(c)}
                </th>
              ))}
              <th scope="col">{t('tracker.total')}</th>
            </tr>
          </thead>
          <tbody>
            {m.rows.map((r) => (
              <tr key={r.provisionId}>
                <th scope="row">
                  <span className="badge">{r.number}</span> <ContentText value={r.text} />
                </th>
                {m.columns.map((c) => (
                  <td key={c.key} data-column={c.key}>
                    {summary(r.cells[c.key]!)}
                  </td>
                ))}
                <td data-column="total">{summary(r.total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section aria-labelledby="charts" className="charts">
        <h2 id="charts">{t('tracker.charts')}</h2>
        <StackedBars
          title={t('tracker.chart.byCountry')}
          description={t('tracker.chart.byCountryDesc')}
          categories={m.columns.map(columnName)}
          series={ActionStatusValues.map((s) => ({ label: statusLabel(s), values: byCountry.map((c) => c[s]) }))}
        />
        {charts.data && (
          <>
            <StackedBars
              title={t('tracker.chart.activity')}
              description={t('tracker.chart.activityDesc')}
              categories={charts.data.activity.map((a) => String(a.year))}
              series={[{ label: t('tracker.statements'), values: charts.data.activity.map((a) => a.statements) }]}
            />
            <StackedBars
              title={t('tracker.chart.progress')}
              description={t('tracker.chart.progressDesc')}
              categories={areaIds.map(areaName)}
              series={years.flatMap((y) => [
                {
                  label: `${y}: ${statusLabel('done')}`,
                  values: areaIds.map(
                    (a) => charts.data!.progress.find((p) => p.areaId === a && p.year === y)?.done ?? 0,
                  ),
                },
                {
                  label: `${y}: ${t('tracker.open')}`,
                  values: areaIds.map((a) => {
                    const p = charts.data!.progress.find((x) => x.areaId === a && x.year === y);
                    return p ? p.total - p.done : 0;
                  }),
                },
              ])}
            />
          </>
        )}
      </section>
    </>
  );
}
