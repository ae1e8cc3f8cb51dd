import { useState } from 'react';
import { useLocation } from 'wouter';
import type { ReferenceDocumentCreate } from '../../../shared/contracts/references.ts';
import type { Provision } from '../../../shared/contracts/references.ts';
import { DocumentKindValues } from '../../../shared/contracts/enum-values.ts';
import { parseProvisions } from '../../../shared/references/parse-provisions.ts';
import { api } from '../../api/client.ts';
import { EditForm, Field, useErrorAt, useSubmission, useVersion, EnumOptions } from '../../components/form.tsx';
import { CONTENT_LANGUAGES, emptyText, MultiTextField } from '../../components/multi-text-field.tsx';
import { ErrorNote, Loading } from '../../components/status.tsx';
import { useAsync } from '../../components/use-async.ts';
import { useText } from '../../components/multi-text.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { ProvisionEditor } from './provision-editor.tsx';

/**
 * Adds a reference document by pasting its numbered paragraphs, which become its provisions, or edits
 * one (`id`): its fields, more pasted paragraphs after the last, and each provision in place.
 */
export function DocumentFormPage({ id }: { id?: string }) {
  const { t } = useI18n();
  const existing = useAsync(
    async () =>
      id
        ? { doc: await api.references.documentWrites.get(id), provisions: (await api.references.provisions(id)).items }
        : null,
    id ?? 'new-doc',
  );
  if (existing.error) return <ErrorNote>{t('common.error', { message: existing.error.message })}</ErrorNote>;
  if (existing.loading && !existing.data) return <Loading label={t('common.loading')} />;
  const d = existing.data?.doc;
  const initial: ReferenceDocumentCreate = d
    ? { kind: d.kind, symbol: d.symbol, title: d.title, adoptedOn: d.adoptedOn, adoptedBy: d.adoptedBy, url: d.url }
    : {
        kind: 'summit_joint_statement',
        symbol: null,
        title: emptyText('ru'),
        adoptedOn: null,
        adoptedBy: null,
        url: null,
      };
  return (
    <DocumentForm
      key={id ?? 'new'}
      id={id}
      initial={initial}
      initialVersion={d?.version ?? 0}
      provisions={existing.data?.provisions ?? []}
    />
  );
}

function DocumentForm({
  id,
  initial,
  initialVersion,
  provisions,
}: {
  id?: string;
  initial: ReferenceDocumentCreate;
  initialVersion: number;
  provisions: Provision[];
}) {
  const { t, lang } = useI18n();
  const text = useText();
  const [, navigate] = useLocation();
  const [draft, setDraft] = useState(initial);
  const [pasted, setPasted] = useState('');
  const [pasteLanguage, setPasteLanguage] = useState<string>(initial.title.original);
  const submission = useSubmission();
  const err = useErrorAt(submission);
  const { version, reloaded, reload } = useVersion(
    initialVersion,
    () => api.references.documentWrites.get(id!),
    submission,
  );
  const set = <K extends keyof ReferenceDocumentCreate>(k: K, v: ReferenceDocumentCreate[K]) =>
    setDraft((x) => ({ ...x, [k]: v }));
  const parsed = parseProvisions(pasted);
  const names = new Intl.DisplayNames([lang], { type: 'language' });
  const save = async () => {
    const doc = id
      ? await api.references.documentWrites.update(id, { ...draft, version })
      : await api.references.documentWrites.create(draft);
    const writes = api.references.provisionWrites(doc.id);
    const after = provisions.reduce((n, p) => Math.max(n, p.position + 1), 0);
    // One at a time, in order: a refused paragraph stops the rest and is named by its number.
    for (const [i, p] of parsed.entries()) {
      await writes.create({
        number: p.number,
        position: after + i,
        text: { original: pasteLanguage, texts: { [pasteLanguage]: { text: p.text, checked: true } } },
        placeholder: false,
      });
    }
    setPasted('');
    navigate(`/references/${doc.id}`);
  };
  return (
    <>
      <EditForm
        title={id ? text(draft.title) || t('directory.edit') : t('references.new')}
        submission={submission}
        onSubmit={save}
        onReload={id ? reload : undefined}
        reloaded={reloaded}
        labels={{
          kind: t('ref.field.kind'),
          symbol: t('ref.field.symbol'),
          title: t('ref.field.title'),
          adoptedOn: t('ref.field.adoptedOn'),
          adoptedBy: t('ref.field.adoptedBy'),
          url: t('ref.field.url'),
          number: t('ref.paste'),
          text: t('ref.paste'),
        }}
      >
        <MultiTextField
          label={t('ref.field.title')}
          value={draft.title}
          onChange={(v) => set('title', v)}
          errorAt={err}
          path="title"
        />
        <div className="grid2">
          <Field label={t('ref.field.kind')} error={err('kind')} path="kind">
            {(p) => (
              <select
                {...p}
                value={draft.kind}
                onChange={(e) => set('kind', e.target.value as ReferenceDocumentCreate['kind'])}
              >
                <EnumOptions values={DocumentKindValues} name={(k) => t(`ref.kind.${k}`)} />
              </select>
            )}
          </Field>
          <Field label={t('ref.field.symbol')} error={err('symbol')} path="symbol">
            {(p) => <input {...p} value={draft.symbol ?? ''} onChange={(e) => set('symbol', e.target.value || null)} />}
          </Field>
          <Field label={t('ref.field.adoptedOn')} error={err('adoptedOn')} path="adoptedOn">
            {(p) => (
              <input
                {...p}
                type="date"
                value={draft.adoptedOn ?? ''}
                onChange={(e) => set('adoptedOn', e.target.value || null)}
              />
            )}
          </Field>
          <Field label={t('ref.field.url')} error={err('url')} path="url">
            {(p) => (
              <input {...p} type="url" value={draft.url ?? ''} onChange={(e) => set('url', e.target.value || null)} />
            )}
          </Field>
        </div>
        <MultiTextField
          label={t('ref.field.adoptedBy')}
          value={draft.adoptedBy ?? emptyText(draft.title.original)}
          onChange={(v) => set('adoptedBy', Object.values(v.texts).some((x) => x.text.trim()) ? v : null)}
          errorAt={err}
          path="adoptedBy"
        />
        <Field label={t('ref.paste')} error={err('number') ?? err('text')} path="number">
          {(p) => <textarea {...p} rows={10} value={pasted} onChange={(e) => setPasted(e.target.value)} />}
        </Field>
        <p className="muted">{t('ref.pasteHelp')}</p>
        <div className="grid2">
          <Field label={t('ref.pasteLanguage')}>
            {(p) => (
              <select {...p} value={pasteLanguage} onChange={(e) => setPasteLanguage(e.target.value)}>
                {CONTENT_LANGUAGES.map((l) => (
                  <option key={l} value={l}>
                    {names.of(l) ?? l}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <p role="status" aria-live="polite">
            {t('ref.parsed', { count: parsed.length })}
          </p>
        </div>
        {parsed.length > 0 && (
          <ol className="parsed-provisions">
            {parsed.map((p, i) => (
              <li key={i}>
                <strong>{p.number}</strong> {p.text}
              </li>
            ))}
          </ol>
        )}
      </EditForm>
      {provisions.length > 0 && (
        <section className="stack">
          <h2>{t('dialogue.provisions')}</h2>
          {provisions.map((p) => (
            <ProvisionEditor key={p.id} documentId={id!} provision={p} />
          ))}
        </section>
      )}
    </>
  );
}
