import { useAsync } from '../../components/use-async.ts';
import { SignOffList } from './sign-off-list.tsx';
import { useEffect, useState } from 'react';
import type { DialogueRecord } from '../../../shared/contracts/dialogue-record.ts';
import type { PublicationStatus } from '../../../shared/contracts/enums.ts';
import type { Publication, RevisionDiff } from '../../../shared/contracts/publishing.ts';
import { api } from '../../api/client.ts';
import {
  EditForm,
  Field,
  FormStatus,
  faultAt,
  useErrorAt,
  useSubmission,
  type Submission,
} from '../../components/form.tsx';
import { useText } from '../../components/multi-text.tsx';
import { ErrorNote, Loading } from '../../components/status.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { nativeLanguageName } from '../../../shared/i18n/native-names.ts';
import { LocalTime, zonedText } from '../../components/zone-times.tsx';

/** Where each status may go next, as buttons: forward first. */
const NEXT: Record<
  PublicationStatus,
  {
    to: PublicationStatus;
    label:
      | 'publishing.submit'
      | 'publishing.approveAll'
      | 'publishing.publish'
      | 'publishing.backToDraft'
      | 'publishing.withdraw';
  }[]
> = {
  draft: [{ to: 'in_review', label: 'publishing.submit' }],
  in_review: [
    { to: 'approved', label: 'publishing.approveAll' },
    { to: 'draft', label: 'publishing.backToDraft' },
  ],
  approved: [
    { to: 'published', label: 'publishing.publish' },
    { to: 'draft', label: 'publishing.backToDraft' },
  ],
  published: [{ to: 'approved', label: 'publishing.withdraw' }],
};

export function PublicationEditor({
  record,
  publicationId,
  canWrite,
  isAdmin,
  onChanged,
}: {
  record: DialogueRecord;
  publicationId: string;
  canWrite: boolean;
  isAdmin: boolean;
  onChanged(): void;
}) {
  const { t } = useI18n();
  const [p, setP] = useState<Publication | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  // The text form starts afresh on each version it saves; its submission outlives it, to confirm the save.
  const textSubmission = useSubmission();
  const pubs = api.of(record.dialogue.id).publications;
  useEffect(() => {
    pubs.get(publicationId).then(setP, setLoadError);
  }, [publicationId]);
  if (loadError) return <ErrorNote>{t('common.error', { message: (loadError as Error).message })}</ErrorNote>;
  if (!p) return <Loading label={t('common.loading')} />;
  const changed = (next: Publication) => {
    setP(next);
    onChanged();
  };
  return (
    <div className="publication-editor">
      {p.writtenIn !== p.language && (
        <p className="note">
          {t('publishing.fallback', {
            lang: nativeLanguageName(p.writtenIn),
          })}
        </p>
      )}
      {canWrite ? (
        <TextForm key={p.version} p={p} submission={textSubmission} onSaved={changed} />
      ) : (
        <pre className="publication-text">{p.body}</pre>
      )}
      {canWrite && <Workflow p={p} isAdmin={isAdmin} onMoved={changed} />}
      <Approvals record={record} p={p} isAdmin={isAdmin} onReviewed={changed} />
      <Revisions p={p} />
    </div>
  );
}

function TextForm({
  p,
  submission,
  onSaved,
}: {
  p: Publication;
  submission: Submission;
  onSaved(next: Publication): void;
}) {
  const { t } = useI18n();
  const errorAt = useErrorAt(submission);
  const [title, setTitle] = useState(p.title);
  const [body, setBody] = useState(p.body);
  const [confirmRegenerate, setConfirmRegenerate] = useState(false);
  const pubs = api.of(p.dialogueId).publications;
  const regenerate = (discardEdits: boolean) =>
    submission.run(async () => {
      try {
        onSaved(await pubs.regenerate(p.id, { version: p.version, discardEdits }));
        setConfirmRegenerate(false);
      } catch (err) {
        if (!faultAt(err, 'discardEdits')) throw err;
        setConfirmRegenerate(true);
        return false;
      }
    });
  return (
    <EditForm
      label={t('publishing.edit')}
      submission={submission}
      submitLabel={t('publishing.save')}
      onCancel={false}
      labels={{ title: t('publishing.titleField'), body: t('publishing.body') }}
      onSubmit={async () => onSaved(await pubs.update(p.id, { title, body, version: p.version }))}
      actions={
        <button
          className="button-secondary"
          type="button"
          disabled={submission.busy}
          onClick={() => void regenerate(false)}
        >
          {t('publishing.regenerate')}
        </button>
      }
    >
      <Field label={t('publishing.titleField')} error={errorAt('title')} path="title">
        {(props) => <input {...props} value={title} onChange={(e) => setTitle(e.target.value)} />}
      </Field>
      <Field label={t('publishing.body')} error={errorAt('body')} path="body">
        {(props) => <textarea {...props} rows={18} value={body} onChange={(e) => setBody(e.target.value)} />}
      </Field>
      <p className="muted">{t('publishing.bodyHint')}</p>
      {confirmRegenerate && (
        <div className="note" role="alert">
          <p>{t('publishing.regenerateConfirm')}</p>
          <button className="button-danger" type="button" onClick={() => void regenerate(true)}>
            {t('publishing.regenerate')}
          </button>
        </div>
      )}
    </EditForm>
  );
}

function Workflow({ p, isAdmin, onMoved }: { p: Publication; isAdmin: boolean; onMoved(next: Publication): void }) {
  const { t, lang } = useI18n();
  const submission = useSubmission();
  const errorAt = useErrorAt(submission);
  const [publishAt, setPublishAt] = useState('');
  const everyone = p.approvals.every((a) => a.approved);
  const move = (to: PublicationStatus) =>
    submission.run(async () =>
      onMoved(
        await api.of(p.dialogueId).publications.move(p.id, {
          to,
          version: p.version,
          ...(to === 'published' && publishAt ? { publishAt: new Date(publishAt).toISOString() } : {}),
        }),
      ),
    );
  return (
    <div className="workflow">
      <p>
        <span className="badge">{t(`publishing.status.${p.status}`)}</span>
        {p.status === 'published' && p.publishAt && Date.parse(p.publishAt) > Date.now() && (
          <> {t('publishing.scheduled', { at: zonedText(t, p.publishAt, p.zone, lang) })}</>
        )}
        {p.status === 'published' && (
          <>
            {' '}
            · <a href={`/news/${p.slug}`}>{t('publishing.view')}</a>
          </>
        )}
      </p>
      {p.status === 'in_review' && (
        <>
          <h3>{t('publishing.step.final')}</h3>
          <p className="muted">{t('publishing.step.finalHint')}</p>
        </>
      )}
      {(p.status === 'approved' || p.status === 'published') && !everyone && (
        <p className="note">{t('publishing.overridden')}</p>
      )}
      {p.status === 'approved' && (
        <Field label={t('publishing.publishAt')} error={errorAt('publishAt')}>
          {(props) => (
            <input {...props} type="datetime-local" value={publishAt} onChange={(e) => setPublishAt(e.target.value)} />
          )}
        </Field>
      )}
      <p className="actions">
        {NEXT[p.status]
          .filter((n) => n.to !== 'approved' || isAdmin || everyone)
          .map((n) => (
            <button
              // The secretariat approving before every institution signed off overrides them: it looks and says so.
              className={n.to !== 'approved' ? 'button-secondary' : everyone ? 'button-primary' : 'button-danger'}
              key={n.to}
              type="button"
              disabled={submission.busy}
              onClick={() => void move(n.to)}
            >
              {n.to === 'approved' && p.status === 'in_review' && !everyone
                ? t('publishing.approveOverride')
                : t(n.label)}
            </button>
          ))}
      </p>
      <FormStatus submission={submission} />
    </div>
  );
}

function Approvals({
  record,
  p,
  isAdmin,
  onReviewed,
}: {
  record: DialogueRecord;
  p: Publication;
  isAdmin: boolean;
  onReviewed(next: Publication): void;
}) {
  const { t } = useI18n();
  const text = useText();
  const submission = useSubmission();
  const errorAt = useErrorAt(submission);
  const [comment, setComment] = useState('');
  const [organizationId, setOrganizationId] = useState(p.approvals.find((a) => !a.approved)?.organizationId ?? '');
  // The secretariat may add an institution that is not in the record: the directory names it.
  const directory = useAsync(async () => (await api.directory.organizations()).items, 'organizations');
  const orgName = (id: string) =>
    text(record.organizations.find((o) => o.id === id)?.name) ||
    text(directory.data?.find((o) => o.id === id)?.names.at(-1)?.name) ||
    id;
  const review = async (decision: 'approve' | 'comment') => {
    onReviewed(
      await api.of(p.dialogueId).publications.review(p.id, {
        decision,
        ...(decision === 'comment' ? { comment } : {}),
        ...(isAdmin ? { organizationId } : {}),
      }),
    );
    setComment('');
  };
  return (
    <div className="approvals">
      <h3>{t('publishing.step.signOff')}</h3>
      <p className="muted">{t('publishing.step.signOffHint')}</p>
      <ul>
        {p.approvals.map((a) => (
          <li key={a.organizationId}>
            {orgName(a.organizationId)}:{' '}
            <span className={a.approved ? 'badge' : 'badge badge-warn'}>
              {/* Once approved or published, nothing is awaited any more: a missing sign-off is said as one. */}
              {t(
                a.approved
                  ? 'publishing.signedOff'
                  : p.status === 'approved' || p.status === 'published'
                    ? 'publishing.notSignedOff'
                    : 'publishing.pending',
              )}
            </span>
          </li>
        ))}
      </ul>
      <SignOffList p={p} isAdmin={isAdmin} onChanged={onReviewed} />
      {p.reviews.some((r) => r.comment) && (
        <>
          <h3>{t('publishing.reviews')}</h3>
          <ul>
            {p.reviews
              .filter((r) => r.comment)
              .map((r) => (
                <li key={r.id}>
                  <strong>{orgName(r.organizationId)}</strong> ({t('publishing.revision', { n: r.revision })}):{' '}
                  {r.comment}
                </li>
              ))}
          </ul>
        </>
      )}
      {p.status === 'in_review' && (
        <EditForm
          label={t('publishing.step.signOff')}
          submission={submission}
          submitLabel={t('publishing.signOff')}
          onCancel={false}
          labels={{ organizationId: t('publishing.reviewFor'), comment: t('publishing.comment') }}
          onSubmit={() => review('approve')}
          actions={
            <button
              className="button-quiet"
              type="button"
              disabled={submission.busy}
              onClick={() => void submission.run(() => review('comment'))}
            >
              {t('publishing.sendComment')}
            </button>
          }
        >
          {isAdmin && (
            <Field label={t('publishing.reviewFor')} error={errorAt('organizationId')} path="organizationId">
              {(props) => (
                <select {...props} value={organizationId} onChange={(e) => setOrganizationId(e.target.value)}>
                  {p.approvals.map((a) => (
                    <option key={a.organizationId} value={a.organizationId}>
                      {orgName(a.organizationId)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
          <Field label={t('publishing.comment')} error={errorAt('comment')} path="comment">
            {(props) => <textarea {...props} rows={3} value={comment} onChange={(e) => setComment(e.target.value)} />}
          </Field>
        </EditForm>
      )}
    </div>
  );
}

function Revisions({ p }: { p: Publication }) {
  const { t } = useI18n();
  const [diff, setDiff] = useState<RevisionDiff | null>(null);
  return (
    <div className="revisions">
      <h3>{t('publishing.revisions')}</h3>
      <ol>
        {p.revisions.map((r) => (
          <li key={r.n}>
            {t('publishing.revision', { n: r.n })} · {t(`publishing.origin.${r.origin}`)} ·{' '}
            <LocalTime iso={r.at} zone={p.zone} />
            {r.n > 1 && (
              <>
                {' '}
                <button
                  type="button"
                  className="button-quiet"
                  onClick={() =>
                    void api
                      .of(p.dialogueId)
                      .publications.diff(p.id, r.n - 1, r.n)
                      .then(setDiff)
                  }
                >
                  {t('publishing.showDiff')}
                </button>
              </>
            )}
          </li>
        ))}
      </ol>
      {diff && (
        <figure className="diff">
          <figcaption>{t('publishing.diff', { from: diff.from, to: diff.to })}</figcaption>
          <pre>
            {diff.parts.map((part, i) =>
              part.op === 'added' ? (
                <ins key={i}>{part.text}</ins>
              ) : part.op === 'removed' ? (
                <del key={i}>{part.text}</del>
              ) : (
                <span key={i}>{part.text}</span>
              ),
            )}
          </pre>
        </figure>
      )}
    </div>
  );
}
