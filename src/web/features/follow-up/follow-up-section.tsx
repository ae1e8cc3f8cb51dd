import { Link } from 'wouter';
import type { DialogueRecord } from '../../../shared/contracts/dialogue-record.ts';
import { CLOSED_STATUSES, isTracked } from '../../../shared/contracts/tracked.ts';
import { formatDate } from '../../../shared/i18n/locale-format.ts';
import { EmptyState } from '../../components/empty-state.tsx';
import { ContentText, Sentence } from '../../components/multi-text.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';

/**
 * The dialogue page's Follow-up: the items of its record the tracker follows (the one rule,
 * `isTracked`), each with its owner institution, due date and status, linking to the item's own page
 * and to the tracker of the documents they concern. It reads the record the page already holds, so a
 * reader sees here exactly what the record shows them: under the Rule an outsider gets no owner.
 */
export function FollowUpSection({ record: r, canRecord }: { record: DialogueRecord; canRecord: boolean }) {
  const { t, lang } = useI18n();
  const items = r.outcomes.filter(isTracked);
  const orgs = new Map(r.organizations.map((o) => [o.id, o]));
  const today = new Date().toISOString().slice(0, 10);
  const concerned = new Set(items.flatMap((o) => o.provisionIds));
  const documents = r.references.filter((doc) => doc.provisions.some((p) => concerned.has(p.id)));
  const overdue = (o: (typeof items)[number]) =>
    !!o.dueOn && o.dueOn < today && !(CLOSED_STATUSES as readonly string[]).includes(o.status ?? '');

  return (
    <section aria-labelledby="follow-up">
      <h2 id="follow-up">{t('dialogue.tab.followUp')}</h2>
      {items.length === 0 ? (
        <EmptyState
          hint={canRecord ? t('followUp.emptyRecord') : t('followUp.emptyRead')}
          action={canRecord ? <a href="#outcomes">{t('followUp.toOutcomes')}</a> : undefined}
        >
          {t('followUp.empty')}
        </EmptyState>
      ) : (
        <>
          <p className="muted">{t('followUp.intro')}</p>
          <ul className="follow-up" aria-label={t('followUp.items')}>
            {items.map((o) => {
              const owner = o.ownerOrganizationId ? orgs.get(o.ownerOrganizationId) : undefined;
              const late = overdue(o);
              return (
                <li key={o.id}>
                  <p className="meta">
                    <span className="badge">{t(`outcomeKind.${o.kind}`)}</span>
                    {o.status ? (
                      <span className={`badge status-${o.status}`}>{t(`actionStatus.${o.status}`)}</span>
                    ) : (
                      <span className="badge">{t('followUp.noReport')}</span>
                    )}
                    {late && <span className="badge badge-warn">⚠ {t('followUp.overdue')}</span>}
                  </p>
                  <Link href={`/actions/${o.id}`} className="follow-up-text">
                    <ContentText value={o.text} />
                  </Link>
                  <dl className="follow-up-facts">
                    <div>
                      <dt>{t('followUp.owner')}</dt>
                      <dd>{owner ? <ContentText value={owner.name} /> : t('followUp.noOwner')}</dd>
                    </div>
                    <div>
                      <dt>{t('followUp.due')}</dt>
                      <dd>
                        {o.dueOn ? <time dateTime={o.dueOn}>{formatDate(o.dueOn, lang)}</time> : t('followUp.noDue')}
                      </dd>
                    </div>
                  </dl>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <p>
        {documents.length > 0 ? (
          documents.map((doc, i) => (
            <span key={doc.id}>
              {i > 0 && ' · '}
              <Link href={`/tracker/${doc.id}`}>
                <Sentence message={(document) => t('followUp.inTracker', { document })}>
                  {doc.symbol ?? <ContentText value={doc.title} />}
                </Sentence>
              </Link>
            </span>
          ))
        ) : (
          <Link href="/tracker">{t('followUp.toTracker')}</Link>
        )}
      </p>
    </section>
  );
}
