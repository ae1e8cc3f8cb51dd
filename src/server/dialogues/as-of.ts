/** Dated names and positions: which one was in force on a given day (YYYY-MM-DD). */
export interface Dated {
  validFrom: string | null;
  validTo: string | null;
}

export const validOn = (d: Dated, day: string): boolean =>
  (d.validFrom === null || d.validFrom <= day) && (d.validTo === null || d.validTo >= day);

/** The first entry in force on the day; failing that, the latest that began before it; failing that, the first. */
export function asOf<T extends Dated>(entries: readonly T[], day: string): T | undefined {
  const inForce = entries.find((e) => validOn(e, day));
  if (inForce) return inForce;
  const before = entries
    .filter((e) => e.validFrom !== null && e.validFrom <= day)
    .sort((a, b) => (a.validFrom! < b.validFrom! ? 1 : -1));
  return before[0] ?? entries[0];
}
