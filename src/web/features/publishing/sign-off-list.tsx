import { useState } from 'react';
import type { Publication } from '../../../shared/contracts/publishing.ts';
import { api } from '../../api/client.ts';
import { CheckList, EditForm, Field, useErrorAt, useSubmission } from '../../components/form.tsx';
import { ContentText } from '../../components/multi-text.tsx';
import { useAsync } from '../../components/use-async.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { zonedText } from '../../components/zone-times.tsx';

/**
 * When the list of institutions that sign off was fixed, and for the secretariat the way to change
 * it: any institution of the directory, with a reason the server records beside the change.
 */
export function SignOffList({
  p,
  isAdmin,
  onChanged,
}: {
  p: Publication;
  isAdmin: boolean;
  onChanged(next: Publication): void;
}) {
  const { t, lang } = useI18n();
  return (
    <>
      {p.signOffFixedAt && (
        <p className="muted">{t('signoffs.fixed', { date: zonedText(t, p.signOffFixedAt, p.zone, lang) })}</p>
      )}
      {isAdmin && p.status !== 'published' && (
        <details className="editor-box">
          <summary>{t('signoffs.change')}</summary>
          <ChangeForm p={p} onChanged={onChanged} />
        </details>
      )}
    </>
  );
}

function ChangeForm({ p, onChanged }: { p: Publication; onChanged(next: Publication): void }) {
  const { t } = useI18n();
  const orgs = useAsync(async () => (await api.directory.organizations()).items, 'organizations');
  const submission = useSubmission();
  const errorAt = useErrorAt(submission);
  const [chosen, setChosen] = useState(p.approvals.map((a) => a.organizationId));
  const [reason, setReason] = useState('');
  return (
    <EditForm
      label={t('signoffs.change')}
      submission={submission}
      submitLabel={t('signoffs.save')}
      confirmation={t('signoffs.saved')}
      onCancel={false}
      labels={{ organizationIds: t('signoffs.title'), reason: t('signoffs.reason') }}
      onSubmit={async () => {
        onChanged(
          await api.of(p.dialogueId).publications.changeSignOffs(p.id, {
            version: p.version,
            organizationIds: chosen,
            reason,
          }),
        );
        setReason('');
      }}
    >
      <CheckList
        legend={t('signoffs.title')}
        options={(orgs.data ?? []).map((o) => ({ value: o.id, label: <ContentText value={o.names.at(-1)?.name} /> }))}
        value={chosen}
        onChange={setChosen}
        error={errorAt('organizationIds')}
        path="organizationIds"
      />
      <Field label={t('signoffs.reason')} error={errorAt('reason')} path="reason">
        {(props) => <input {...props} required value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
    </EditForm>
  );
}
