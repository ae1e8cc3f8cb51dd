/** A numbered paragraph as pasted: its number as the document writes it, and its text. */
export interface PastedProvision {
  number: string;
  text: string;
}

// "1.", "1)", "12a.", "§ 1", "§1", "OP 3", "PP4", "OP3." — at the start of a line.
const MARKER = /^\s*(?:(OP|PP)\s*(\d+[a-z]?)\.?|§\s*(\d+[a-z]?)\.?|(\d+[a-z]?)[.)])\s+(\S.*)$/i;

/**
 * Splits pasted text into provisions: each numbered line opens one; a line without a number continues
 * the paragraph above (a paragraph wrapped by the source). Text before the first number (a title, a
 * preamble's heading) opens none.
 */
export function parseProvisions(pasted: string): PastedProvision[] {
  const out: PastedProvision[] = [];
  for (const raw of pasted.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const m = MARKER.exec(line);
    if (m) {
      const number = m[1] ? `${m[1].toUpperCase()}${m[2]}` : m[3] ? `§ ${m[3]}` : m[4]!;
      out.push({ number, text: m[5]!.trim() });
    } else if (out.length) {
      out.at(-1)!.text += ` ${line}`;
    }
  }
  return out;
}
