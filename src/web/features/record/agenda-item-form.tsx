import { useState, type FormEvent } from 'react';
import type { DialogueRecord } from '../../../shared/contracts/dialogue-record.ts';
import { Confidentiality } from '../../../shared/contracts/enums.ts';
import { api } from '../../api/client.ts';
import { CheckList, Field, FormStatus, useErrorAt, useSubmission } from '../../components/form.tsx';
import { emptyText, MultiTextField } from '../../components/multi-text-field.tsx';
import { useText } from '../../components/multi-text.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { useOptions } from './options.ts';

export function AgendaItemForm({ record, onSaved }: { record: DialogueRecord; onSaved(): void }) {
  const { t } = useI18n();
  const text = useText();
  const options = useOptions();
  const submission = useSubmission();
  const next = Math.max(0, ...record.agenda.map((a) => a.position)) + 1;
  const [draft, setDraft] = useState({ position: next, title: emptyText(record.dialogue.languages[0] ?? 'ru'), confidentiality: null as string | null, provisionIds: [] as string[], areaIds: [] as string[] });
  const err = useErrorAt(submission);
  const save = (e: FormEvent) => {
    e.preventDefault();
    void submission.run(async () => {
      await api.of(record.dialogue.id).agendaItems.create({ ...draft, confidentiality: draft.confidentiality as never });
      setDraft((d) => ({ ...d, position: d.position + 1, title: emptyText(d.title.original), provisionIds: [], areaIds: [] }));
      onSaved();
    });
  };
  return (
    <form className="stack editor" onSubmit={save} noValidate aria-label={t('edit.addAgendaItem')}>
      <Field label={t('agenda.field.position')} error={err('position')}>{(p) => (
        <input {...p} type="number" min={0} value={draft.position} onChange={(e) => setDraft({ ...draft, position: Number(e.target.value) })} />)}
      </Field>
      <MultiTextField label={t('agenda.field.title')} value={draft.title} onChange={(title) => setDraft({ ...draft, title })} errorAt={err} path="title" />
      <Field label={t('agenda.field.confidentiality')} error={err('confidentiality')}>{(p) => (
        <select {...p} value={draft.confidentiality ?? ''} onChange={(e) => setDraft({ ...draft, confidentiality: e.target.value || null })}>
          <option value="">{t('form.inherit')}</option>
          {Confidentiality.options.map((c) => <option key={c} value={c}>{t(`confidentiality.${c}`)}</option>)}
        </select>)}
      </Field>
      <CheckList legend={t('agenda.field.provisions')} value={draft.provisionIds} onChange={(provisionIds) => setDraft({ ...draft, provisionIds })} error={err('provisionIds')}
        options={options.provisions.map((p) => ({ value: p.id, label: `${p.documentLabel} ${p.number}` }))} />
      <CheckList legend={t('agenda.field.areas')} value={draft.areaIds} onChange={(areaIds) => setDraft({ ...draft, areaIds })} error={err('areaIds')}
        options={options.areas.map((a) => ({ value: a.id, label: text(a.name) }))} />
      <FormStatus submission={submission} />
      <div className="actions"><button type="submit" disabled={submission.busy}>{t('form.save')}</button></div>
    </form>
  );
}
