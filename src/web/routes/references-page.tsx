import { Link } from 'wouter';
import { SecretariatLink } from '../features/directory/edit-link.tsx';
import { api } from '../api/client.ts';
import { MultiText } from '../components/multi-text.tsx';
import { ErrorNote, Loading } from '../components/status.tsx';
import { useAsync } from '../components/use-async.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { formatDate } from '../../shared/i18n/locale-format.ts';
import { DialogueHeading } from '../components/dialogue-heading.tsx';

export function ReferencesPage() {
  const { t, lang } = useI18n();
  const docs = useAsync(() => api.references.list(), 'references');
  if (docs.error) return <ErrorNote>{t('common.error', { message: docs.error.message })}</ErrorNote>;
  if (!docs.data) return <Loading label={t('common.loading')} />;
  return (
    <>
      <h1>{t('nav.references')}</h1>
      <SecretariatLink href="/references/new">{t('references.add')}</SecretariatLink>
      <ul className="cards">
        {docs.data.items.map((d) => (
          <li key={d.id} className="card">
            <h2 className="h3">
              <Link href={`/references/${d.id}`}>
                {d.symbol && <>{d.symbol}: </>}
                <MultiText value={d.title} />
              </Link>
            </h2>
            <p className="muted">
              {t(`documentKind.${d.kind}`)}
              {d.adoptedOn && <> · {formatDate(d.adoptedOn, lang)}</>}
            </p>
            {d.adoptedBy && (
              <p className="muted">
                <MultiText value={d.adoptedBy} />
              </p>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

export function ReferenceDocumentPage({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const data = useAsync(async () => {
    const [docs, provisions] = await Promise.all([api.references.list(), api.references.provisions(id)]);
    return { doc: docs.items.find((d) => d.id === id), provisions: provisions.items };
  }, id);
  if (data.error) return <ErrorNote>{t('common.error', { message: data.error.message })}</ErrorNote>;
  if (!data.data) return <Loading label={t('common.loading')} />;
  const { doc, provisions } = data.data;
  if (!doc) return <ErrorNote>{t('common.notFound')}</ErrorNote>;
  return (
    <article>
      <h1>
        {doc.symbol && <>{doc.symbol}: </>}
        <MultiText value={doc.title} />
      </h1>
      <SecretariatLink href={`/references/${doc.id}/edit`}>{t('directory.edit')}</SecretariatLink>
      <p className="muted">
        {t(`documentKind.${doc.kind}`)}
        {doc.adoptedOn && <> · {formatDate(doc.adoptedOn, lang)}</>}
      </p>
      <h2>{t('dialogue.provisions')}</h2>
      <ol className="provision-list">
        {provisions.map((p) => (
          <li key={p.id} id={`provision-${p.id}`}>
            <Link href={`/references/${doc.id}/provisions/${p.id}`}>
              <strong>{p.number}</strong>
            </Link>{' '}
            <MultiText value={p.text} />
            {p.placeholder && <span className="badge badge-warn">{t('dialogue.placeholder')}</span>}
          </li>
        ))}
      </ol>
    </article>
  );
}

/** One provision and everything in the record that concerns it. */
export function ProvisionPage({ documentId, provisionId }: { documentId: string; provisionId: string }) {
  const { t, lang } = useI18n();
  const data = useAsync(() => api.references.mentions(documentId, provisionId), provisionId);
  if (data.error) return <ErrorNote>{t('common.error', { message: data.error.message })}</ErrorNote>;
  if (!data.data) return <Loading label={t('common.loading')} />;
  const m = data.data;
  const titles = new Map(m.dialogues.map((d) => [d.id, d]));
  return (
    <article>
      <p className="muted">
        <Link href={`/references/${m.document.id}`}>{m.document.symbol ?? <MultiText value={m.document.title} />}</Link>
      </p>
      <h1>{m.provision.number}</h1>
      <MultiText value={m.provision.text} as="p" />
      {m.provision.placeholder && (
        <p>
          <span className="badge badge-warn">{t('dialogue.placeholder')}</span>
        </p>
      )}
      <section aria-labelledby="discussed">
        <h2 id="discussed">{t('provision.dialogues', { count: m.dialogues.length })}</h2>
        <ul className="cards">
          {m.dialogues.map((d) => (
            <li key={d.id} className="card">
              <DialogueHeading id={d.id} title={d.title} />
              <p className="muted">{formatDate(d.startsAt.slice(0, 10), lang)}</p>
            </li>
          ))}
        </ul>
      </section>
      {m.statements.length > 0 && (
        <section aria-labelledby="said">
          <h2 id="said">{t('provision.statements', { count: m.statements.length })}</h2>
          <ul className="statements">
            {m.statements.map((s) => (
              <li key={s.id} className={`statement statement-${s.kind}`}>
                <p className="meta">
                  <Link href={`/dialogues/${s.dialogueId}`}>
                    <MultiText value={titles.get(s.dialogueId)?.title} />
                  </Link>{' '}
                  <span className="badge">{t(`statementKind.${s.kind}`)}</span>
                </p>
                <MultiText value={s.text} as="p" />
              </li>
            ))}
          </ul>
        </section>
      )}
      {m.outcomes.length > 0 && (
        <section aria-labelledby="outcomes">
          <h2 id="outcomes">{t('dialogue.outcomes')}</h2>
          <ul className="outcomes">
            {m.outcomes.map((o) => (
              <li key={o.id}>
                <p className="meta">
                  <span className="badge">{t(`outcomeKind.${o.kind}`)}</span>{' '}
                  <Link href={`/dialogues/${o.dialogueId}`}>
                    <MultiText value={titles.get(o.dialogueId)?.title} />
                  </Link>
                </p>
                <MultiText value={o.text} as="p" />
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
