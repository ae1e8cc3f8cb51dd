import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { FACETS, type Facet, type SearchHit } from '../../shared/contracts/search.ts';
import { SearchFacets } from './search-facets.tsx';
import { SearchKindValues } from '../../shared/contracts/enum-values.ts';
import { api } from '../api/client.ts';
import { ErrorNote } from '../components/status.tsx';
import { useAsync } from '../components/use-async.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { EmptyState } from '../components/empty-state.tsx';
import { MultiText } from '../components/multi-text.tsx';
import { EnumOptions } from '../components/form.tsx';

/** Where a hit leads. */
export function hitHref(h: SearchHit): string {
  switch (h.kind) {
    case 'person':
      return `/directory/people/${h.id}`;
    case 'organization':
      return `/directory/organizations/${h.id}`;
    case 'provision':
      return `/references/${h.documentId}/provisions/${h.id}`;
    case 'dialogue':
      return `/dialogues/${h.id}`;
    case 'material':
      return `/dialogues/${h.dialogueId}#material-${h.material?.id ?? h.id}`;
    case 'publication':
      return h.slug ? `/news/${h.slug}` : `/dialogues/${h.dialogueId}#publication-${h.id}`;
    default:
      return `/dialogues/${h.dialogueId}#${h.kind}-${h.id}`;
  }
}

/** The snippet with its matching words marked, in the text's own script. */
function Snippet({ hit }: { hit: SearchHit }) {
  const { text, marks } = hit.snippet;
  const parts: (string | { mark: string })[] = [];
  let at = 0;
  for (const [s, e] of marks) {
    if (s > at) parts.push(text.slice(at, s));
    parts.push({ mark: text.slice(s, e) });
    at = e;
  }
  parts.push(text.slice(at));
  return (
    <span lang={hit.lang}>{parts.map((p, i) => (typeof p === 'string' ? p : <mark key={i}>{p.mark}</mark>))}</span>
  );
}

/** Instant search: results follow the typing (debounced), and the arrow keys move through them. */
export function SearchPage() {
  const { t } = useI18n();
  const params = new URLSearchParams(useSearch());
  const [, navigate] = useLocation();
  const [q, setQ] = useState(params.get('q') ?? '');
  const [kind, setKind] = useState(params.get('kind') ?? '');
  const [filters, setFilters] = useState<Partial<Record<Facet, string>>>(() =>
    Object.fromEntries(FACETS.filter((f) => f !== 'kind' && params.get(f)).map((f) => [f, params.get(f)!])),
  );
  const [debounced, setDebounced] = useState(q);
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    const timer = setTimeout(() => {
      setDebounced(q);
      const next = new URLSearchParams();
      if (q) next.set('q', q);
      if (kind) next.set('kind', kind);
      for (const [f, v] of Object.entries(filters)) if (v) next.set(f, v);
      navigate(`/search${next.size ? `?${next}` : ''}`, { replace: true });
    }, 200);
    return () => clearTimeout(timer);
  }, [q, kind, filters, navigate]);
  const active = { ...filters, ...(kind ? { kind } : {}) };
  const results = useAsync(
    () => (debounced.trim() ? api.search(debounced, active) : Promise.resolve(null)),
    `${debounced}|${JSON.stringify(active)}`,
  );
  const toggle = (facet: Facet, value: string) => {
    if (facet === 'kind') return setKind(kind === value ? '' : value);
    setFilters((f) => ({ ...f, [facet]: f[facet] === value ? undefined : value }));
  };

  const move = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const links = [...(list.current?.querySelectorAll('a') ?? [])];
    if (links.length === 0) return;
    e.preventDefault();
    const i = links.indexOf(document.activeElement as HTMLAnchorElement);
    const next = e.key === 'ArrowDown' ? Math.min(i + 1, links.length - 1) : i - 1;
    if (next < 0) document.getElementById('search-q')?.focus();
    else links[next]!.focus();
  };

  const hits = results.data?.hits ?? [];
  // Each hit names its dialogue, as the reader's own list of dialogues titles it.
  const dialogueList = useAsync(() => api.dialogues.list({ limit: 100 }), `search-dialogues-${hits.length > 0}`);
  const dialogueTitle = new Map((dialogueList.data?.items ?? []).map((d) => [d.id, d.title]));
  const filtered = Object.values(active).some(Boolean);
  return (
    <section onKeyDown={move}>
      <h1>{t('search.title')}</h1>
      <form
        role="search"
        className="search-form"
        onSubmit={(e) => {
          e.preventDefault();
          setDebounced(q);
        }}
      >
        <label htmlFor="search-q">{t('search.label')}</label>
        <input
          id="search-q"
          type="search"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          autoFocus
          autoComplete="off"
          aria-describedby="search-hint"
          aria-controls="search-results"
        />
        <label htmlFor="search-kind">{t('search.kind')}</label>
        <select id="search-kind" value={kind} onChange={(e) => setKind(e.target.value)}>
          <option value="">{t('search.anyKind')}</option>
          <EnumOptions values={SearchKindValues} name={(k) => t(`searchKind.${k}`)} />
        </select>
      </form>
      <p id="search-hint" className="muted">
        {t('search.hint')}
      </p>
      {results.error && <ErrorNote>{t('common.error', { message: results.error.message })}</ErrorNote>}
      {results.data && (
        <p className="muted" role="status" aria-live="polite">
          {t('search.count', { count: hits.length })}
        </p>
      )}
      {results.data && hits.length === 0 && (
        <EmptyState
          hint={filtered ? t('chrome.empty.searchFiltered') : undefined}
          action={
            filtered ? (
              <button
                type="button"
                className="button-quiet"
                onClick={() => {
                  setKind('');
                  setFilters({});
                }}
              >
                {t('chrome.empty.clearFilters')}
              </button>
            ) : undefined
          }
        >
          {t('chrome.empty.search')}
        </EmptyState>
      )}
      <div className="search-body">
        <ol id="search-results" className="cards hits" ref={list}>
          {hits.map((h) => (
            <li key={`${h.kind}-${h.id}`} className="card">
              <span className="badge">{t(`searchKind.${h.kind}`)}</span>{' '}
              {h.material && (
                <span className="muted hit-page">
                  {t(h.material.slide ? 'search.slide' : 'search.page', { page: h.material.page })}{' '}
                </span>
              )}
              {/* The news site is served by the server, not the app: a plain link loads it. */}
              {hitHref(h).startsWith('/news/') ? (
                <a href={hitHref(h)}>
                  <Snippet hit={h} />
                </a>
              ) : (
                <Link href={hitHref(h)}>
                  <Snippet hit={h} />
                </Link>
              )}
              {h.dialogueId && dialogueTitle.has(h.dialogueId) && (
                <p className="muted hit-dialogue">
                  <MultiText value={dialogueTitle.get(h.dialogueId)} />
                </p>
              )}
            </li>
          ))}
        </ol>
        {results.data && <SearchFacets facets={results.data.facets} active={active} onToggle={toggle} />}
      </div>
    </section>
  );
}
