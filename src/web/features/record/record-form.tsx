import type { ReactNode } from 'react';
import { EditForm, useErrorAt, useSubmission, useVersion } from '../../components/form.tsx';

interface Versioned {
  id: string;
  version: number;
}

/**
 * What the editors of a dialogue's records share: the submission, the version read (read again when
 * another write came first) and the faults by field. `read` fetches the record being edited.
 */
export function useRecordEditor(existing: Versioned | undefined, read: (id: string) => Promise<Versioned>) {
  const submission = useSubmission();
  const { version, reloaded, reload } = useVersion(
    existing?.version ?? 0,
    // Only an edit offers the reload (RecordForm), so there is a record to read when it runs.
    () => (existing ? read(existing.id) : Promise.resolve({ version: 0 })),
    submission,
  );
  const err = useErrorAt(submission);
  return { submission, version, err, reloaded, reload: existing ? reload : undefined };
}
export type RecordEditor = ReturnType<typeof useRecordEditor>;

/** A record's editor: adds one (no Cancel), or edits one in place, offering a reload on a conflict. */
export function RecordForm({
  editor,
  label,
  onSubmit,
  onCancel,
  labels,
  children,
}: {
  editor: RecordEditor;
  label: string;
  onSubmit(): Promise<void>;
  onCancel?: () => void;
  /** Field labels by path, so the problems at the top name the field. */
  labels: Record<string, string>;
  children: ReactNode;
}) {
  return (
    <EditForm
      label={label}
      submission={editor.submission}
      onSubmit={onSubmit}
      onReload={editor.reload}
      reloaded={editor.reloaded}
      onCancel={onCancel ?? false}
      labels={labels}
    >
      {children}
    </EditForm>
  );
}
