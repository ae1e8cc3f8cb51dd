import { parseArgs } from 'node:util';

/** `--name value` pairs (strings) and bare `--switch`es (true when given), unknown flags refused. */
export function flags<const K extends string, const S extends string = never>(
  names: readonly K[],
  switches: readonly S[] = [],
): Partial<Record<K, string>> & Partial<Record<S, boolean>> {
  const { values } = parseArgs({
    options: Object.fromEntries([
      ...names.map((n) => [n, { type: 'string' as const }]),
      ...switches.map((n) => [n, { type: 'boolean' as const }]),
    ]),
    strict: true,
  });
  return values as Partial<Record<K, string>> & Partial<Record<S, boolean>>;
}
