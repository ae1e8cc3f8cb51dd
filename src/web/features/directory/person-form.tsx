import type { PersonCreate } from '../../../shared/contracts/directory.ts';
import { api } from '../../api/client.ts';
import { EditForm, Field, OptionalInput } from '../../components/form.tsx';
import { emptyText, MultiTextField } from '../../components/multi-text-field.tsx';
import { ErrorNote, Loading } from '../../components/status.tsx';
import { useAsync } from '../../components/use-async.ts';
import { useText } from '../../components/multi-text.tsx';
import { patched, RemoveEntry, ValidityFields, without } from '../../components/validity-fields.tsx';
import { personEntries, useEntryEditor } from './use-entry-editor.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

type Position = PersonCreate['positions'][number];

/** Adds a person, or edits one (`id`): names in several scripts, contact, and dated positions at organizations. */
export function PersonFormPage({ id }: { id?: string }) {
  const { t } = useI18n();
  const existing = useAsync(async () => (id ? api.directory.person(id) : null), id ?? 'new-person');
  if (existing.error) return <ErrorNote>{t('common.error', { message: existing.error.message })}</ErrorNote>;
  if (existing.loading && !existing.data) return <Loading label={t('common.loading')} />;
  const p = existing.data;
  const initial: PersonCreate = p
    ? {
        name: p.name,
        email: p.email ?? null,
        phone: p.phone ?? null,
        positions: p.positions.map((x) => ({
          organizationId: x.organizationId,
          title: x.title,
          validFrom: x.validFrom,
          validTo: x.validTo,
        })),
      }
    : { name: emptyText('ru'), email: null, phone: null, positions: [] };
  return <PersonForm key={id ?? 'new'} id={id} initial={initial} initialVersion={p?.version ?? 0} />;
}

function PersonForm({ id, initial, initialVersion }: { id?: string; initial: PersonCreate; initialVersion: number }) {
  const { t } = useI18n();
  const text = useText();
  const { draft, set, submission, err, save, reloading } = useEntryEditor(personEntries, {
    id,
    initial,
    initialVersion,
  });
  const orgs = useAsync(() => api.directory.organizations(), 'orgs');
  const dropPosition = (i: number) => set('positions', without(draft.positions, i));
  const setPosition = (i: number, patch: Partial<Position>) => set('positions', patched(draft.positions, i, patch));
  const options = (orgs.data?.items ?? [])
    .map((o) => ({ id: o.id, name: text(o.names.at(-1)?.name) }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return (
    <EditForm
      title={id ? text(draft.name) || t('directory.edit') : t('directory.newPerson')}
      submission={submission}
      onSubmit={save}
      {...reloading}
      labels={{
        name: t('person.field.name'),
        email: t('person.field.email'),
        phone: t('person.field.phone'),
        positions: t('directory.positions'),
      }}
    >
      <MultiTextField
        label={t('person.field.name')}
        value={draft.name}
        onChange={(v) => set('name', v)}
        errorAt={err}
        path="name"
      />
      <div className="grid2">
        <OptionalInput
          label={t('person.field.email')}
          type="email"
          path="email"
          value={draft.email}
          onChange={(v) => set('email', v)}
          error={err('email')}
        />
        <OptionalInput
          label={t('person.field.phone')}
          type="tel"
          path="phone"
          value={draft.phone}
          onChange={(v) => set('phone', v)}
          error={err('phone')}
        />
      </div>
      <h2>{t('directory.positions')}</h2>
      {draft.positions.map((x, i) => (
        <fieldset key={i} className="stack card">
          <Field
            label={t('person.field.organization')}
            error={err(`positions.${i}.organizationId`)}
            path={`positions.${i}.organizationId`}
          >
            {(p) => (
              <select
                {...p}
                value={x.organizationId}
                onChange={(e) => setPosition(i, { organizationId: e.target.value })}
              >
                <option value="">{t('form.none')}</option>
                {options.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <MultiTextField
            label={t('person.field.title')}
            value={x.title}
            onChange={(v) => setPosition(i, { title: v })}
            errorAt={err}
            path={`positions.${i}.title`}
          />
          <ValidityFields value={x} onChange={(patch) => setPosition(i, patch)} errorAt={err} path={`positions.${i}`} />
          <RemoveEntry onRemove={() => dropPosition(i)} />
        </fieldset>
      ))}
      <p>
        <button
          type="button"
          className="button-secondary"
          onClick={() =>
            set('positions', [
              ...draft.positions,
              { organizationId: '', title: emptyText('ru'), validFrom: null, validTo: null },
            ])
          }
        >
          {t('person.addPosition')}
        </button>
      </p>
    </EditForm>
  );
}
