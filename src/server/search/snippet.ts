import { skeleton } from '../../shared/transliteration/skeleton.ts';

const WINDOW = 160;

/** A word of the text matches a query word when their keys start alike, whatever the script. */
function matches(wordKey: string, queryKeys: string[]): boolean {
  return queryKeys.some(
    (q) => q.length >= 2 && (wordKey.startsWith(q) || (wordKey.length >= 4 && q.startsWith(wordKey))),
  );
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
  const start = Math.max(0, Math.min(first - 40, text.length - WINDOW));
  const cut = text.slice(start, start + WINDOW);
  const prefix = start > 0 ? '…' : '';
  const suffix = start + WINDOW < text.length ? '…' : '';
  return {
    text: `${prefix}${cut}${suffix}`,
    marks: marks
      .filter(([s, e]) => s >= start && e <= start + WINDOW)
      .map(([s, e]) => [s - start + prefix.length, e - start + prefix.length]),
  };
}
