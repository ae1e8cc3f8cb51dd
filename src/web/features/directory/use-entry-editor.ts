import { useState } from 'react';
import { useLocation } from 'wouter';
import type { OrganizationCreate, PersonCreate } from '../../../shared/contracts/directory.ts';
import { api } from '../../api/client.ts';
import { useErrorAt, useSubmission, useVersion } from '../../components/form.tsx';

/** A kind of directory entry: how it is read again, written, and where its page is. */
interface EntryKind<T> {
  read(id: string): Promise<{ version: number }>;
  writes: {
    create(body: T): Promise<{ id: string }>;
    update(id: string, body: T & { version: number }): Promise<{ id: string }>;
  };
  pageOf(id: string): string;
}

export const organizationEntries: EntryKind<OrganizationCreate> = {
  read: (id) => api.directory.organization(id),
  writes: api.directory.organizationWrites,
  pageOf: (id) => `/directory/organizations/${id}`,
};

export const personEntries: EntryKind<PersonCreate> = {
  read: (id) => api.directory.person(id),
  writes: api.directory.personWrites,
  pageOf: (id) => `/directory/people/${id}`,
};

/**
 * A directory entry's editor: its draft, the submission and its problems, the version it edits, and
 * saving — an update of that version, or a new entry, whose page then opens. A new entry has nothing
 * to read again, so it offers no reload.
 */
export function useEntryEditor<T>(
  kind: EntryKind<T>,
  entry: { id: string | undefined; initial: T; initialVersion: number },
) {
  const { id } = entry;
  const { writes } = kind;
  const [, navigate] = useLocation();
  const [draft, setDraft] = useState(entry.initial);
  const submission = useSubmission();
  const err = useErrorAt(submission);
  const { version, reloaded, reload } = useVersion(
    entry.initialVersion,
    () => (id ? kind.read(id) : Promise.resolve({ version: entry.initialVersion })),
    submission,
  );
  const set = <K extends keyof T>(k: K, v: T[K]) => setDraft((d) => ({ ...d, [k]: v }));
  const save = async () => {
    const saved = id ? await writes.update(id, { ...draft, version }) : await writes.create(draft);
    if (!id) navigate(kind.pageOf(saved.id));
  };
  return { draft, set, submission, err, save, reloading: { onReload: id ? reload : undefined, reloaded } };
}
