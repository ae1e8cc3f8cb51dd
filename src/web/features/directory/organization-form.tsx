import type { OrganizationCreate } from '../../../shared/contracts/directory.ts';
import { OrganizationKindValues } from '../../../shared/contracts/enum-values.ts';
import { api } from '../../api/client.ts';
import { EditForm, Field, OptionalInput, EnumOptions } from '../../components/form.tsx';
import { emptyText, MultiTextField } from '../../components/multi-text-field.tsx';
import { ErrorNote, Loading } from '../../components/status.tsx';
import { useAsync } from '../../components/use-async.ts';
import { useText } from '../../components/multi-text.tsx';
import { patched, RemoveEntry, ValidityFields, without } from '../../components/validity-fields.tsx';
import { organizationEntries, useEntryEditor } from './use-entry-editor.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

type Name = OrganizationCreate['names'][number];
const blankName = (): Name => ({ name: emptyText('ru'), acronym: null, validFrom: null, validTo: null });

/** Adds an organization, or edits one (`id`): its dated names (a renamed institute keeps its old name), kind and country. */
export function OrganizationFormPage({ id }: { id?: string }) {
  const { t } = useI18n();
  const existing = useAsync(async () => (id ? api.directory.organization(id) : null), id ?? 'new-org');
  if (existing.error) return <ErrorNote>{t('common.error', { message: existing.error.message })}</ErrorNote>;
  if (existing.loading && !existing.data) return <Loading label={t('common.loading')} />;
  const o = existing.data;
  const initial: OrganizationCreate = o
    ? {
        names: o.names.map((n) => ({ name: n.name, acronym: n.acronym, validFrom: n.validFrom, validTo: n.validTo })),
        kind: o.kind,
        countryCode: o.countryCode,
        parentAuthority: o.parentAuthority,
        website: o.website,
      }
    : { names: [blankName()], kind: 'research_institute', countryCode: null, parentAuthority: null, website: null };
  return <OrganizationForm key={id ?? 'new'} id={id} initial={initial} initialVersion={o?.version ?? 0} />;
}

function OrganizationForm({
  id,
  initial,
  initialVersion,
}: {
  id?: string;
  initial: OrganizationCreate;
  initialVersion: number;
}) {
  const { t } = useI18n();
  const text = useText();
  const { draft, set, submission, err, save, reloading } = useEntryEditor(organizationEntries, {
    id,
    initial,
    initialVersion,
  });
  const countries = useAsync(() => api.directory.countries(), 'countries');
  const dropName = (i: number) => set('names', without(draft.names, i));
  const setName = (i: number, patch: Partial<Name>) => set('names', patched(draft.names, i, patch));
  return (
    <EditForm
      title={id ? text(draft.names.at(-1)?.name) || t('directory.edit') : t('directory.newOrganization')}
      submission={submission}
      onSubmit={save}
      {...reloading}
      labels={{
        names: t('org.field.name'),
        kind: t('org.field.kind'),
        countryCode: t('org.field.country'),
        website: t('org.field.website'),
      }}
    >
      {draft.names.map((n, i) => (
        <fieldset key={i} className="stack card">
          <MultiTextField
            label={t('org.field.name')}
            value={n.name}
            onChange={(v) => setName(i, { name: v })}
            errorAt={err}
            path={`names.${i}.name`}
          />
          <ValidityFields value={n} onChange={(patch) => setName(i, patch)} errorAt={err} path={`names.${i}`} />
          {draft.names.length > 1 && <RemoveEntry onRemove={() => dropName(i)} />}
        </fieldset>
      ))}
      <p>
        <button type="button" className="button-secondary" onClick={() => set('names', [...draft.names, blankName()])}>
          {t('org.addName')}
        </button>
      </p>
      <div className="grid2">
        <Field label={t('org.field.kind')} error={err('kind')} path="kind">
          {(p) => (
            <select
              {...p}
              value={draft.kind}
              onChange={(e) => set('kind', e.target.value as OrganizationCreate['kind'])}
            >
              <EnumOptions values={OrganizationKindValues} name={(k) => t(`org.kind.${k}`)} />
            </select>
          )}
        </Field>
        <Field label={t('org.field.country')} error={err('countryCode')} path="countryCode">
          {(p) => (
            <select {...p} value={draft.countryCode ?? ''} onChange={(e) => set('countryCode', e.target.value || null)}>
              <option value="">{t('form.none')}</option>
              {(countries.data ?? [])
                .map((c) => ({ code: c.code, name: text(c.name) }))
                .sort((a, b) => a.name.localeCompare(b.name))
                .map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.name}
                  </option>
                ))}
            </select>
          )}
        </Field>
        <OptionalInput
          label={t('org.field.website')}
          type="url"
          path="website"
          value={draft.website}
          onChange={(v) => set('website', v)}
          error={err('website')}
        />
      </div>
    </EditForm>
  );
}
