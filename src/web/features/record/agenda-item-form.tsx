import { useState } from 'react';
import type { DialogueRecord } from '../../../shared/contracts/dialogue-record.ts';
import type { AgendaItem } from '../../../shared/contracts/dialogues.ts';
import { ConfidentialityValues } from '../../../shared/contracts/enum-values.ts';
import { api } from '../../api/client.ts';
import { Field, EnumOptions } from '../../components/form.tsx';
import { RecordForm, useRecordEditor } from './record-form.tsx';
import { emptyText, MultiTextField } from '../../components/multi-text-field.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { AreaChecks, ProvisionChecks } from './fields.tsx';

/** Adds an agenda item, or edits one (`existing`). */
export function AgendaItemForm({
  record,
  existing,
  onSaved,
  onCancel,
}: {
  record: DialogueRecord;
  existing?: AgendaItem;
  onSaved(): void;
  /** Folds the form away (an edit in place); a form that adds has no Cancel. */
  onCancel?: () => void;
}) {
  const { t } = useI18n();
  const editor = useRecordEditor(existing, (id) => api.of(record.dialogue.id).agendaItems.get(id));
  const { version, err } = editor;
  const next = Math.max(0, ...record.agenda.map((a) => a.position)) + 1;
  const [draft, setDraft] = useState(() => ({
    position: existing?.position ?? next,
    title: existing?.title ?? emptyText(record.dialogue.languages[0] ?? 'ru'),
    confidentiality: (existing?.confidentiality ?? null) as string | null,
    provisionIds: existing?.provisionIds ?? [],
    areaIds: existing?.areaIds ?? [],
  }));
  const save = async () => {
    const items = api.of(record.dialogue.id).agendaItems;
    const body = { ...draft, confidentiality: draft.confidentiality as AgendaItem['confidentiality'] };
    if (existing) {
      await items.update(existing.id, { ...body, version });
    } else {
      await items.create(body);
      setDraft((d) => ({
        ...d,
        position: d.position + 1,
        title: emptyText(d.title.original),
        provisionIds: [],
        areaIds: [],
      }));
    }
    onSaved();
  };
  return (
    <RecordForm
      editor={editor}
      label={existing ? t('edit.editAgendaItem') : t('edit.addAgendaItem')}
      onSubmit={save}
      onCancel={onCancel}
      labels={{
        position: t('agenda.field.position'),
        title: t('agenda.field.title'),
        confidentiality: t('agenda.field.confidentiality'),
      }}
    >
      <Field label={t('agenda.field.position')} error={err('position')} path="position">
        {(p) => (
          <input
            {...p}
            type="number"
            min={0}
            value={draft.position}
            onChange={(e) => setDraft({ ...draft, position: Number(e.target.value) })}
          />
        )}
      </Field>
      <MultiTextField
        label={t('agenda.field.title')}
        value={draft.title}
        onChange={(title) => setDraft({ ...draft, title })}
        errorAt={err}
        path="title"
      />
      <Field label={t('agenda.field.confidentiality')} error={err('confidentiality')} path="confidentiality">
        {(p) => (
          <select
            {...p}
            value={draft.confidentiality ?? ''}
            onChange={(e) => setDraft({ ...draft, confidentiality: e.target.value || null })}
          >
            <option value="">{t('form.inherit')}</option>
            <EnumOptions values={ConfidentialityValues} name={(c) => t(`confidentiality.${c}`)} />
          </select>
        )}
      </Field>
      <ProvisionChecks
        value={draft.provisionIds}
        onChange={(provisionIds) => setDraft({ ...draft, provisionIds })}
        error={err('provisionIds')}
      />
      <AreaChecks
        value={draft.areaIds}
        onChange={(areaIds) => setDraft({ ...draft, areaIds })}
        error={err('areaIds')}
      />
    </RecordForm>
  );
}
