/**
 * Every failure of a run, kept rather than thrown, so one assertion lists them all: grouped by
 * route and kind of leak, each with a count and its first example (reader, address, token, excerpt).
 */
export type Category = 'leak' | 'directory' | 'filter' | 'room' | 'not-found' | 'insider' | 'clearance' | 'coverage';

export interface Failure {
  category: Category;
  /** `GET /api/v1/dialogues/:id/statements` */
  route: string;
  /** The kind of leak, stable across examples: "names a withheld participant (name part)". */
  what: string;
  reader?: string;
  url?: string;
  /** The token, the filter, the field: what differs between examples. */
  detail?: string;
  excerpt?: string;
}

export class Failures {
  private readonly groups = new Map<string, { first: Failure; count: number; details: Set<string> }>();

  add(f: Failure): void {
    const key = `${f.category}|${f.route}|${f.what}`;
    const g = this.groups.get(key);
    if (g) {
      g.count++;
      if (f.detail && g.details.size < 6) g.details.add(f.detail);
      return;
    }
    this.groups.set(key, { first: f, count: 1, details: new Set(f.detail ? [f.detail] : []) });
  }

  of(category: Category) {
    return [...this.groups.values()].filter((g) => g.first.category === category);
  }

  /** One message for a category: every distinct (route, kind) with its first example. */
  report(category: Category, title: string): string | null {
    const groups = this.of(category).sort((a, b) =>
      `${a.first.route} ${a.first.what}`.localeCompare(`${b.first.route} ${b.first.what}`),
    );
    if (!groups.length) return null;
    const lines = groups.map(({ first: f, count, details }) => {
      const example = [
        f.reader ? `as ${f.reader}` : '',
        f.url ? `GET ${f.url}` : '',
        details.size ? `— ${[...details].join(' | ')}` : '',
        f.excerpt ? `\n      «${f.excerpt}»` : '',
      ]
        .filter(Boolean)
        .join(' ');
      return `  • ${f.route}: ${f.what} (×${count})\n      ${example}`;
    });
    return `${title}: ${groups.length} distinct failure(s)\n${lines.join('\n')}`;
  }

  /** Distinct (route, kind) pairs of every category, for the summary. */
  summary(): string[] {
    return [...this.groups.values()]
      .map((g) => `[${g.first.category}] ${g.first.route}: ${g.first.what} (×${g.count})`)
      .sort();
  }
}
