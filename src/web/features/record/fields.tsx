import type { DialogueRecord } from '../../../shared/contracts/dialogue-record.ts';
import { CheckList, Field } from '../../components/form.tsx';
import { ContentOption, ContentText } from '../../components/multi-text.tsx';
import { MultiTextField } from '../../components/multi-text-field.tsx';
import type { MultiText } from '../../../shared/multilingual.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { localize } from '../../../shared/localize.ts';
import { useOptions, type ProvisionOption } from './options.ts';

/** Fields several record editors share. */

export function AgendaItemSelect({
  record,
  value,
  onChange,
  error,
}: {
  record: DialogueRecord;
  value: string | null | undefined;
  onChange(id: string | null): void;
  error?: string;
}) {
  const { t } = useI18n();
  return (
    <Field label={t('statement.field.agendaItem')} error={error} path="agendaItemId">
      {(p) => (
        <select {...p} value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
          <option value="">{t('dialogue.general')}</option>
          {record.agenda.map((a) => (
            <ContentOption key={a.id} value={a.id} name={a.title} prefix={`${a.position}. `} />
          ))}
        </select>
      )}
    </Field>
  );
}

/** A list of ids ticked from the options, with its fault. */
interface IdChecks {
  value: string[];
  onChange(ids: string[]): void;
  error?: string;
}

export function AreaChecks({ value, onChange, error }: IdChecks) {
  const { t } = useI18n();
  const { areas } = useOptions();
  return (
    <CheckList
      legend={t('agenda.field.areas')}
      path="areaIds"
      value={value}
      onChange={onChange}
      error={error}
      options={areas.map((a) => ({ value: a.id, label: <ContentText value={a.name} /> }))}
    />
  );
}

export function ProvisionChecks({ value, onChange, error }: IdChecks) {
  const { t, prefer } = useI18n();
  const { provisions } = useOptions();
  const documentOf = ({ symbol, title }: ProvisionOption['document']) => {
    if (symbol) return symbol;
    const shown = localize(title, prefer);
    return <span lang={shown.lang}>{shown.text}</span>;
  };
  return (
    <CheckList
      legend={t('agenda.field.provisions')}
      path="provisionIds"
      value={value}
      onChange={onChange}
      error={error}
      options={provisions.map((p) => ({
        value: p.id,
        label: (
          <>
            {documentOf(p.document)} {p.number}
          </>
        ),
      }))}
    />
  );
}

interface TextAndTopicsValue {
  text: MultiText;
  areaIds: string[];
  provisionIds: string[];
}

/** What a statement and an outcome both say and concern: the text, its areas and its provisions. */
export function TextAndTopics({
  label,
  value,
  onChange,
  errorAt,
}: {
  label: string;
  value: TextAndTopicsValue;
  onChange(patch: Partial<TextAndTopicsValue>): void;
  errorAt(path: string): string | undefined;
}) {
  return (
    <>
      <MultiTextField
        label={label}
        value={value.text}
        onChange={(text) => onChange({ text })}
        errorAt={errorAt}
        path="text"
        long
      />
      <AreaChecks value={value.areaIds} onChange={(areaIds) => onChange({ areaIds })} error={errorAt('areaIds')} />
      <ProvisionChecks
        value={value.provisionIds}
        onChange={(provisionIds) => onChange({ provisionIds })}
        error={errorAt('provisionIds')}
      />
    </>
  );
}
