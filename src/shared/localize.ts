/** What localize reads of a multilingual text (src/shared/multilingual.ts). */
interface Versions {
  original: string;
  texts: Record<string, { text: string } | undefined>;
}

export interface Localized {
  text: string;
  lang: string;
  /** The text is not in the language asked for: the UI shows a badge. */
  fallback: boolean;
}

/** The text in the first of `prefer` that exists, else the original. */
export function localize(value: Versions, prefer: readonly string[]): Localized {
  for (const lang of prefer) {
    const t = value.texts[lang];
    if (t) return { text: t.text, lang, fallback: false };
  }
  const original = value.texts[value.original];
  return { text: original?.text ?? '', lang: value.original, fallback: true };
}
