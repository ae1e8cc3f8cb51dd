import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { ApiError } from '../api/client.ts';
import type { FieldError } from '../../shared/errors.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { isMessageKey } from '../i18n/catalog.ts';

/** The fault at a field path of a refused write: the exact path, or the closest one below it. */
export function faultAt(error: unknown, path: string): FieldError | undefined {
  if (!(error instanceof ApiError)) return undefined;
  return (
    error.problem.errors?.find((e) => e.path === path) ??
    error.problem.errors?.find((e) => e.path.startsWith(`${path}.`))
  );
}

/** Says a fault in the reader's language when its kind is known, else in the server's words. */
export function useFaultText(): (fault: FieldError | undefined) => string | undefined {
  const { t } = useI18n();
  return (fault) => {
    if (!fault) return undefined;
    const key = `validation.${fault.code}`;
    return fault.code && isMessageKey(key) ? t(key, fault.params) : fault.message;
  };
}

/** `errorAt(path)` for one form's current submission, already in the reader's language. */
export function useErrorAt(submission: Submission): (path: string) => string | undefined {
  const say = useFaultText();
  return (path) => say(faultAt(submission.error, path));
}

export interface Submission {
  busy: boolean;
  error: unknown;
  /** The server said someone else saved first (409 version_conflict). */
  conflict: boolean;
  /** Runs a write; one that answers `false` saved nothing (it stopped to ask first), so none is confirmed. */
  run(fn: () => Promise<void | false>): Promise<void>;
  clear(): void;
  /** Forgets the faults at a field path (and below it): the reader has changed that field. */
  clearAt(path: string): void;
  /** The last run succeeded, and nothing has been changed since. */
  saved: boolean;
  /** Something was changed after a save: the confirmation no longer holds. */
  touch(): void;
}

export function useSubmission(): Submission {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  return {
    busy,
    error,
    saved,
    conflict: error instanceof ApiError && error.problem.code === 'version_conflict',
    clear: () => setError(null),
    touch: () => setSaved(false),
    clearAt: (path) =>
      setError((e: unknown) => {
        if (!(e instanceof ApiError) || !e.problem.errors?.length) return e;
        const left = e.problem.errors.filter((f) => f.path !== path && !f.path.startsWith(`${path}.`));
        if (left.length === e.problem.errors.length) return e;
        return left.length ? new ApiError(e.status, { ...e.problem, errors: left }) : null;
      }),
    async run(fn) {
      setBusy(true);
      setError(null);
      setSaved(false);
      try {
        setSaved((await fn()) !== false);
      } catch (err) {
        setError(err);
      } finally {
        setBusy(false);
      }
    },
  };
}

/** A labelled control with its error beneath it, tied together for screen readers. */
export function Field({
  label,
  error,
  path,
  children,
}: {
  label: string;
  error?: string;
  /**
   * The field path its faults arrive at; an EditForm clears them when this field changes. Several,
   * space-separated, when one control sets several paths (a date, both the start's and the end's).
   */
  path?: string;
  children: (props: { id: string; 'aria-invalid'?: boolean; 'aria-describedby'?: string }) => ReactNode;
}) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div className={error ? 'field field-invalid' : 'field'} data-path={path}>
      <label htmlFor={id}>{label}</label>
      {children({ id, ...(error ? { 'aria-invalid': true, 'aria-describedby': errorId } : {}) })}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

/**
 * The version an edit is based on. After a conflict, `reload` takes the latest version number and
 * leaves the form as typed, so saving again applies the typed text on top.
 */
export function useVersion(initial: number, latest: () => Promise<{ version: number }>, submission: Submission) {
  const [version, setVersion] = useState(initial);
  const [reloaded, setReloaded] = useState(false);
  const reload = () =>
    void latest().then((l) => {
      setVersion(l.version);
      setReloaded(true);
      submission.clear();
    });
  return { version, reloaded, reload };
}

/** What went wrong with the whole form: a conflict with a reload, or a count of field problems. */
export function FormStatus({
  submission,
  onReload,
  reloaded = false,
}: {
  submission: Submission;
  onReload?: () => void;
  reloaded?: boolean;
}) {
  const { t } = useI18n();
  const say = useFaultText();
  const { error, conflict } = submission;
  if (!error)
    return reloaded ? (
      <p className="note" role="status">
        {t('form.reloaded')}
      </p>
    ) : null;
  if (conflict) {
    return (
      <div className="note" role="alert">
        <p>{t('form.conflict')}</p>
        {onReload && (
          <button className="button-secondary" type="button" onClick={onReload}>
            {t('form.reload')}
          </button>
        )}
      </div>
    );
  }
  // A refusal of the state of things (409), not of a field: say why, e.g. texts that wait for clearance.
  const refusals = error instanceof ApiError && error.status === 409 ? (error.problem.errors ?? []) : [];
  if (refusals.length) {
    return (
      <p className="error" role="alert">
        {refusals.map((f) => say(f)).join(' ')}
      </p>
    );
  }
  const count = error instanceof ApiError ? (error.problem.errors?.length ?? 0) : 0;
  return (
    <p className="error" role="alert">
      {count > 0 ? t('form.invalid', { count }) : t('common.error', { message: (error as Error).message })}
    </p>
  );
}

/** Pick several from a list, as labelled checkboxes. */
export function CheckList({
  legend,
  options,
  value,
  onChange,
  error,
  path,
}: {
  legend: string;
  options: { value: string; label: ReactNode }[];
  value: string[];
  onChange(next: string[]): void;
  error?: string;
  /** The field path its faults arrive at; an EditForm clears them when a box changes. */
  path?: string;
}) {
  return (
    <fieldset className={error ? 'checklist field-invalid' : 'checklist'} data-path={path}>
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value} className="check">
          <input
            type="checkbox"
            checked={value.includes(o.value)}
            onChange={(e) => onChange(e.target.checked ? [...value, o.value] : value.filter((v) => v !== o.value))}
          />
          {o.label}
        </label>
      ))}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}

/**
 * The one form of the app: the problems at the top (each also shown at its field), a change clears
 * the faults of the field changed, and a save is confirmed until the next change.
 */
export function EditForm({
  title,
  label,
  submission,
  onSubmit,
  onReload,
  reloaded,
  submitLabel,
  busyLabel,
  confirmation,
  actions,
  onCancel,
  labels = {},
  children,
}: {
  /** Field labels by path, so the problems at the top name the field ("Name: Required."). */
  labels?: Record<string, string>;
  title?: string;
  /** The form's name for assistive technology, when no page title names it (a form inside a page). */
  label?: string;
  /** What Cancel does: by default it goes back a page; a form inside a page folds itself, or has none (false). */
  onCancel?: (() => void) | false;
  submission: Submission;
  onSubmit(): Promise<void>;
  onReload?: () => void;
  reloaded?: boolean;
  submitLabel?: string;
  /** What the submit button says while the write is under way, "Saving…" unless told. */
  busyLabel?: string;
  /** What a success says, "Saved." unless told ("The invitation is sent."); none (false) where the answer shows itself. */
  confirmation?: string | false;
  /** Other buttons beside Save (a publication's "Regenerate"). */
  actions?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const say = useFaultText();
  const faults = submission.error instanceof ApiError ? (submission.error.problem.errors ?? []) : [];
  return (
    <form
      className="stack editor"
      noValidate
      aria-label={label}
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        void submission.run(onSubmit);
      }}
      onChange={(e) => {
        submission.touch();
        const paths = (e.target as HTMLElement).closest<HTMLElement>('[data-path]')?.dataset.path;
        for (const path of paths?.split(' ') ?? []) submission.clearAt(path);
      }}
    >
      {title && <h1>{title}</h1>}
      <FormStatus submission={submission} onReload={onReload} reloaded={reloaded} />
      {faults.length > 0 && !submission.conflict && (
        <div className="error-summary" role="group" aria-label={t('form.problemsTitle')}>
          <p>{t('form.problemsTitle')}</p>
          <ul>
            {faults.map((f, i) => (
              <li key={i}>
                {labelOf(labels, f.path)}
                {say(f)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {children}
      {submission.saved && confirmation !== false && (
        <p className="note saved" role="status">
          {confirmation ?? t('form.savedAt')}
        </p>
      )}
      <div className="actions">
        <button className="button-primary" type="submit" disabled={submission.busy}>
          {submission.busy ? (busyLabel ?? t('form.saving')) : (submitLabel ?? t('form.save'))}
        </button>
        {actions}
        {onCancel !== false && (
          <button type="button" className="button-quiet" onClick={onCancel ?? (() => history.back())}>
            {t('form.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

/** The label of the closest labelled path at or above a fault's path, with its colon. */
function labelOf(labels: Record<string, string>, path: string): string {
  const key = Object.keys(labels)
    .filter((k) => path === k || path.startsWith(`${k}.`))
    .sort((a, b) => b.length - a.length)[0];
  return key ? `${labels[key]}: ` : '';
}

/** A box whose empty value is null: a website, an e-mail address, a phone number. */
export function OptionalInput({
  label,
  type,
  path,
  value,
  onChange,
  error,
}: {
  label: string;
  type: 'url' | 'email' | 'tel';
  path: string;
  value: string | null | undefined;
  onChange(value: string | null): void;
  error?: string;
}) {
  return (
    <Field label={label} error={error} path={path}>
      {(p) => <input {...p} type={type} value={value ?? ''} onChange={(e) => onChange(e.target.value || null)} />}
    </Field>
  );
}

/** A select's options when its values are an enum's, each named by `name`. */
export function EnumOptions<T extends string>({ values, name }: { values: readonly T[]; name(value: T): string }) {
  return (
    <>
      {values.map((v) => (
        <option key={v} value={v}>
          {name(v)}
        </option>
      ))}
    </>
  );
}
