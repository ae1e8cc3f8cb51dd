import fc from 'fast-check';
import { ANCHOR_CONSONANTS, ANCHOR_VOWELS, CONSONANTS, VOWELS } from './words.ts';

/**
 * One generated dialogue and everything around it, as plain data: fast-check draws it, build.ts
 * claims unique words for it and creates it through the API. Indices into lists are drawn as
 * naturals and taken modulo the list's length when built.
 */

export const COUNTRIES = ['KZ', 'KG', 'TJ', 'TM', 'UZ'] as const;
export type Country = (typeof COUNTRIES)[number];
export const TEXT_LANGS = ['en', 'ru', 'kk', 'uz'] as const;
export type TextLang = (typeof TEXT_LANGS)[number];
export const LOCAL_LANG: Record<Country, 'kk' | 'ky' | 'tg' | 'tk' | 'uz'> = {
  KZ: 'kk',
  KG: 'ky',
  TJ: 'tg',
  TM: 'tk',
  UZ: 'uz',
};

const syllables = (consonants: readonly string[], vowels: readonly string[], min: number, max: number) =>
  fc
    .array(fc.tuple(fc.constantFrom(...consonants), fc.constantFrom(...vowels)), { minLength: min, maxLength: max })
    .map((s) => s.map(([c, v]) => c + v).join(''));
/** A made-up word of the name letters: "zarkuno". */
export const pseudoWord = (min = 2, max = 3) =>
  fc
    .tuple(syllables(CONSONANTS, VOWELS, min, max), fc.option(fc.constantFrom('n', 'r', 'l', 'm', 'z', 'k')))
    .map(([s, end]) => s + (end ?? ''));
/** An anchor: "Velmora". */
export const anchorWord = syllables(ANCHOR_CONSONANTS, ANCHOR_VOWELS, 3, 3);

export const ORG_KINDS = ['institute', 'centre', 'academy'] as const;

export interface OrgSpec {
  word: string;
  country: Country;
  kind: (typeof ORG_KINDS)[number];
  /** An older name, valid until 2019, with its own acronym. */
  oldName: boolean;
  /** The name in the country's own language too. */
  localName: boolean;
}

export interface PersonSpec {
  first: string;
  stem: string;
  female: boolean;
  org: number;
  title: number;
  role: 'speaker' | 'delegate' | 'rapporteur' | 'chair' | 'moderator';
}

export interface TextSpec {
  identifying: boolean;
  lang: TextLang;
  /** A translation beside the original. */
  second: TextLang | null;
  template: number;
  /** Who and which institution an identifying text names (other participants). */
  person: number;
  org: number;
  /** The made-up words that open and close the text. */
  anchors: [string, string];
}

export interface StatementSpec {
  item: number;
  collective: boolean;
  speaker: number;
  orgs: number[];
  kind: 'remarks' | 'direct_quote' | 'position' | 'proposal';
  text: TextSpec;
  provisions: number[];
  areas: number[];
  /** Minutes after the dialogue's start it was delivered. */
  minute: number;
}

export interface OutcomeSpec {
  item: number;
  kind: 'commitment' | 'follow_up_action' | 'recommendation';
  owner: number;
  proposers: number[];
  endorsers: number[];
  dueDays: number;
  status: 'planned' | 'in_progress' | 'stalled';
  text: TextSpec;
  provisions: number[];
  areas: number[];
}

export interface ItemSpec {
  rule: boolean;
  provisions: number[];
  areas: number[];
}

export interface WorldSpec {
  /** Wholly under the Rule, or public with some agenda items under it. */
  mode: 'whole' | 'items';
  status: 'scheduled' | 'concluded';
  /** Days after 2024-01-01. */
  day: number;
  orgs: OrgSpec[];
  /** A convener that sends nobody: public. */
  convener: OrgSpec;
  /** A participant organization convenes too (and is then withheld). */
  participantConvenes: boolean;
  people: PersonSpec[];
  items: ItemSpec[];
  statements: StatementSpec[];
  outcomes: OutcomeSpec[];
  pressRelease: 'en' | 'ru';
}

const orgSpec = (country: Country) =>
  fc.record({
    word: pseudoWord(3, 3),
    country: fc.constant(country),
    kind: fc.constantFrom(...ORG_KINDS),
    oldName: fc.boolean(),
    localName: fc.boolean(),
  });

const textSpec = fc.record({
  identifying: fc.boolean(),
  lang: fc.constantFrom(...TEXT_LANGS),
  second: fc.option(fc.constantFrom(...TEXT_LANGS), { nil: null }),
  template: fc.nat(),
  person: fc.nat(),
  org: fc.nat(),
  anchors: fc.tuple(anchorWord, anchorWord),
});
const picks = fc.uniqueArray(fc.nat(9), { minLength: 0, maxLength: 2 });

export const worldArb: fc.Arbitrary<WorldSpec> = fc
  .uniqueArray(fc.constantFrom(...COUNTRIES), { minLength: 3, maxLength: 4 })
  .chain((countries) =>
    fc.record({
      mode: fc.constantFrom('whole' as const, 'items' as const),
      status: fc.constantFrom('scheduled' as const, 'concluded' as const),
      day: fc.nat(600),
      orgs: fc.tuple(...countries.map(orgSpec)),
      convener: orgSpec(countries[0]!),
      participantConvenes: fc.boolean(),
      people: fc.array(
        fc.record({
          first: pseudoWord(2, 3),
          stem: pseudoWord(2, 2),
          female: fc.boolean(),
          org: fc.nat(),
          title: fc.nat(),
          role: fc.constantFrom('speaker' as const, 'delegate' as const, 'rapporteur' as const, 'chair' as const),
        }),
        { minLength: countries.length + 1, maxLength: countries.length + 2 },
      ),
      items: fc.array(fc.record({ rule: fc.boolean(), provisions: picks, areas: picks }), {
        minLength: 2,
        maxLength: 3,
      }),
      statements: fc.array(
        fc.record({
          item: fc.nat(),
          collective: fc.boolean(),
          speaker: fc.nat(),
          orgs: fc.uniqueArray(fc.nat(9), { minLength: 1, maxLength: 2 }),
          kind: fc.constantFrom('remarks' as const, 'direct_quote' as const, 'position' as const, 'proposal' as const),
          text: textSpec,
          provisions: picks,
          areas: picks,
          minute: fc.nat(110),
        }),
        { minLength: 5, maxLength: 7 },
      ),
      outcomes: fc.array(
        fc.record({
          item: fc.nat(),
          kind: fc.constantFrom('commitment' as const, 'follow_up_action' as const, 'recommendation' as const),
          owner: fc.nat(),
          proposers: picks,
          endorsers: picks,
          dueDays: fc.integer({ min: 30, max: 400 }),
          status: fc.constantFrom('planned' as const, 'in_progress' as const, 'stalled' as const),
          text: textSpec,
          provisions: fc.uniqueArray(fc.nat(9), { minLength: 1, maxLength: 2 }),
          areas: picks,
        }),
        { minLength: 3, maxLength: 4 },
      ),
      pressRelease: fc.constantFrom('en' as const, 'ru' as const),
    }),
  )
  .map((w) => {
    // Every world has something to withhold and something to clear: in items mode the first item is
    // under the Rule and the second is not; the first statements and outcomes land on the first item,
    // one naming people, one neutral; participants come from every organization.
    const items = w.items.map((it, i) => ({ ...it, rule: i === 0 ? true : i === 1 ? false : it.rule }));
    const statements = w.statements.map((s, i) =>
      i < 3 ? { ...s, item: 0, collective: i === 2, text: { ...s.text, identifying: i !== 1 } } : s,
    );
    const outcomes = w.outcomes.map((o, i) =>
      i < 2
        ? { ...o, item: 0, kind: i === 0 ? ('commitment' as const) : o.kind, text: { ...o.text, identifying: i === 1 } }
        : o,
    );
    const people = w.people.map((p, i) => ({ ...p, org: i < w.orgs.length ? i : p.org }));
    return { ...w, items, statements, outcomes, people };
  });
