import type {
  DialogueFormat,
  DocumentKind,
  OutcomeKind,
  ParticipantRole,
  PublicationKind,
  StatementKind,
} from '../../../../shared/contracts/enums.ts';
import type { MaterialKind } from '../../../../shared/contracts/materials.ts';

/** Whether the dialogue is over, under way, or still to come, when the text is written. */
export type Tense = 'past' | 'now' | 'future';

/** A calendar day in the host's zone. */
export interface Day {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

/**
 * How a date stands in a sentence: `plain` as a heading or after a dash; `on` as an adverbial of time
 * ("on 22 June 2020", "2020 жылғы 22 маусымда"); `of` as an attribute of a document ("of 22 June 2018",
 * "2018 жылғы 22 маусымдағы").
 */
export type DateForm = 'plain' | 'on' | 'of';

/**
 * The generators' sentences in one language. Templates never inflect a name or a title: names stand
 * in the nominative, as the subject, in apposition or after a colon, and titles in quotation marks
 * beside a generic noun. Functions rather than strings: a sentence is built from lists and optional
 * parts, and the compiler checks that every language says everything.
 */
export interface Phrases {
  lang: string;
  /** Collation for sorting country names. */
  collation: string;
  kindTitle: Record<PublicationKind, string>;
  /** Outer and inner quotation marks: open, close, open, close. */
  quotes: readonly [string, string, string, string];
  /** The conjunction of a list's last two items. */
  and: string;
  /** Numbers under ten as words in running text; larger ones as figures. */
  number: (n: number) => string;
  date: (d: Day, form: DateForm) => string;
  /** The region's countries in this language, by ISO code. */
  countries: Record<string, string>;
  /** "in Russian", for the note on passages quoted in another language. */
  inLanguage: Record<string, string>;
  /** The whole text could not be written in the language asked for (`asked` is its tag). */
  fallbackNote: (asked: string) => string;
  /** Passages the record holds in no version of this language, quoted in these languages. */
  contentNote: (inLanguages: string) => string;

  how: Record<DialogueFormat, string>;
  /** The opening sentence: the dialogue (its title already quoted), how, and when (null: the dateline says). */
  lead: (a: { tense: Tense; title: string; how: string; date: string | null }) => string;
  conveners: (list: string, count: number) => string;
  venue: (where: string) => string;
  theme: (quoted: string) => string;
  attended: (tense: Tense, people: string) => string;
  represented: (tense: Tense, orgs: string, also: boolean) => string;
  attendedWithheld: (tense: Tense, count: number) => string;
  ruleWhole: string;
  ruleItems: string;
  documents: (tense: Tense, docs: string) => string;
  /** A document: its kind, symbol, quoted title and date (in the `of` form), in this language's order. */
  document: (d: { kind: DocumentKind; symbol: string | null; title: string; date: string | null }) => string;
  /** Introduces the agenda's items, listed after it. */
  agenda: (count: number) => string;
  /** Introduces a named speaker's words quoted as said. */
  quoteLabel: string;
  speakerPoints: (who: string) => string;
  /** Openers for a statement whose speaker is not named, each ending in a colon; used in turn. */
  unnamed: Record<StatementKind, readonly string[]>;
  /** Opener of a statement made jointly by these organizations (null: by the participants). */
  together: (orgs: string | null) => string;
  concluded: string;
  outcomeHeading: Record<OutcomeKind, string>;
  outcomeLabel: Record<OutcomeKind, string>;
  due: (date: string) => string;
  owner: (org: string) => string;
  proposedBy: (orgs: string) => string;
  /** A material's kind, as the label before its quoted title. */
  materialKind: Record<MaterialKind, string>;
  minutes: {
    when: (date: string, from: string, to: string, offset: string) => string;
    format: Record<DialogueFormat, string>;
    conveners: (list: string, count: number) => string;
    attendance: string;
    international: string;
    withheld: (count: number) => string;
    role: Record<ParticipantRole, string>;
    agenda: string;
    discussion: string;
    general: string;
    outcomes: string;
    documents: string;
    /** Heading of the materials the outside may read: papers, slides, notes. */
    tabled: string;
    nothing: string;
    upcoming: string;
  };
}
