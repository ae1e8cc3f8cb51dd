import { FACETS, type Facet, type SearchResults } from '../../shared/contracts/search.ts';
import { api } from '../api/client.ts';
import { useText } from '../components/multi-text.tsx';
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
  const { t, lang } = useI18n();
  const text = useText();
  const labels = useAsync(async () => {
    const [areas, orgs, countries, series, dialogues] = await Promise.all([
      api.directory.areas(),
      api.directory.organizations(),
      api.directory.countries(),
      api.directory.series(),
      api.dialogues.list({ limit: 100 }),
    ]);
    return new Map<string, string>([
      ...areas.items.map((a) => [a.id, text(a.name)] as const),
      ...orgs.items.map((o) => [o.id, text(o.names.at(-1)?.acronym) || text(o.names.at(-1)?.name)] as const),
      ...countries.map((c) => [c.code, text(c.name)] as const),
      ...series.items.map((s) => [s.id, text(s.title)] as const),
      ...dialogues.items.map((d) => [d.id, text(d.title)] as const),
    ]);
  }, `facet-labels-${lang}`);
  const label = (facet: Facet, value: string) => {
    if (facet === 'lang') return nativeLanguageName(value);
    const key = facet === 'kind' ? `searchKind.${value}` : '';
    if (key && isMessageKey(key)) return t(key);
    return labels.data?.get(value) ?? value;
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
