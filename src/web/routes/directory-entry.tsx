import { Link } from 'wouter';
import { api } from '../api/client.ts';
import { ContentText, MultiText } from '../components/multi-text.tsx';
import { ErrorNote, Loading } from '../components/status.tsx';
import { useAsync } from '../components/use-async.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { formatDate } from '../../shared/i18n/locale-format.ts';
import type { Dialogue } from '../../shared/contracts/dialogues.ts';
import { MembershipsPanel } from '../features/institutions/memberships-panel.tsx';
import { SecretariatLink } from '../features/directory/edit-link.tsx';

const span = (from: string | null, to: string | null, lang: string) =>
  from || to ? `${from ? formatDate(from, lang) : '…'} – ${to ? formatDate(to, lang) : '…'}` : '';

function DialogueList({ dialogues }: { dialogues: Dialogue[] }) {
  const { t, lang } = useI18n();
  return (
    <section aria-labelledby="took-part">
      <h2 id="took-part">{t('directory.dialogues', { count: dialogues.length })}</h2>
      <ul>
        {dialogues.map((d) => (
          <li key={d.id}>
            <Link href={`/dialogues/${d.id}`}>
              <MultiText value={d.title} />
            </Link>{' '}
            <span className="muted">{formatDate(d.startsAt.slice(0, 10), lang)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function OrganizationPage({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const data = useAsync(
    async () => ({
      org: await api.directory.organization(id),
      dialogues: (await api.dialogues.list({ organization: id, limit: 100 })).items,
    }),
    id,
  );
  if (data.error) return <ErrorNote>{t('common.error', { message: data.error.message })}</ErrorNote>;
  if (!data.data) return <Loading label={t('common.loading')} />;
  const { org, dialogues } = data.data;
  return (
    <article>
      <h1>
        <MultiText value={org.names.at(-1)?.name} />
      </h1>
      <SecretariatLink href={`/directory/organizations/${org.id}/edit`}>{t('directory.edit')}</SecretariatLink>
      {org.parentAuthority && (
        <p className="muted">
          <MultiText value={org.parentAuthority} />
        </p>
      )}
      {org.website && (
        <p>
          <a href={org.website} rel="noopener noreferrer">
            {org.website}
          </a>
        </p>
      )}
      <h2>{t('directory.nameHistory')}</h2>
      <ul className="history">
        {org.names.map((n, i) => (
          <li key={i}>
            <MultiText value={n.name} />
            {n.acronym && (
              <>
                {' '}
                (<MultiText value={n.acronym} />)
              </>
            )}{' '}
            <span className="muted">{span(n.validFrom, n.validTo, lang)}</span>
          </li>
        ))}
      </ul>
      <MembershipsPanel organizationId={org.id} />
      <DialogueList dialogues={dialogues} />
    </article>
  );
}

export function PersonPage({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const data = useAsync(async () => {
    const person = await api.directory.person(id);
    const [dialogues, orgs] = await Promise.all([
      api.dialogues.list({ person: id, limit: 100 }),
      api.directory.organizations(),
    ]);
    return { person, dialogues: dialogues.items, orgs: new Map(orgs.items.map((o) => [o.id, o])) };
  }, id);
  if (data.error) return <ErrorNote>{t('common.error', { message: data.error.message })}</ErrorNote>;
  if (!data.data) return <Loading label={t('common.loading')} />;
  const { person, dialogues, orgs } = data.data;
  return (
    <article>
      <h1>
        <MultiText value={person.name} />
      </h1>
      <SecretariatLink href={`/directory/people/${person.id}/edit`}>{t('directory.edit')}</SecretariatLink>
      <h2>{t('directory.positions')}</h2>
      <ul className="history">
        {person.positions.map((p, i) => (
          <li key={i}>
            <MultiText value={p.title} />,{' '}
            <Link href={`/directory/organizations/${p.organizationId}`}>
              <ContentText value={orgs.get(p.organizationId)?.names.at(-1)?.name} />
            </Link>{' '}
            <span className="muted">{span(p.validFrom, p.validTo, lang)}</span>
          </li>
        ))}
      </ul>
      <DialogueList dialogues={dialogues} />
    </article>
  );
}
