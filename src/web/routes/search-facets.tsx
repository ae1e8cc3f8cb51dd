import { FACETS, type Facet, type SearchResults } from '../../shared/contracts/search.ts';
import { api, whole } from '../api/client.ts';
import type { ReactNode } from 'react';
import type { MultiText as MultiTextValue } from '../../shared/multilingual.ts';
import { ContentText } from '../components/multi-text.tsx';
import { useAsync } from '../components/use-async.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { isMessageKey } from '../i18n/catalog.ts';
import { nativeLanguageName } from '../../shared/i18n/native-names.ts';

/** Facet values, with counts, as toggles; an active one narrows the search. */
export function SearchFacets({
  facets,
  active,
  onToggle,
}: {
  facets: SearchResults['facets'];
  active: Partial<Record<Facet, string>>;
  onToggle(facet: Facet, value: string): void;
}) {
  const { t } = useI18n();
  // Each list on its own: one the reader may not read leaves the others' names.
  const names = useAsync(async () => {
    const lists = await Promise.allSettled([
      api.directory.areas().then((l) => l.items.map((a) => [a.id, a.name] as const)),
      api.directory
        .organizations()
        .then((l) => l.items.map((o) => [o.id, o.names.at(-1)?.acronym ?? o.names.at(-1)?.name] as const)),
      api.directory.countries().then((l) => l.map((c) => [c.code, c.name] as const)),
      api.directory.series().then((l) => l.items.map((x) => [x.id, x.title] as const)),
      // Every dialogue, page by page: a filter may name one beyond the first page of the list.
      whole((page) => api.dialogues.list(page)).then((l) => l.map((d) => [d.id, d.title] as const)),
    ]);
    return new Map<string, MultiTextValue | null | undefined>(
      lists.flatMap((l) => (l.status === 'fulfilled' ? l.value : [])),
    );
  }, 'facet-names');
  const label = (facet: Facet, value: string): ReactNode => {
    if (facet === 'lang') return <span lang={value}>{nativeLanguageName(value)}</span>;
    const key = facet === 'kind' ? `searchKind.${value}` : '';
    if (key && isMessageKey(key)) return t(key);
    const name = names.data?.get(value);
    if (name) return <ContentText value={name} />;
    // An id waits for its name rather than showing itself; a year, or one no list names, is shown as it is.
    return names.loading && facet !== 'year' ? '…' : value;
  };
  return (
    <aside className="facets" aria-label={t('search.facets')}>
      {FACETS.filter((f) => facets[f].length > 0).map((facet) => (
        <section key={facet} aria-labelledby={`facet-${facet}`}>
          <h2 id={`facet-${facet}`} className="facet-title">
            {t(`search.facet.${facet}`)}
          </h2>
          <ul>
            {facets[facet].slice(0, 8).map(({ value, count }) => (
              <li key={value}>
                <button
                  type="button"
                  className="button-quiet facet"
                  aria-pressed={active[facet] === value}
                  onClick={() => onToggle(facet, value)}
                >
                  {label(facet, value)} <span className="muted">{count}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </aside>
  );
}
