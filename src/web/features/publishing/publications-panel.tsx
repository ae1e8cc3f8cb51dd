import { useState } from 'react';
import { Link } from 'wouter';
import type { DialogueRecord } from '../../../shared/contracts/dialogue-record.ts';
import { PublicationKindValues } from '../../../shared/contracts/enum-values.ts';
import type { PublicationKind } from '../../../shared/contracts/enums.ts';
import { UI_LANGUAGES } from '../../../shared/languages.ts';
import { api } from '../../api/client.ts';
import { EditForm, Field, useErrorAt, useSubmission, EnumOptions } from '../../components/form.tsx';
import { ErrorNote, Loading } from '../../components/status.tsx';
import { useAsync } from '../../components/use-async.ts';
import { useLanguageName } from '../../components/language-name.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { PublicationEditor } from './publication-editor.tsx';
import { hasRule, waitingInRecord } from '../../../shared/under-rule.ts';
import { zonedText } from '../../components/zone-times.tsx';

/**
 * A dialogue's press releases, minutes and summaries: generated from the record, then edited,
 * reviewed by the institutions and published. Shown to the dialogue's insiders only.
 */
export function PublicationsPanel({
  record,
  canWrite,
  isAdmin,
}: {
  record: DialogueRecord;
  canWrite: boolean;
  isAdmin: boolean;
}) {
  const { t, lang } = useI18n();
  const id = record.dialogue.id;
  const list = useAsync(() => api.of(id).publications.list(), `${id}:publications`);
  const [open, setOpen] = useState<string | null>(null);
  const languageName = useLanguageName();

  return (
    <section aria-labelledby="publications">
      <h2 id="publications">{t('publishing.title')}</h2>
      <ClearanceNotice record={record} canClear={canWrite} />
      {list.error ? <ErrorNote>{t('common.error', { message: list.error.message })}</ErrorNote> : null}
      {!list.data && !list.error && <Loading label={t('common.loading')} />}
      {list.data?.length === 0 && <p className="muted">{t('publishing.none')}</p>}
      <ul className="publications">
        {list.data?.map((p) => (
          <li key={p.id} id={`publication-${p.id}`}>
            <p className="meta">
              <strong>{t(`publishing.kind.${p.kind}`)}</strong> · {languageName(p.language)}{' '}
              <span className="badge">{t(`publishing.status.${p.status}`)}</span>
              {p.status === 'published' && p.publishAt && Date.parse(p.publishAt) > Date.now() && (
                <span className="badge badge-warn">
                  {t('publishing.scheduled', { at: zonedText(t, p.publishAt, p.zone, lang) })}
                </span>
              )}{' '}
              <button
                type="button"
                className="button-quiet"
                aria-expanded={open === p.id}
                onClick={() => setOpen(open === p.id ? null : p.id)}
              >
                {open === p.id ? t('form.cancel') : t('publishing.edit')}
                <span className="visually-hidden">: {p.title}</span>
              </button>
            </p>
            <p>{p.title}</p>
            {open === p.id && (
              <PublicationEditor
                record={record}
                publicationId={p.id}
                canWrite={canWrite}
                isAdmin={isAdmin}
                onChanged={list.reload}
              />
            )}
          </li>
        ))}
      </ul>
      {canWrite && (
        <GenerateForm
          record={record}
          taken={(list.data ?? []).map((p) => `${p.kind}:${p.language}`)}
          onCreated={(pid) => {
            list.reload();
            setOpen(pid);
          }}
        />
      )}
    </section>
  );
}

function GenerateForm({
  record,
  taken,
  onCreated,
}: {
  record: DialogueRecord;
  taken: string[];
  onCreated(id: string): void;
}) {
  const { t } = useI18n();
  const languageName = useLanguageName();
  const submission = useSubmission();
  const errorAt = useErrorAt(submission);
  const languages = [...new Set([...record.dialogue.languages, ...UI_LANGUAGES])];
  const [kind, setKind] = useState<PublicationKind>('press_release');
  const [language, setLanguage] = useState(languages.find((l) => !taken.includes(`press_release:${l}`)) ?? 'en');
  return (
    <EditForm
      label={t('publishing.generate')}
      submission={submission}
      submitLabel={t('publishing.generate')}
      onCancel={false}
      labels={{ kind: t('publishing.kind'), language: t('publishing.language') }}
      onSubmit={async () => onCreated((await api.of(record.dialogue.id).publications.create({ kind, language })).id)}
    >
      <Field label={t('publishing.kind')} error={errorAt('kind')} path="kind">
        {(props) => (
          <select {...props} value={kind} onChange={(e) => setKind(e.target.value as PublicationKind)}>
            <EnumOptions values={PublicationKindValues} name={(k) => t(`publishing.kind.${k}`)} />
          </select>
        )}
      </Field>
      <Field label={t('publishing.language')} error={errorAt('language')} path="language">
        {(props) => (
          <select {...props} value={language} onChange={(e) => setLanguage(e.target.value)}>
            {languages.map((l) => (
              <option key={l} value={l}>
                {languageName(l)}
              </option>
            ))}
          </select>
        )}
      </Field>
    </EditForm>
  );
}

/**
 * Under the Chatham House Rule a publication is approved only once every text said under the Rule
 * is cleared: say how many wait, and where to clear them. Those who may clear read the queue; other
 * insiders, the record's own marks.
 */
function ClearanceNotice({ record, canClear }: { record: DialogueRecord; canClear: boolean }) {
  const { t } = useI18n();
  const id = record.dialogue.id;
  const ruled = hasRule(record);
  const queue = useAsync(
    () => (ruled && canClear ? api.of(id).clearances.list() : Promise.resolve(null)),
    `${id}:clearances:${record.seq}:${canClear}`,
  );
  const waiting = queue.data ? queue.data.pending : ruled ? waitingInRecord(record) : 0;
  if (waiting === 0) return null;
  return (
    <div className="note clearance-notice">
      <p>{t('clearance.notice', { count: waiting })}</p>
      {canClear && (
        <p>
          <Link href={`/dialogues/${id}/clearance`}>{t('clearance.openList')}</Link>
        </p>
      )}
    </div>
  );
}
