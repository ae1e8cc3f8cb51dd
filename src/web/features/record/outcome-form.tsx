import { useState } from 'react';
import type { DialogueRecord } from '../../../shared/contracts/dialogue-record.ts';
import { ActionStatusValues, OutcomeKindValues } from '../../../shared/contracts/enum-values.ts';
import type { Outcome, OutcomeCreate } from '../../../shared/contracts/record.ts';
import { api } from '../../api/client.ts';
import { Field, EnumOptions } from '../../components/form.tsx';
import { RecordForm, useRecordEditor } from './record-form.tsx';
import { emptyText, MultiTextField } from '../../components/multi-text-field.tsx';
import { ContentOption } from '../../components/multi-text.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { TRACKABLE_KINDS } from '../../../shared/contracts/tracker.ts';
import { useOptions } from './options.ts';
import { AgendaItemSelect, TextAndTopics } from './fields.tsx';

/** Adds an outcome, or edits one (`existing`); a status change can carry a note and evidence links. */
export function OutcomeForm({
  record,
  existing,
  onSaved,
  onCancel,
}: {
  record: DialogueRecord;
  existing?: Outcome;
  onSaved(): void;
  /** Folds the form away (an edit in place); a form that adds has no Cancel. */
  onCancel?: () => void;
}) {
  const { t } = useI18n();
  const { organizations } = useOptions();
  const editor = useRecordEditor(existing, (id) => api.of(record.dialogue.id).outcomes.get(id));
  const { version, err } = editor;
  const blank = (): OutcomeCreate => ({
    agendaItemId: null,
    kind: 'conclusion',
    text: emptyText(record.dialogue.languages[0] ?? 'ru'),
    proposerIds: [],
    endorserIds: [],
    areaIds: [],
    provisionIds: [],
    ownerOrganizationId: null,
    dueOn: null,
    status: null,
  });
  const [draft, setDraft] = useState<OutcomeCreate>(() =>
    existing
      ? {
          agendaItemId: existing.agendaItemId,
          kind: existing.kind,
          text: existing.text,
          proposerIds: existing.proposerIds,
          endorserIds: existing.endorserIds,
          areaIds: existing.areaIds,
          provisionIds: existing.provisionIds,
          ownerOrganizationId: existing.ownerOrganizationId,
          dueOn: existing.dueOn,
          status: existing.status,
        }
      : blank(),
  );
  const statusChanged = existing !== undefined && draft.status !== existing.status;
  const set = <K extends keyof OutcomeCreate>(key: K, value: OutcomeCreate[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  // A recommendation too can be given an owner and a due date, and is then followed up like an action.
  const followUp = (TRACKABLE_KINDS as readonly string[]).includes(draft.kind);
  const save = async () => {
    const body = followUp ? draft : { ...draft, ownerOrganizationId: null, dueOn: null, status: null };
    const outcomes = api.of(record.dialogue.id).outcomes;
    if (existing) {
      await outcomes.update(existing.id, { ...body, version });
    } else {
      await outcomes.create(body);
      setDraft(blank());
    }
    onSaved();
  };
  return (
    <RecordForm
      editor={editor}
      label={existing ? t('edit.editOutcome') : t('edit.addOutcome')}
      onSubmit={save}
      onCancel={onCancel}
      labels={{
        kind: t('outcome.field.kind'),
        ownerOrganizationId: t('outcome.field.owner'),
        dueOn: t('outcome.field.dueOn'),
        status: t('outcome.field.status'),
        statusNote: t('outcome.field.statusNote'),
        statusEvidence: t('outcome.field.evidence'),
        text: t('outcome.field.text'),
      }}
    >
      <div className="grid2">
        <Field label={t('outcome.field.kind')} error={err('kind')} path="kind">
          {(p) => (
            <select {...p} value={draft.kind} onChange={(e) => set('kind', e.target.value as OutcomeCreate['kind'])}>
              <EnumOptions values={OutcomeKindValues} name={(k) => t(`outcomeKind.${k}`)} />
            </select>
          )}
        </Field>
        <AgendaItemSelect
          record={record}
          value={draft.agendaItemId}
          onChange={(v) => set('agendaItemId', v)}
          error={err('agendaItemId')}
        />
        {followUp && (
          <>
            <Field label={t('outcome.field.owner')} error={err('ownerOrganizationId')} path="ownerOrganizationId">
              {(p) => (
                <select
                  {...p}
                  value={draft.ownerOrganizationId ?? ''}
                  onChange={(e) => set('ownerOrganizationId', e.target.value || null)}
                >
                  <option value="">{t('form.none')}</option>
                  {organizations.map((o) => (
                    <ContentOption key={o.id} value={o.id} name={o.names.at(-1)?.name} />
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('outcome.field.dueOn')} error={err('dueOn')} path="dueOn">
              {(p) => (
                <input
                  {...p}
                  type="date"
                  value={draft.dueOn ?? ''}
                  onChange={(e) => set('dueOn', e.target.value || null)}
                />
              )}
            </Field>
            <Field label={t('outcome.field.status')} error={err('status')} path="status">
              {(p) => (
                <select
                  {...p}
                  value={draft.status ?? ''}
                  onChange={(e) => set('status', (e.target.value || null) as OutcomeCreate['status'])}
                >
                  <option value="">{t('form.none')}</option>
                  <EnumOptions values={ActionStatusValues} name={(s) => t(`actionStatus.${s}`)} />
                </select>
              )}
            </Field>
          </>
        )}
      </div>
      {draft.kind === 'recommendation' && <p className="muted">{t('outcome.recommendationTracked')}</p>}
      {statusChanged && (
        <>
          <MultiTextField
            label={t('outcome.field.statusNote')}
            value={draft.statusNote ?? emptyText(draft.text.original)}
            errorAt={err}
            path="statusNote"
            onChange={(v) => set('statusNote', Object.values(v.texts).some((x) => x.text.trim()) ? v : null)}
          />
          <Field label={t('outcome.field.evidence')} error={err('statusEvidence')} path="statusEvidence">
            {(p) => (
              <textarea
                {...p}
                rows={2}
                value={(draft.statusEvidence ?? []).join('\n')}
                onChange={(e) =>
                  set(
                    'statusEvidence',
                    e.target.value
                      .split('\n')
                      .map((x) => x.trim())
                      .filter(Boolean),
                  )
                }
              />
            )}
          </Field>
        </>
      )}
      <TextAndTopics
        label={t('outcome.field.text')}
        value={draft}
        onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))}
        errorAt={err}
      />
    </RecordForm>
  );
}
