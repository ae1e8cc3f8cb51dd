import { Field } from './form.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';

interface Validity {
  validFrom?: string | null;
  validTo?: string | null;
}

/** When a dated entry (an organization's name, a person's position) holds: from and to, either open. */
export function ValidityFields({
  value,
  onChange,
  errorAt,
  path,
}: {
  value: Validity;
  onChange(patch: Validity): void;
  errorAt(path: string): string | undefined;
  /** The entry's field path (`names.0`): each date's faults arrive under it. */
  path: string;
}) {
  const { t } = useI18n();
  const date = (key: keyof Validity, label: string) => (
    <Field label={label} error={errorAt(`${path}.${key}`)} path={`${path}.${key}`}>
      {(p) => (
        <input
          {...p}
          type="date"
          value={value[key] ?? ''}
          onChange={(e) => onChange({ [key]: e.target.value || null })}
        />
      )}
    </Field>
  );
  return (
    <div className="grid2">
      {date('validFrom', t('org.field.validFrom'))}
      {date('validTo', t('org.field.validTo'))}
    </div>
  );
}

/** Removes one dated entry from its list (a name, a position). */
export function RemoveEntry({ onRemove }: { onRemove(): void }) {
  const { t } = useI18n();
  return (
    <button type="button" className="button-quiet" onClick={onRemove}>
      {t('form.remove')}
    </button>
  );
}

/** A list of entries with one left out. */
export const without = <T,>(list: T[], i: number): T[] => list.filter((_, j) => j !== i);
/** A list of entries with one changed. */
export const patched = <T,>(list: T[], i: number, patch: Partial<T>): T[] =>
  list.map((x, j) => (j === i ? { ...x, ...patch } : x));
