import { Link } from 'wouter';
import { api } from '../api/client.ts';
import { MultiText } from '../components/multi-text.tsx';
import { ErrorNote, Loading } from '../components/status.tsx';
import { useAsync } from '../components/use-async.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { formatDate } from '../i18n/translate.ts';

export function ReferencesPage() {
  const { t, lang } = useI18n();
  const docs = useAsync(() => api.references.list(), 'references');
  if (docs.error) return <ErrorNote>{t('common.error', { message: docs.error.message })}</ErrorNote>;
  if (!docs.data) return <Loading label={t('common.loading')} />;
  return (
    <>
      <h1>{t('nav.references')}</h1>
      <ul className="cards">
        {docs.data.items.map((d) => (
          <li key={d.id} className="card">
            <h2 className="h3"><Link href={`/references/${d.id}`}>{d.symbol && <>{d.symbol}: </>}<MultiText value={d.title} /></Link></h2>
            <p className="muted">{t(`documentKind.${d.kind}`)}{d.adoptedOn && <> · {formatDate(d.adoptedOn, lang)}</>}</p>
            {d.adoptedBy && <p className="muted"><MultiText value={d.adoptedBy} /></p>}
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
      <h1>{doc.symbol && <>{doc.symbol}: </>}<MultiText value={doc.title} /></h1>
      <p className="muted">{t(`documentKind.${doc.kind}`)}{doc.adoptedOn && <> · {formatDate(doc.adoptedOn, lang)}</>}</p>
      <h2>{t('dialogue.provisions')}</h2>
      <ol className="provision-list">
        {provisions.map((p) => (
          <li key={p.id} id={`provision-${p.id}`}>
            <strong>{p.number}</strong> <MultiText value={p.text} />
            {p.placeholder && <span className="badge badge-warn">{t('dialogue.placeholder')}</span>}
          </li>
        ))}
      </ol>
    </article>
  );
}
