import { GENERIC, TABLES, type Table } from './tables.ts';

const isUpper = (ch: string) => ch !== ch.toLowerCase() && ch === ch.toUpperCase();

/** Writes Cyrillic out in Latin letters with a table; anything else passes through. */
export function romanize(text: string, table: Table): string {
  let out = '';
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const lower = ch.toLowerCase();
    const latin = table[lower];
    if (latin === undefined) {
      out += ch;
      continue;
    }
    if (!isUpper(ch) || latin.length === 0) {
      out += latin;
      continue;
    }
    // A capital becomes "Sh" inside a word, "SH" inside a word written in capitals.
    const next = chars[i + 1];
    const allCaps = next !== undefined && isUpper(next);
    out += allCaps ? latin.toUpperCase() : latin.charAt(0).toUpperCase() + latin.slice(1);
  }
  return out;
}

/** The Latin form of a text in its language (`kk`, `uz-Cyrl`, `ru`, …); unknown languages use the union table. */
export function toLatin(text: string, lang?: string): string {
  const base = lang?.split('-')[0] as keyof typeof TABLES | undefined;
  return romanize(text, (base && TABLES[base]) ?? GENERIC);
}

/** Reverses a table: Latin → Cyrillic, longest match first ("sh" before "s"). */
export function cyrillize(text: string, table: Table): string {
  const pairs = Object.entries(table)
    .filter(([, latin]) => latin.length > 0)
    .sort((a, b) => b[1].length - a[1].length);
  let out = '';
  let i = 0;
  const lower = text.toLowerCase();
  outer: while (i < text.length) {
    for (const [cyr, latin] of pairs) {
      if (lower.startsWith(latin, i)) {
        out += isUpper(text[i]!) ? cyr.toUpperCase() : cyr;
        i += latin.length;
        continue outer;
      }
    }
    out += text[i];
    i++;
  }
  return out;
}
