/** The fields every stored record answers with. */
export const recordMeta = (r: { id: string; version: number; createdAt: Date; updatedAt: Date }) => ({
  id: r.id,
  version: r.version,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});

/**
 * The fields a dialogue's statement or outcome answers with. Withheld (under the Rule, for outsiders):
 * no version or times, since an edit's version bump or its time would tell of activity they cannot see.
 */
export const dialogueRecordMeta = (
  r: Parameters<typeof recordMeta>[0] & { dialogueId: string; agendaItemId: string | null },
  withheld: boolean,
) => ({
  ...recordMeta(r),
  ...(withheld ? { version: 0, createdAt: null, updatedAt: null } : {}),
  dialogueId: r.dialogueId,
  agendaItemId: r.agendaItemId,
});

/** Child rows grouped under their parents' ids, every parent present (with [] when it has none). */
export function groupBy<T>(
  parentIds: readonly string[],
  rows: readonly T[],
  parentOf: (row: T) => string,
): Map<string, T[]> {
  const groups = new Map<string, T[]>(parentIds.map((id) => [id, []]));
  for (const row of rows) groups.get(parentOf(row))?.push(row);
  return groups;
}
