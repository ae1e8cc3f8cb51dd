import { useMemo, type FormEvent } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { DialogueStatusValues } from '../../shared/contracts/enum-values.ts';
import type { Dialogue } from '../../shared/contracts/dialogues.ts';
import { api, type DialogueFilters } from '../api/client.ts';
import { useCollator, useText } from '../components/multi-text.tsx';
import { ErrorNote, Loading } from '../components/status.tsx';
import { useAsync } from '../components/use-async.ts';
import { ZoneTimes } from '../components/zone-times.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import { useSession } from '../session.tsx';
import { EmptyState } from '../components/empty-state.tsx';
import { DialogueHeading } from '../components/dialogue-heading.tsx';

const FILTERS = ['series', 'country', 'area', 'year', 'status'] as const;
type Filter = (typeof FILTERS)[number];

function toQuery(params: URLSearchParams): DialogueFilters {
  const year = params.get('year');
  const status = params.get('status');
  return {
    limit: 100,
    series: params.get('series') || undefined,
    country: params.get('country') || undefined,
    area: params.get('area') || undefined,
    status:
      status && (DialogueStatusValues as readonly string[]).includes(status)
        ? (status as DialogueFilters['status'])
        : undefined,
    from: year ? `${year}-01-01` : undefined,
    to: year ? `${year}-12-31` : undefined,
  };
}

export function DialoguesPage() {
  const { t } = useI18n();
  const text = useText();
  const byName = useCollator();
  const { user } = useSession();
  const search = useSearch();
  const [, navigate] = useLocation();
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const list = useAsync(() => api.dialogues.list(toQuery(params)), search);
  const options = useAsync(async () => {
    const [series, countries, areas] = await Promise.all([
      api.directory.series(),
      api.directory.countries(),
      api.directory.areas(),
    ]);
    return { series: series.items, countries, areas: areas.items };
  }, 'options');

  const now = Date.now();
  const items = list.data?.items ?? [];
  const upcoming = items
    .filter((d) => Date.parse(d.endsAt) >= now)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const past = items.filter((d) => Date.parse(d.endsAt) < now);
  const years = Array.from({ length: new Date().getUTCFullYear() - 2017 + 2 }, (_, i) => 2017 + i).reverse();

  const apply = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const next = new URLSearchParams();
    for (const f of FILTERS) {
      const v = String(form.get(f) ?? '');
      if (v) next.set(f, v);
    }
    navigate(next.size ? `/?${next}` : '/');
  };

  const select = (name: Filter, label: string, choices: { value: string; label: string }[]) => (
    <label>
      {label}
      <select name={name} defaultValue={params.get(name) ?? ''} key={`${name}-${params.get(name) ?? ''}`}>
        <option value="">{t('dialogues.filter.any')}</option>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <>
      <div className="title-row">
        <h1>{t('dialogues.title')}</h1>
        {user?.role === 'admin' && (
          <Link href="/dialogues/new" className="button-primary">
            {t('dialogue.new')}
          </Link>
        )}
      </div>
      <form className="filters" onSubmit={apply} aria-label={t('dialogues.filters')}>
        {select(
          'series',
          t('dialogues.filter.series'),
          (options.data?.series ?? []).map((s) => ({ value: s.id, label: text(s.title) })),
        )}
        {select(
          'country',
          t('dialogues.filter.country'),
          (options.data?.countries ?? [])
            .map((c) => ({ value: c.code, label: text(c.name) }))
            .sort((a, b) => byName(a.label, b.label)),
        )}
        {select(
          'area',
          t('dialogues.filter.area'),
          (options.data?.areas ?? []).map((a) => ({ value: a.id, label: text(a.name) })),
        )}
        {select(
          'year',
          t('dialogues.filter.year'),
          years.map((y) => ({ value: String(y), label: String(y) })),
        )}
        {select(
          'status',
          t('dialogues.filter.status'),
          DialogueStatusValues.map((s) => ({ value: s, label: t(`status.${s}`) })),
        )}
        <div className="filter-actions">
          <button className="button-primary" type="submit">
            {t('dialogues.filter.apply')}
          </button>
          {params.size > 0 && <Link href="/">{t('dialogues.filter.clear')}</Link>}
        </div>
      </form>
      {list.loading && !list.data && <Loading label={t('common.loading')} />}
      {list.error && <ErrorNote>{t('common.error', { message: list.error.message })}</ErrorNote>}
      {list.data && (
        <>
          <p className="muted" aria-live="polite">
            {t('dialogues.count', { count: list.data.total })}
          </p>
          {items.length === 0 &&
            (params.size > 0 ? (
              <EmptyState
                hint={t('chrome.empty.dialoguesFiltered')}
                action={<Link href="/">{t('chrome.empty.clearFilters')}</Link>}
              >
                {t('dialogues.none')}
              </EmptyState>
            ) : (
              <EmptyState
                hint={user?.role === 'admin' ? undefined : t('chrome.empty.dialoguesWait')}
                action={
                  user?.role === 'admin' ? (
                    <Link href="/dialogues/new">{t('chrome.empty.dialoguesPlan')}</Link>
                  ) : undefined
                }
              >
                {t('chrome.empty.dialogues')}
              </EmptyState>
            ))}
          {upcoming.length > 0 && <DialogueSection title={t('dialogues.upcoming')} dialogues={upcoming} />}
          {past.length > 0 && <DialogueSection title={t('dialogues.past')} dialogues={past} />}
        </>
      )}
    </>
  );
}

function DialogueSection({ title, dialogues }: { title: string; dialogues: Dialogue[] }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby={`h-${title}`}>
      <h2 id={`h-${title}`}>{title}</h2>
      <ul className="cards">
        {dialogues.map((d) => (
          <li key={d.id} className="card">
            <DialogueHeading id={d.id} title={d.title} />
            <ZoneTimes iso={d.startsAt} hostZone={d.hostZone} />
            <p className="tags">
              <span className="badge">{t(`status.${d.status}`)}</span>
              <span className="badge">{t(`format.${d.format}`)}</span>
              {d.confidentiality !== 'public' && (
                <span className="badge badge-warn">{t(`confidentiality.${d.confidentiality}`)}</span>
              )}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
