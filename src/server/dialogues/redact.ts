import type { MultiText } from '../../shared/multilingual.ts';
import { IdentifyingMatcher, type IdentifyingKind } from '../../shared/chatham/identifying.ts';

/**
 * Strikes names out of free text under the Chatham House Rule, through the shared
 * `IdentifyingMatcher`: terms and text are compared by skeleton, so a name is caught in any script
 * and romanization, and by stem plus a known ending, so "Норовқа", "Norovning", "с Тестовой" and
 * "SCO's" go too. The longest term wins where several match.
 */
export class Redactor {
  private readonly matcher = new IdentifyingMatcher();

  /**
   * Full names (`nameWords`: each part of a name is struck alone too), positions, organization names
   * and acronyms, in every language they are written in. Without a kind, a value that is not a name
   * is struck only whole, as a position is.
   */
  add(
    values: (MultiText | string | null | undefined)[],
    opts: { nameWords?: boolean; kind?: IdentifyingKind } = {},
  ): this {
    const kind = opts.kind ?? (opts.nameWords ? 'name' : 'position');
    for (const v of values) {
      if (!v) continue;
      for (const text of typeof v === 'string' ? [v] : Object.values(v.texts).map((t) => t.text))
        this.matcher.add(text, kind);
    }
    return this;
  }

  get empty(): boolean {
    return this.matcher.empty;
  }

  text(text: string, lang: string): string {
    return this.matcher.redact(text, lang);
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
