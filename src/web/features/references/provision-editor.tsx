import { useState } from 'react';
import type { Provision } from '../../../shared/contracts/references.ts';
import { api } from '../../api/client.ts';
import { EditForm, Field, useErrorAt, useSubmission } from '../../components/form.tsx';
import { MultiTextField } from '../../components/multi-text-field.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';

/** One provision edited in place: its number and its text in each language. */
export function ProvisionEditor({ documentId, provision }: { documentId: string; provision: Provision }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState({ number: provision.number, text: provision.text });
  const [version, setVersion] = useState(provision.version);
  const submission = useSubmission();
  const err = useErrorAt(submission);
  return (
    <div className="card">
      <EditForm
        submission={submission}
        onSubmit={async () => {
          const saved = await api.references.provisionWrites(documentId).update(provision.id, { ...draft, version });
          setVersion(saved.version);
        }}
        labels={{ number: t('ref.field.number'), text: t('dialogue.provisions') }}
      >
        <Field label={t('ref.field.number')} error={err('number')} path="number">
          {(p) => (
            <input {...p} value={draft.number} onChange={(e) => setDraft({ ...draft, number: e.target.value })} />
          )}
        </Field>
        <MultiTextField
          label={t('dialogue.provisions')}
          value={draft.text}
          long
          onChange={(v) => setDraft({ ...draft, text: v })}
          errorAt={err}
          path="text"
        />
      </EditForm>
    </div>
  );
}
