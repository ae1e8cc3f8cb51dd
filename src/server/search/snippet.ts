import { skeleton } from '../../shared/transliteration/skeleton.ts';

const WINDOW = 160;

/** A word of the text matches a query word when their keys start alike, whatever the script. */
function matches(wordKey: string, queryKeys: string[]): boolean {
  return queryKeys.some(
    (q) => q.length >= 2 && (wordKey.startsWith(q) || (wordKey.length >= 4 && q.startsWith(wordKey))),
  );
}

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}ʻʼ'’`-]/u.test(ch);

/** The excerpt starts at a word's start: forward to the next word when `at` is inside one (never past `limit`). */
function wordStart(text: string, at: number, limit: number): number {
  let i = at;
  if (i > 0 && isWordChar(text[i - 1])) while (i < limit && isWordChar(text[i])) i++;
  while (i < limit && !isWordChar(text[i])) i++;
  return i;
}

/** …and ends at a word's end: back to the last whole word. */
function wordEnd(text: string, at: number): number {
  if (at >= text.length) return text.length;
  if (!isWordChar(text[at]) || !isWordChar(text[at - 1])) return at;
  let i = at;
  while (i > 0 && isWordChar(text[i - 1])) i--;
  return i > 0 ? i : at;
}

/** An excerpt around the first matching word, with the matching words marked, in the text's own script. */
export function snippet(text: string, queryKey: string): { text: string; marks: [number, number][] } {
  const queryKeys = queryKey.split(' ').filter(Boolean);
  const marks: [number, number][] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}ʻʼ'’`-]+/gu)) {
    if (matches(skeleton(m[0]).replace(/ /g, ''), queryKeys)) marks.push([m.index, m.index + m[0].length]);
  }
  if (text.length <= WINDOW) return { text, marks };
  const first = marks[0]?.[0] ?? 0;
  const start = wordStart(text, Math.max(0, Math.min(first - 40, text.length - WINDOW)), first);
  const end = wordEnd(text, start + WINDOW);
  const cut = text.slice(start, end).trimEnd();
  const prefix = start > 0 ? '…' : '';
  const suffix = end < text.length ? '…' : '';
  return {
    text: `${prefix}${cut}${suffix}`,
    marks: marks
      .filter(([s, e]) => s >= start && e <= start + cut.length)
      .map(([s, e]) => [s - start + prefix.length, e - start + prefix.length]),
  };
}
