import { createHash } from 'node:crypto';

const words = (text: string) =>
  text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
const hash = (w: string[]) => createHash('sha256').update(w.join(' ')).digest('hex').slice(0, 16);

/** Sentences of a plain text: split at . ! ? and line breaks; a sentence has at least three words. */
const sentences = (text: string) =>
  text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => words(s))
    .filter((w) => w.length >= 3);

export interface Print {
  words: number;
  hash: string;
}

/**
 * Fingerprints of a text's sentences (each one's word count and a hash of its words, case and
 * punctuation aside), so a test can tell whether another text repeats any of them verbatim without
 * the repository holding the text.
 */
export const fingerprints = (text: string): Print[] =>
  sentences(text)
    .map((w) => ({ words: w.length, hash: hash(w) }))
    .sort((a, b) => a.hash.localeCompare(b.hash));

/** How many of the fingerprinted sentences a text repeats word for word, anywhere in it. */
export function repeats(text: string, prints: Print[]): number {
  const w = words(text);
  const wanted = new Set(prints.map((p) => `${p.words}:${p.hash}`));
  const found = new Set<string>();
  for (const n of new Set(prints.map((p) => p.words))) {
    for (let i = 0; i + n <= w.length; i++) {
      const key = `${n}:${hash(w.slice(i, i + n))}`;
      if (wanted.has(key)) found.add(key);
    }
  }
  return found.size;
}

// npx tsx test/support/fingerprint.ts <file> prints a text's fingerprints as JSON.
if (process.argv[1]?.endsWith('fingerprint.ts') && process.argv[2]) {
  const { readFileSync } = await import('node:fs');
  console.log(JSON.stringify(fingerprints(readFileSync(process.argv[2], 'utf8'))));
}
