import { Fragment, startTransition, useEffect, useState, type ReactNode } from 'react';
import { MaterialsSection } from '../features/materials/materials-section.tsx';
import { Link } from 'wouter';
import type { DialogueRecord } from '../../shared/contracts/dialogue-record.ts';
import type { Statement } from '../../shared/contracts/record.ts';
import { api, ApiError } from '../api/client.ts';
import { ContentText, MultiText, Sentence, useCollator, useText } from '../components/multi-text.tsx';
import { ErrorNote, Loading } from '../components/status.tsx';
import { useAsync } from '../components/use-async.ts';
import { ZoneTimes } from '../components/zone-times.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import { formatDate } from '../../shared/i18n/locale-format.ts';
import { useSession } from '../session.tsx';
import { editorRoles } from '../../shared/editor-roles.ts';
import { Exports } from '../features/publishing/exports.tsx';
import { DialogueSections } from '../features/dialogue-sections.tsx';
import { FollowUpSection } from '../features/follow-up/follow-up-section.tsx';
import { hasRule, waitingInRecord } from '../../shared/under-rule.ts';
import { nativeLanguageName } from '../../shared/i18n/native-names.ts';
import { LocalTime } from '../components/zone-times.tsx';
import { lazyPage } from '../components/lazy-page.tsx';
import { usePageHead } from '../components/page-head.ts';
import { presentSections, shortened } from '../../shared/dialogue-heading.ts';

// The editors and the secretariat's panels load when someone who may use them opens the page.
const AgendaItemForm = lazyPage(() => import('../features/record/agenda-item-form.tsx'), 'AgendaItemForm');
const OutcomeForm = lazyPage(() => import('../features/record/outcome-form.tsx'), 'OutcomeForm');
const ParticipantForm = lazyPage(() => import('../features/record/participant-form.tsx'), 'ParticipantForm');
const StatementForm = lazyPage(() => import('../features/record/statement-form.tsx'), 'StatementForm');
const PublicationsPanel = lazyPage(() => import('../features/publishing/publications-panel.tsx'), 'PublicationsPanel');
const ConveningPanel = lazyPage(() => import('../features/convening/convening-panel.tsx'), 'ConveningPanel');

export function DialoguePage({ id }: { id: string }) {
  const { t } = useI18n();
  const record = useAsync(
    () => api.dialogues.record(id),
    id,
    () => api.dialogues.earlyRecord(id),
  );
  const countries = useAsync(
    () => api.directory.countries(),
    'countries',
    () => api.directory.earlyCountries(),
  );
  if (record.error) {
    return (
      <ErrorNote>
        {record.error instanceof ApiError && record.error.status === 404
          ? t('common.notFound')
          : t('common.error', { message: record.error.message })}
      </ErrorNote>
    );
  }
  if (!record.data) return <Loading label={t('common.loading')} />;
  return (
    <RecordView
      r={record.data}
      countryNames={new Map((countries.data ?? []).map((c) => [c.code, c.name]))}
      onChanged={record.reload}
    />
  );
}

/** An editor folded away until asked for. */
function Editor({ label, children }: { label: string; children: ReactNode }) {
  return (
    <details className="editor-box">
      <summary>{label}</summary>
      {children}
    </details>
  );
}

function RecordView({
  r,
  countryNames,
  onChanged,
}: {
  r: DialogueRecord;
  countryNames: Map<string, DialogueRecord['dialogue']['title']>;
  onChanged(): void;
}) {
  const { t, lang } = useI18n();
  const text = useText();
  const { user } = useSession();
  const can = editorRoles(user, r);
  usePageHead(text(r.dialogue.title), shortened(text(r.dialogue.summary)));
  const [editing, setEditing] = useState<string | null>(null);
  // The first paint shows the heading, which fills a phone's screen; the sections below follow in the
  // next render, which React cuts into short tasks. Arriving at an anchor (a search hit,
  // #statement-…), the whole page comes at once, so that part of the record is there to scroll to.
  const [whole, setWhole] = useState(() => location.hash !== '');
  useEffect(() => {
    if (!whole) startTransition(() => setWhole(true));
    else if (location.hash)
      document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView({ block: 'center' });
  }, [whole]);
  const d = r.dialogue;
  const orgs = new Map(r.organizations.map((o) => [o.id, o]));
  const participants = new Map(r.participants.map((p) => [p.id, p]));
  const provisions = new Map(r.references.flatMap((doc) => doc.provisions.map((p) => [p.id, { doc, p }] as const)));
  const areas = new Map(r.areas.map((a) => [a.id, a]));
  const byName = useCollator();

  const byCountry = new Map<string, typeof r.participants>();
  for (const p of r.participants) {
    const code = (p.organizationId && orgs.get(p.organizationId)?.countryCode) || '';
    byCountry.set(code, [...(byCountry.get(code) ?? []), p]);
  }
  // Countries by name in the reader's language, not by ISO code; international bodies last.
  const countryName = (code: string) => text(countryNames.get(code)) || code;
  const countryGroups = [...byCountry.entries()].sort(([a], [b]) =>
    a === '' ? 1 : b === '' ? -1 : byName(countryName(a), countryName(b)),
  );

  const sections = [
    ...r.agenda.map((a) => ({
      key: a.id,
      title: a.title,
      statements: r.statements.filter((s) => s.agendaItemId === a.id),
    })),
  ];
  const loose = r.statements.filter((s) => !s.agendaItemId || !r.agenda.some((a) => a.id === s.agendaItemId));

  const speaker = (s: Statement) => {
    if (s.speaker.kind === 'withheld') return <span className="speaker">{t('dialogue.withheld')}</span>;
    if (s.speaker.kind === 'collective') {
      return (
        <span className="speaker">
          <Sentence message={(names) => t('dialogue.collective', { names })}>
            {s.speaker.organizationIds.map((o, i) => (
              <Fragment key={o}>
                {i > 0 && ', '}
                <ContentText value={orgs.get(o)?.acronym ?? orgs.get(o)?.name} />
              </Fragment>
            ))}
          </Sentence>
        </span>
      );
    }
    const p = participants.get(s.speaker.participantId);
    const org = p?.organizationId ? orgs.get(p.organizationId) : undefined;
    return (
      <span className="speaker">
        <strong>
          <MultiText value={p?.person.name} />
        </strong>
        {org && (
          <>
            ,{' '}
            <span className="muted">
              <ContentText value={org.name} />
            </span>
          </>
        )}
      </span>
    );
  };

  /** Under the Rule, insiders see which texts outsiders cannot read yet. */
  const notCleared = (x: { clearance: string }) =>
    can.inside && x.clearance === 'pending' && <span className="badge badge-warn">{t('clearance.notCleared')}</span>;

  const done = () => {
    setEditing(null);
    onChanged();
  };
  const editButton = (id: string, what: string) => (
    <button
      type="button"
      className="button-quiet edit"
      onClick={() => setEditing(id)}
      aria-label={`${t('edit.edit')}: ${what}`}
    >
      {t('edit.edit')}
    </button>
  );

  const statementItem = (s: Statement) =>
    editing === s.id ? (
      <li key={s.id} className="statement">
        <StatementForm record={r} existing={s} onSaved={done} onCancel={() => setEditing(null)} />
      </li>
    ) : (
      <li key={s.id} id={`statement-${s.id}`} className={`statement statement-${s.kind}`}>
        <p className="meta">
          {speaker(s)}
          {s.deliveredAt && (
            <>
              {' '}
              · <LocalTime iso={s.deliveredAt} zone={d.hostZone} options={{ dateStyle: undefined }} />
            </>
          )}{' '}
          <span className="badge">{t(`statementKind.${s.kind}`)}</span>
          {notCleared(s)}
          {can.record && editButton(s.id, text(s.text).slice(0, 40))}
        </p>
        {s.kind === 'direct_quote' ? (
          <blockquote>
            <MultiText value={s.text} as="p" status={can.inside} />
          </blockquote>
        ) : (
          <MultiText value={s.text} as="p" status={can.inside} />
        )}
        {s.areaIds.length > 0 && (
          <p className="tags">
            {s.areaIds.map((a) => (
              <span key={a} className="tag">
                <ContentText value={areas.get(a)?.name} />
              </span>
            ))}
          </p>
        )}
      </li>
    );

  return (
    <article className="dialogue">
      <header>
        <p className="muted">{r.series && <MultiText value={r.series.title} />}</p>
        <h1>
          <MultiText value={d.title} />
        </h1>
        <p className="tags">
          <span className="badge">{t(`status.${d.status}`)}</span>
          <span className={d.confidentiality === 'public' ? 'badge' : 'badge badge-warn'}>
            {t(`confidentiality.${d.confidentiality}`)}
          </span>
        </p>
        {d.summary && <MultiText value={d.summary} as="p" />}
        {(can.plan || (can.record && hasRule(r))) && (
          <p className="actions wrap">
            {can.plan && (
              <Link href={`/dialogues/${d.id}/edit`} className="button-secondary">
                {t('dialogue.edit')}
              </Link>
            )}
            {can.record && hasRule(r) && (
              <Link href={`/dialogues/${d.id}/clearance`} className="button-secondary">
                {t('clearance.link', { count: waitingInRecord(r) })}
              </Link>
            )}
          </p>
        )}
      </header>
      <DialogueSections present={presentSections(can.inside)} />

      {whole && (
        <>
          <section aria-labelledby="overview">
            <h2 id="overview">{t('dialogue.overview')}</h2>
            <dl className="facts">
              {r.conveners.length > 0 && (
                <>
                  <dt>{t('dialogue.convener', { count: r.conveners.length })}</dt>
                  <dd>
                    {r.conveners.map((c, i) => (
                      <Fragment key={c}>
                        {i > 0 && '; '}
                        <ContentText value={orgs.get(c)?.name} />
                      </Fragment>
                    ))}
                  </dd>
                </>
              )}
              <dt>{t('dialogue.when')}</dt>
              <dd>
                <ZoneTimes iso={d.startsAt} hostZone={d.hostZone} />
              </dd>
              {d.venue && (
                <>
                  <dt>{t('dialogue.venue')}</dt>
                  <dd>
                    {d.venue.place && (
                      <>
                        <MultiText value={d.venue.place} />,{' '}
                      </>
                    )}
                    <MultiText value={d.venue.city} />
                  </dd>
                </>
              )}
              {d.theme && (
                <>
                  <dt>{t('dialogue.theme')}</dt>
                  <dd>
                    <MultiText value={d.theme} />
                  </dd>
                </>
              )}
              <dt>{t('dialogue.format')}</dt>
              <dd>{t(`format.${d.format}`)}</dd>
              <dt>{t('dialogue.languages')}</dt>
              <dd>{d.languages.map(nativeLanguageName).join(', ')}</dd>
            </dl>
            {d.media.kind === 'external' && (
              <p>
                <a className="button-primary" href={d.media.url} rel="noopener noreferrer" target="_blank">
                  {t('dialogue.join')}
                </a>
              </p>
            )}
            {can.inside && (
              <p>
                <Link className="button-primary" href={`/dialogues/${d.id}/live`}>
                  {t('live.enter')}
                </Link>
              </p>
            )}
          </section>

          <section aria-labelledby="participants">
            <h2 id="participants">
              {t('dialogue.participants')}{' '}
              {/* Under the Rule the note below says how many took part; "no participants" beside it would contradict it. */}
              {r.participantsWithheld === 0 && (
                <span className="muted count">{t('dialogue.participantCount', { count: r.participants.length })}</span>
              )}
            </h2>
            {r.participantsWithheld > 0 && (
              <p className="note">{t('dialogue.participantsWithheld', { count: r.participantsWithheld })}</p>
            )}
            {countryGroups.map(([code, list]) => (
              <div key={code || 'intl'} className="country-group">
                <h3>{code ? text(countryNames.get(code)) || code : t('dialogue.noCountry')}</h3>
                <ul className="people">
                  {list.map((p) => {
                    const org = p.organizationId ? orgs.get(p.organizationId) : undefined;
                    if (editing === p.id)
                      return (
                        <li key={p.id}>
                          <ParticipantForm record={r} existing={p} onSaved={done} onCancel={() => setEditing(null)} />
                        </li>
                      );
                    return (
                      <li key={p.id}>
                        <strong>
                          <MultiText value={p.person.name} />
                        </strong>
                        {p.position && (
                          <>
                            , <MultiText value={p.position} />
                          </>
                        )}
                        {org && (
                          <div className="muted">
                            <ContentText value={org.name} />
                          </div>
                        )}
                        <span className="badge">{t(`role.${p.role}`)}</span>
                        {/* The organizer follows the answers to the invitations here. */}
                        {can.plan && (
                          <span className={p.invitation === 'declined' ? 'badge badge-warn' : 'badge'}>
                            {t(`invitation.${p.invitation}`)}
                          </span>
                        )}
                        {can.plan && editButton(p.id, text(p.person.name))}
                      </li>
                    );
                  })}
                </ul>
              </div>
            ))}
            {can.plan && (
              <Editor label={t('edit.addParticipant')}>
                <ParticipantForm record={r} onSaved={onChanged} />
              </Editor>
            )}
          </section>

          <section aria-labelledby="agenda">
            <h2 id="agenda">{t('dialogue.agenda')}</h2>
            <ol className="agenda">
              {r.agenda.map((a) =>
                editing === a.id ? (
                  <li key={a.id}>
                    <AgendaItemForm record={r} existing={a} onSaved={done} onCancel={() => setEditing(null)} />
                  </li>
                ) : (
                  <li key={a.id} id={`agenda_item-${a.id}`}>
                    <MultiText value={a.title} />
                    {can.plan && <> {editButton(a.id, text(a.title))}</>}
                    {a.provisionIds.length > 0 && (
                      <ul className="provisions" aria-label={t('dialogue.provisions')}>
                        {a.provisionIds.map((pid) => {
                          const hit = provisions.get(pid);
                          return (
                            hit && (
                              <li key={pid}>
                                <Link href={`/references/${hit.doc.id}#provision-${pid}`}>
                                  {hit.doc.symbol ?? <ContentText value={hit.doc.title} />} {hit.p.number}
                                </Link>
                              </li>
                            )
                          );
                        })}
                      </ul>
                    )}
                  </li>
                ),
              )}
            </ol>
            {can.plan && (
              <Editor label={t('edit.addAgendaItem')}>
                <AgendaItemForm record={r} onSaved={onChanged} />
              </Editor>
            )}
          </section>

          <MaterialsSection record={r} />

          <section aria-labelledby="record">
            <h2 id="record">
              {t('dialogue.record')}{' '}
              <span className="muted count">{t('dialogue.statementCount', { count: r.statements.length })}</span>
            </h2>
            {sections
              .filter((s) => s.statements.length > 0)
              .map((s) => (
                <section key={s.key} aria-label={text(s.title)}>
                  <h3>
                    <MultiText value={s.title} />
                  </h3>
                  <ul className="statements">{s.statements.map(statementItem)}</ul>
                </section>
              ))}
            {loose.length > 0 && (
              <section>
                <h3>{t('dialogue.general')}</h3>
                <ul className="statements">{loose.map(statementItem)}</ul>
              </section>
            )}
            {can.record && (
              <Editor label={t('edit.recordStatement')}>
                <StatementForm record={r} onSaved={onChanged} />
              </Editor>
            )}
          </section>

          <section aria-labelledby="outcomes">
            <h2 id="outcomes">{t('dialogue.outcomes')}</h2>
            <ul className="outcomes">
              {r.outcomes.map((o) =>
                editing === o.id ? (
                  <li key={o.id}>
                    <OutcomeForm record={r} existing={o} onSaved={done} onCancel={() => setEditing(null)} />
                  </li>
                ) : (
                  <li key={o.id} id={`outcome-${o.id}`}>
                    <p className="meta">
                      <span className="badge">{t(`outcomeKind.${o.kind}`)}</span>
                      {o.status && <span className="badge">{t(`actionStatus.${o.status}`)}</span>}
                      {notCleared(o)}
                      {can.record && editButton(o.id, text(o.text).slice(0, 40))}
                    </p>
                    <MultiText value={o.text} as="p" status={can.inside} />
                    {o.ownerOrganizationId && (
                      <p className="muted">
                        <Sentence message={(name) => t('dialogue.owner', { name })}>
                          <ContentText value={orgs.get(o.ownerOrganizationId)?.name} />
                        </Sentence>
                        {o.dueOn && <> · {t('dialogue.due', { date: formatDate(o.dueOn, lang) })}</>}
                      </p>
                    )}
                  </li>
                ),
              )}
            </ul>
            {can.record && (
              <Editor label={t('edit.addOutcome')}>
                <OutcomeForm record={r} onSaved={onChanged} />
              </Editor>
            )}
          </section>

          <FollowUpSection record={r} canRecord={can.record} />

          {can.plan && <ConveningPanel record={r} onChanged={onChanged} />}

          {can.inside && (
            <div id="publications" className="section-anchor">
              <PublicationsPanel record={r} canWrite={can.record} isAdmin={can.admin} />
            </div>
          )}

          <Exports dialogueId={d.id} />

          <section aria-labelledby="references">
            <h2 id="references">{t('dialogue.references')}</h2>
            <ul>
              {r.references.map((doc) => (
                <li key={doc.id}>
                  <Link href={`/references/${doc.id}`}>
                    {doc.symbol && <>{doc.symbol}: </>}
                    <MultiText value={doc.title} />
                  </Link>
                  {doc.adoptedOn && <span className="muted"> — {formatDate(doc.adoptedOn, lang)}</span>}
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </article>
  );
}
