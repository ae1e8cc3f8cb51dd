import { useState } from 'react';
import type { DialogueRecord } from '../../../shared/contracts/dialogue-record.ts';
import { StatementKindValues } from '../../../shared/contracts/enum-values.ts';
import type { Statement, StatementCreate } from '../../../shared/contracts/record.ts';
import { api } from '../../api/client.ts';
import { CheckList, Field, EnumOptions } from '../../components/form.tsx';
import { RecordForm, useRecordEditor } from './record-form.tsx';
import { emptyText } from '../../components/multi-text-field.tsx';
import { ContentOption, ContentText } from '../../components/multi-text.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { utcToZonedInput, zonedToUtc } from '../../zoned-time.ts';
import { useOptions } from './options.ts';
import { AgendaItemSelect, TextAndTopics } from './fields.tsx';

type Draft = Omit<StatementCreate, 'deliveredAt' | 'speaker'> & {
  deliveredLocal: string;
  speakerKind: 'participant' | 'collective';
  participantId: string;
  organizationIds: string[];
};

/** Records a statement, or edits one (`existing`); a conflict keeps the typed text and offers to reload. */
export function StatementForm({
  record,
  existing,
  onSaved,
  onCancel,
}: {
  record: DialogueRecord;
  existing?: Statement;
  onSaved(): void;
  /** Folds the form away (an edit in place); a form that adds has no Cancel. */
  onCancel?: () => void;
}) {
  const { t } = useI18n();
  const { organizations } = useOptions();
  const editor = useRecordEditor(existing, (id) => api.of(record.dialogue.id).statements.get(id));
  const { version, err } = editor;
  const zone = record.dialogue.hostZone;
  const [draft, setDraft] = useState<Draft>(() => ({
    agendaItemId: existing?.agendaItemId ?? record.agenda[0]?.id ?? null,
    kind: existing?.kind ?? 'remarks',
    text: existing?.text ?? emptyText(record.dialogue.languages[0] ?? 'ru'),
    areaIds: existing?.areaIds ?? [],
    provisionIds: existing?.provisionIds ?? [],
    deliveredLocal: existing?.deliveredAt ? utcToZonedInput(existing.deliveredAt, zone) : '',
    speakerKind: existing?.speaker.kind === 'collective' ? 'collective' : 'participant',
    participantId: existing?.speaker.kind === 'participant' ? existing.speaker.participantId : '',
    organizationIds: existing?.speaker.kind === 'collective' ? existing.speaker.organizationIds : [],
  }));
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const body = (): StatementCreate => ({
    agendaItemId: draft.agendaItemId,
    kind: draft.kind,
    text: draft.text,
    areaIds: draft.areaIds,
    provisionIds: draft.provisionIds,
    deliveredAt: draft.deliveredLocal ? zonedToUtc(draft.deliveredLocal, zone) : null,
    speaker:
      draft.speakerKind === 'participant'
        ? { kind: 'participant', participantId: draft.participantId }
        : { kind: 'collective', organizationIds: draft.organizationIds },
  });
  const save = async () => {
    const statements = api.of(record.dialogue.id).statements;
    if (existing) await statements.update(existing.id, { ...body(), version });
    else {
      await statements.create(body());
      setDraft((d) => ({ ...d, text: emptyText(d.text.original), deliveredLocal: '' }));
    }
    onSaved();
  };

  return (
    <RecordForm
      editor={editor}
      label={existing ? t('edit.editStatement') : t('edit.recordStatement')}
      onSubmit={save}
      onCancel={onCancel}
      labels={{
        kind: t('statement.field.kind'),
        speaker: t('statement.field.participant'),
        deliveredAt: t('statement.field.deliveredAt'),
        text: t('statement.field.text'),
      }}
    >
      <div className="grid2">
        <AgendaItemSelect
          record={record}
          value={draft.agendaItemId}
          onChange={(v) => set('agendaItemId', v)}
          error={err('agendaItemId')}
        />
        <Field label={t('statement.field.kind')} error={err('kind')} path="kind">
          {(p) => (
            <select {...p} value={draft.kind} onChange={(e) => set('kind', e.target.value as Draft['kind'])}>
              <EnumOptions values={StatementKindValues} name={(k) => t(`statementKind.${k}`)} />
            </select>
          )}
        </Field>
        <Field label={t('statement.field.speakerKind')}>
          {(p) => (
            <select
              {...p}
              value={draft.speakerKind}
              onChange={(e) => set('speakerKind', e.target.value as Draft['speakerKind'])}
            >
              <option value="participant">{t('statement.field.oneParticipant')}</option>
              <option value="collective">{t('statement.field.collective')}</option>
            </select>
          )}
        </Field>
        {draft.speakerKind === 'participant' && (
          <Field
            label={t('statement.field.participant')}
            error={err('speaker.participantId') ?? err('speaker')}
            path="speaker"
          >
            {(p) => (
              <select {...p} value={draft.participantId} onChange={(e) => set('participantId', e.target.value)}>
                <option value="">—</option>
                {record.participants.map((x) => (
                  <ContentOption key={x.id} value={x.id} name={x.person.name} />
                ))}
              </select>
            )}
          </Field>
        )}
        <Field label={t('statement.field.deliveredAt')} error={err('deliveredAt')} path="deliveredAt">
          {(p) => (
            <input
              {...p}
              type="datetime-local"
              value={draft.deliveredLocal}
              onChange={(e) => set('deliveredLocal', e.target.value)}
            />
          )}
        </Field>
      </div>
      {draft.speakerKind === 'collective' && (
        <CheckList
          legend={t('statement.field.organizations')}
          value={draft.organizationIds}
          onChange={(v) => set('organizationIds', v)}
          error={err('speaker.organizationIds') ?? err('speaker')}
          options={organizations.map((o) => ({ value: o.id, label: <ContentText value={o.names.at(-1)?.name} /> }))}
        />
      )}
      <TextAndTopics
        label={t('statement.field.text')}
        value={draft}
        onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))}
        errorAt={err}
      />
    </RecordForm>
  );
}
