import { Link } from 'wouter';
import { api } from '../api/client.ts';
import { ContentText, MultiText } from '../components/multi-text.tsx';
import { ErrorNote, Loading } from '../components/status.tsx';
import { useAsync } from '../components/use-async.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { formatDate } from '../../shared/i18n/locale-format.ts';
import { EmptyState } from '../components/empty-state.tsx';
import { SecretariatLink } from '../features/directory/edit-link.tsx';

/** Organizations with their dated names, and people with their dated positions. */
export function DirectoryPage() {
  const { t, lang } = useI18n();
  const data = useAsync(async () => {
    const [orgs, people] = await Promise.all([api.directory.organizations(), api.directory.people()]);
    return { orgs: orgs.items, people: people.items };
  }, 'directory');
  if (data.error) return <ErrorNote>{t('common.error', { message: data.error.message })}</ErrorNote>;
  if (!data.data) return <Loading label={t('common.loading')} />;
  const orgNames = new Map(data.data.orgs.map((o) => [o.id, o]));
  const span = (from: string | null, to: string | null) =>
    from || to ? `${from ? formatDate(from, lang) : '…'} – ${to ? formatDate(to, lang) : '…'}` : '';
  return (
    <>
      <h1>{t('nav.directory')}</h1>
      <div className="page-actions-row">
        <SecretariatLink href="/directory/organizations/new">{t('directory.addOrganization')}</SecretariatLink>
        <SecretariatLink href="/directory/people/new">{t('directory.addPerson')}</SecretariatLink>
      </div>
      {data.data.orgs.length === 0 && data.data.people.length === 0 && (
        <EmptyState action={<Link href="/search">{t('chrome.empty.toSearch')}</Link>}>
          {t('chrome.empty.directory')}
        </EmptyState>
      )}
      <section aria-labelledby="orgs">
        <h2 id="orgs">{t('directory.organizations')}</h2>
        <ul className="cards">
          {data.data.orgs.map((o) => (
            <li key={o.id} className="card" id={`org-${o.id}`}>
              <h3>
                <Link href={`/directory/organizations/${o.id}`}>
                  <MultiText value={o.names.at(-1)?.name} />
                </Link>
              </h3>
              {o.names.length > 1 && (
                <ul className="history" aria-label={t('directory.nameHistory')}>
                  {o.names.map((n, i) => (
                    <li key={i}>
                      <MultiText value={n.name} /> <span className="muted">{span(n.validFrom, n.validTo)}</span>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="people">
        <h2 id="people">{t('directory.people')}</h2>
        <ul className="cards">
          {data.data.people.map((p) => (
            <li key={p.id} className="card">
              <h3>
                <Link href={`/directory/people/${p.id}`}>
                  <MultiText value={p.name} />
                </Link>
              </h3>
              <ul className="history" aria-label={t('directory.positions')}>
                {p.positions.map((pos, i) => (
                  <li key={i}>
                    <MultiText value={pos.title} />,{' '}
                    <ContentText value={orgNames.get(pos.organizationId)?.names.at(-1)?.name} />{' '}
                    <span className="muted">{span(pos.validFrom, pos.validTo)}</span>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
