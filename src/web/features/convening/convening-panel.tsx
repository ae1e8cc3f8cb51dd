import { useState } from 'react';
import type { DialogueRecord } from '../../../shared/contracts/dialogue-record.ts';
import type { ParticipantRole } from '../../../shared/contracts/enums.ts';
import type { ScheduleCheck } from '../../../shared/contracts/convening.ts';
import { api } from '../../api/client.ts';
import { EditForm, Field, useErrorAt, useSubmission } from '../../components/form.tsx';
import { ContentOption, useText } from '../../components/multi-text.tsx';
import { useAsync } from '../../components/use-async.ts';
import { zoneLabel } from '../../../shared/i18n/zone-label.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { isUiLanguage, type UiLanguage } from '../../../shared/i18n/translator.ts';
import { UI_LANGUAGES } from '../../../shared/languages.ts';
import { utcToZonedInput, zonedToUtc } from '../../zoned-time.ts';
import { weekdayName } from '../../../shared/i18n/locale-format.ts';
import { RoleOptions } from '../record/role-options.tsx';

/** For the dialogue's organizers: invite people, and try a time against everyone's day. */
export function ConveningPanel({ record, onChanged }: { record: DialogueRecord; onChanged(): void }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="convening">
      <h2 id="convening">{t('convening.title')}</h2>
      <InviteForm record={record} onSent={onChanged} />
      <ScheduleHelper record={record} />
    </section>
  );
}

function InviteForm({ record, onSent }: { record: DialogueRecord; onSent(): void }) {
  const { t, lang } = useI18n();
  const submission = useSubmission();
  const errorAt = useErrorAt(submission);
  const people = useAsync(() => api.directory.people(), 'people');
  const orgs = useAsync(() => api.directory.organizations(), 'organizations');
  const [personId, setPersonId] = useState('');
  const [organizationId, setOrganizationId] = useState('');
  const [role, setRole] = useState<ParticipantRole>('delegate');
  const [email, setEmail] = useState('');
  const [language, setLanguage] = useState<UiLanguage>(lang === 'uz-Cyrl' ? 'uz' : lang);
  return (
    <>
      <h3>{t('convening.invite')}</h3>
      <EditForm
        label={t('convening.invite')}
        submission={submission}
        submitLabel={t('convening.send')}
        confirmation={t('convening.sent')}
        onCancel={false}
        labels={{
          personId: t('convening.personToInvite'),
          organizationId: t('convening.organization'),
          role: t('convening.role'),
          email: t('convening.email'),
          language: t('convening.language'),
        }}
        onSubmit={async () => {
          await api
            .of(record.dialogue.id)
            .invite({ personId, organizationId: organizationId || null, role, email, language });
          setEmail('');
          onSent();
        }}
      >
        <Field label={t('convening.personToInvite')} error={errorAt('personId')} path="personId">
          {(props) => (
            <select
              {...props}
              value={personId}
              onChange={(e) => {
                setPersonId(e.target.value);
                // The address the directory holds, and the organization of their latest position.
                const person = people.data?.items.find((p) => p.id === e.target.value);
                if (person?.email) setEmail(person.email);
                const position = person?.positions.at(-1);
                if (position) setOrganizationId(position.organizationId);
              }}
            >
              <option value="">—</option>
              {people.data?.items.map((p) => (
                <ContentOption key={p.id} value={p.id} name={p.name} />
              ))}
            </select>
          )}
        </Field>
        <Field label={t('convening.organization')} error={errorAt('organizationId')} path="organizationId">
          {(props) => (
            <select {...props} value={organizationId} onChange={(e) => setOrganizationId(e.target.value)}>
              <option value="">—</option>
              {orgs.data?.items.map((o) => (
                <ContentOption key={o.id} value={o.id} name={o.names.at(-1)?.name} />
              ))}
            </select>
          )}
        </Field>
        <Field label={t('convening.role')} error={errorAt('role')} path="role">
          {(props) => (
            <select {...props} value={role} onChange={(e) => setRole(e.target.value as ParticipantRole)}>
              <RoleOptions />
            </select>
          )}
        </Field>
        <Field label={t('convening.email')} error={errorAt('email')} path="email">
          {(props) => <input {...props} type="email" value={email} onChange={(e) => setEmail(e.target.value)} />}
        </Field>
        <Field label={t('convening.language')} error={errorAt('language')} path="language">
          {(props) => (
            <select
              {...props}
              value={language}
              onChange={(e) => isUiLanguage(e.target.value) && setLanguage(e.target.value)}
            >
              {UI_LANGUAGES.map((l) => (
                <option key={l} value={l} lang={l}>
                  {t(`language.${l}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </EditForm>
    </>
  );
}

function ScheduleHelper({ record }: { record: DialogueRecord }) {
  const { t, lang } = useI18n();
  const text = useText();
  const d = record.dialogue;
  const [local, setLocal] = useState(utcToZonedInput(d.startsAt, d.hostZone));
  const [check, setCheck] = useState<ScheduleCheck | null>(null);
  const submission = useSubmission();
  const errorAt = useErrorAt(submission);
  const name = (personId: string) =>
    text(record.participants.find((p) => p.person.id === personId)?.person.name) || personId;
  const weekday = (n: number) => weekdayName(n - 1, lang); // 1 January 2024 was a Monday.
  return (
    <>
      <h3>{t('convening.schedule')}</h3>
      <EditForm
        label={t('convening.schedule')}
        submission={submission}
        submitLabel={t('convening.check')}
        confirmation={false}
        onCancel={false}
        labels={{ at: t('convening.proposed', { zone: zoneLabel(t, d.hostZone) }) }}
        onSubmit={async () => {
          setCheck(null);
          setCheck(await api.of(d.id).schedule(zonedToUtc(local, d.hostZone)));
        }}
      >
        <Field label={t('convening.proposed', { zone: zoneLabel(t, d.hostZone) })} error={errorAt('at')} path="at">
          {(props) => (
            <input {...props} type="datetime-local" value={local} onChange={(e) => setLocal(e.target.value)} />
          )}
        </Field>
      </EditForm>
      {check && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('convening.person')}</th>
              <th scope="col">{t('convening.zone')}</th>
              <th scope="col">{t('convening.local')}</th>
              <th scope="col">{t('convening.flags')}</th>
            </tr>
          </thead>
          <tbody>
            {check.invitees.map((i) => (
              <tr key={i.participantId}>
                <th scope="row">{name(i.personId)}</th>
                <td>{i.zone}</td>
                <td>
                  {weekday(i.weekday)}, {i.local.replace('T', ' ')}
                </td>
                <td>
                  {[
                    i.outsideWorkingHours && `⚠ ${t('convening.outsideHours')}`,
                    i.weekend && `⚠ ${t('convening.weekend')}`,
                  ]
                    .filter(Boolean)
                    .join('; ') || t('convening.fine')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
