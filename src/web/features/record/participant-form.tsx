import { useState } from 'react';
import type { DialogueRecord, RecordParticipant } from '../../../shared/contracts/dialogue-record.ts';
import { InvitationStateValues } from '../../../shared/contracts/enum-values.ts';
import type { InvitationState, ParticipantRole } from '../../../shared/contracts/enums.ts';
import { api } from '../../api/client.ts';
import { Field, EnumOptions } from '../../components/form.tsx';
import { RecordForm, useRecordEditor } from './record-form.tsx';
import { ContentOption } from '../../components/multi-text.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { useOptions } from './options.ts';
import { RoleOptions } from './role-options.tsx';

/** Adds a person to the dialogue, with the organization they represent (by default their latest). */
export function ParticipantForm({
  record,
  existing,
  onSaved,
  onCancel,
}: {
  record: DialogueRecord;
  existing?: RecordParticipant;
  onSaved(): void;
  /** Folds the form away (an edit in place); a form that adds has no Cancel. */
  onCancel?: () => void;
}) {
  const { t } = useI18n();
  const { people, organizations } = useOptions();
  const editor = useRecordEditor(existing, (id) => api.of(record.dialogue.id).participants.get(id));
  const { version, err } = editor;
  const [draft, setDraft] = useState(() => ({
    personId: existing?.person.id ?? '',
    organizationId: existing?.organizationId ?? '',
    role: existing?.role ?? 'delegate',
    invitation: existing?.invitation ?? 'invited',
  }));
  const taken = new Set(record.participants.filter((p) => p.id !== existing?.id).map((p) => p.person.id));
  const pickPerson = (personId: string) => {
    const latest = people.find((p) => p.id === personId)?.positions.at(-1)?.organizationId ?? '';
    setDraft({ ...draft, personId, organizationId: latest });
  };
  const save = async () => {
    const body = {
      personId: draft.personId,
      organizationId: draft.organizationId || null,
      role: draft.role as ParticipantRole,
      invitation: draft.invitation as InvitationState,
    };
    const participants = api.of(record.dialogue.id).participants;
    if (existing) {
      await participants.update(existing.id, { ...body, version });
    } else {
      await participants.create(body);
      setDraft({ personId: '', organizationId: '', role: draft.role, invitation: draft.invitation });
    }
    onSaved();
  };
  return (
    <RecordForm
      editor={editor}
      label={existing ? t('edit.editParticipant') : t('edit.addParticipant')}
      onSubmit={save}
      onCancel={onCancel}
      labels={{
        personId: t('participant.field.person'),
        organizationId: t('participant.field.organization'),
        role: t('participant.field.role'),
        invitation: t('participant.field.invitation'),
      }}
    >
      <div className="grid2">
        <Field label={t('participant.field.person')} error={err('personId')} path="personId">
          {(p) => (
            <select {...p} value={draft.personId} onChange={(e) => pickPerson(e.target.value)}>
              <option value="">—</option>
              {people
                .filter((x) => !taken.has(x.id))
                .map((x) => (
                  <ContentOption key={x.id} value={x.id} name={x.name} />
                ))}
            </select>
          )}
        </Field>
        <Field label={t('participant.field.organization')} error={err('organizationId')} path="organizationId">
          {(p) => (
            <select
              {...p}
              value={draft.organizationId}
              onChange={(e) => setDraft({ ...draft, organizationId: e.target.value })}
            >
              <option value="">{t('form.none')}</option>
              {organizations.map((o) => (
                <ContentOption key={o.id} value={o.id} name={o.names.at(-1)?.name} />
              ))}
            </select>
          )}
        </Field>
        <Field label={t('participant.field.role')} error={err('role')} path="role">
          {(p) => (
            <select
              {...p}
              value={draft.role}
              onChange={(e) => setDraft({ ...draft, role: e.target.value as ParticipantRole })}
            >
              <RoleOptions />
            </select>
          )}
        </Field>
        <Field label={t('participant.field.invitation')} error={err('invitation')} path="invitation">
          {(p) => (
            <select
              {...p}
              value={draft.invitation}
              onChange={(e) => setDraft({ ...draft, invitation: e.target.value as typeof draft.invitation })}
            >
              <EnumOptions values={InvitationStateValues} name={(s) => t(`invitation.${s}`)} />
            </select>
          )}
        </Field>
      </div>
    </RecordForm>
  );
}
