import { useState } from 'react';
import { Link } from 'wouter';
import type { MembershipRole } from '../../../shared/contracts/enums.ts';
import type { Membership } from '../../../shared/contracts/institutions.ts';
import { formatDate } from '../../../shared/i18n/locale-format.ts';
import { localize } from '../../../shared/localize.ts';
import { api, ApiError } from '../../api/client.ts';
import { EditForm, Field, FormStatus, useErrorAt, useSubmission } from '../../components/form.tsx';
import { ContentOption } from '../../components/multi-text.tsx';
import { useAsync } from '../../components/use-async.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { useSession } from '../../session.tsx';

const todayUtc = () => new Date().toISOString().slice(0, 10);

/**
 * An institution's members and focal points, for its own people and the secretariat; nothing for
 * anyone else (the server refuses them, and the panel then shows nothing). The focal point adds and
 * ends members; only the secretariat is offered the focal-point role.
 */
export function MembershipsPanel({ organizationId }: { organizationId: string }) {
  const { t, lang } = useI18n();
  const { user } = useSession();
  const data = useAsync(
    async () => {
      if (!user) return null;
      try {
        const [items, own] = await Promise.all([api.directory.memberships(organizationId), api.account.memberships()]);
        return { items, own };
      } catch (err) {
        if (err instanceof ApiError && (err.status === 401 || err.status === 403)) return null;
        throw err;
      }
    },
    `${organizationId}:${user?.id ?? ''}`,
  );
  const [note, setNote] = useState<string | null>(null);
  const ending = useSubmission();
  if (!data.data) return null;
  const { items, own } = data.data;
  const admin = user?.role === 'admin';
  const focal = own.some((m) => m.current && m.organizationId === organizationId && m.role === 'focal_point');
  const manages = (m: Membership) => admin || (focal && m.role === 'member');
  const name = (m: Membership) => localize(m.personName, [lang, 'en', 'ru']).text;
  const current = items.filter((m) => m.current);
  const past = items.filter((m) => !m.current);
  const end = (m: Membership) =>
    ending.run(async () => {
      setNote(null);
      await api.directory.changeMembership(organizationId, m.id, { version: m.version, validTo: todayUtc() });
      setNote(t('memberships.ended', { name: name(m) }));
      data.reload();
    });
  const row = (m: Membership, withEnd: boolean) => (
    <li key={m.id} data-membership={m.role}>
      <Link href={`/directory/people/${m.personId}`}>{name(m)}</Link>{' '}
      <span className={m.role === 'focal_point' ? 'badge badge-ok' : 'badge'}>{t(`memberships.role.${m.role}`)}</span>{' '}
      <span className="muted">
        {m.validTo
          ? t('memberships.span', { from: formatDate(m.validFrom, lang), to: formatDate(m.validTo, lang) })
          : t('memberships.since', { from: formatDate(m.validFrom, lang) })}
      </span>
      {withEnd && manages(m) && !m.validTo && (
        <>
          {' '}
          <button type="button" className="button-secondary small" disabled={ending.busy} onClick={() => void end(m)}>
            {t('memberships.end')}
            <span className="visually-hidden"> ({t('memberships.endLabel', { name: name(m) })})</span>
          </button>
        </>
      )}
    </li>
  );
  return (
    <section aria-labelledby="memberships" className="memberships">
      <h2 id="memberships">{t('memberships.title')}</h2>
      <p className="muted">{t('memberships.intro')}</p>
      <p role="status" aria-live="polite">
        {note}
      </p>
      <FormStatus submission={ending} />
      {current.length === 0 && <p>{t('memberships.empty')}</p>}
      <ul className="history">{current.map((m) => row(m, true))}</ul>
      {past.length > 0 && (
        <details>
          <summary>{t('memberships.past')}</summary>
          <ul className="history">{past.map((m) => row(m, false))}</ul>
        </details>
      )}
      {(admin || focal) && (
        <AddMembership
          organizationId={organizationId}
          roles={admin ? ['member', 'focal_point'] : ['member']}
          onAdded={(m) => {
            setNote(t('memberships.added', { name: name(m) }));
            data.reload();
          }}
        />
      )}
    </section>
  );
}

function AddMembership({
  organizationId,
  roles,
  onAdded,
}: {
  organizationId: string;
  roles: MembershipRole[];
  onAdded: (m: Membership) => void;
}) {
  const { t } = useI18n();
  const people = useAsync(async () => (await api.directory.people()).items, 'people');
  const submission = useSubmission();
  const errorAt = useErrorAt(submission);
  const [personId, setPersonId] = useState('');
  const [role, setRole] = useState<MembershipRole>('member');
  const [validFrom, setValidFrom] = useState(todayUtc());
  return (
    <div className="editor-box">
      <EditForm
        submission={submission}
        submitLabel={t('memberships.add')}
        onCancel={false}
        labels={{
          personId: t('memberships.person'),
          role: t('memberships.role'),
          validFrom: t('memberships.validFrom'),
        }}
        onSubmit={async () => {
          onAdded(await api.directory.addMembership(organizationId, { personId, role, validFrom }));
          setPersonId('');
        }}
      >
        <Field label={t('memberships.person')} error={errorAt('personId')} path="personId">
          {(props) => (
            <select {...props} required value={personId} onChange={(e) => setPersonId(e.target.value)}>
              <option value="" />
              {(people.data ?? []).map((p) => (
                <ContentOption key={p.id} value={p.id} name={p.name} />
              ))}
            </select>
          )}
        </Field>
        <Field label={t('memberships.role')} error={errorAt('role')} path="role">
          {(props) => (
            <select {...props} value={role} onChange={(e) => setRole(e.target.value as MembershipRole)}>
              {roles.map((r) => (
                <option key={r} value={r}>
                  {t(`memberships.role.${r}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('memberships.validFrom')} error={errorAt('validFrom')} path="validFrom">
          {(props) => <input {...props} type="date" value={validFrom} onChange={(e) => setValidFrom(e.target.value)} />}
        </Field>
      </EditForm>
    </div>
  );
}
