import { parseArgs } from 'node:util';

/** `--name value` pairs, all strings, unknown flags refused. */
export function flags<const K extends string>(names: readonly K[]): Partial<Record<K, string>> {
  const { values } = parseArgs({
    options: Object.fromEntries(names.map((n) => [n, { type: 'string' as const }])),
    strict: true,
  });
  return values as Partial<Record<K, string>>;
}
