import type { MultiText } from '../../shared/multilingual.ts';
import { skeleton } from '../../shared/transliteration/skeleton.ts';

const PLACEHOLDER: Record<string, string> = { en: '[withheld]', ru: '[не раскрывается]' };
/** Name words shorter than this are too likely to be ordinary words to strike out alone. */
const MIN_NAME_WORD = 4;
const WORD = /[\p{L}\p{N}'ʻʼ’`]+/gu;

/**
 * Strikes names out of free text under the Chatham House Rule. Terms and text are compared by
 * their skeletons, word by word, so a name is caught in any script and any romanization: "Норов",
 * "Norov" and "Noroff"-style spellings that fold alike. The longest term wins where several match.
 */
export class Redactor {
  private readonly terms: string[][] = [];

  /** Full names, positions, organization names and acronyms, in every language they are written in. */
  add(values: (MultiText | string | null | undefined)[], opts: { nameWords?: boolean } = {}): this {
    for (const v of values) {
      if (!v) continue;
      for (const text of typeof v === 'string' ? [v] : Object.values(v.texts).map((t) => t.text)) {
        const words = skeleton(text).split(' ').filter(Boolean);
        if (words.length) this.terms.push(words);
        // A person is often named by one part of the name: "Norov said".
        if (opts.nameWords) for (const w of words) if (w.length >= MIN_NAME_WORD) this.terms.push([w]);
      }
    }
    return this;
  }

  get empty(): boolean {
    return this.terms.length === 0;
  }

  text(text: string, lang: string): string {
    const tokens = [...text.matchAll(WORD)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      keys: skeleton(m[0]).split(' ').filter(Boolean),
    }));
    // One entry per skeleton word, pointing back at the token it came from.
    const keys = tokens.flatMap((t, i) => t.keys.map((k) => ({ k, i })));
    const spans: [number, number][] = [];
    for (let at = 0; at < keys.length;) {
      let best = 0;
      for (const term of this.terms) {
        if (term.length > best && term.every((w, j) => keys[at + j]?.k === w)) best = term.length;
      }
      if (best) {
        spans.push([tokens[keys[at]!.i]!.start, tokens[keys[at + best - 1]!.i]!.end]);
        at += best;
      } else at++;
    }
    if (!spans.length) return text;
    const placeholder = PLACEHOLDER[lang.split('-')[0]!] ?? '[…]';
    let out = '';
    let from = 0;
    for (const [s, e] of spans) {
      // Adjacent struck-out names ("Vladimir Norov") become one placeholder.
      if (out.endsWith(placeholder) && text.slice(from, s).trim() === '') {
        from = e;
        continue;
      }
      out += text.slice(from, s) + placeholder;
      from = e;
    }
    return out + text.slice(from);
  }

  multi<T extends MultiText | null>(value: T): T {
    if (!value || this.empty) return value;
    return {
      ...value,
      texts: Object.fromEntries(
        Object.entries(value.texts).map(([lang, t]) => [lang, { ...t, text: this.text(t.text, lang) }]),
      ),
    } as T;
  }
}
