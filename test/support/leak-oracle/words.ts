import { skeleton } from '../../../src/shared/transliteration/skeleton.ts';

/**
 * Made-up words for the leak oracle's people and institutions, in Latin and Cyrillic, with the case
 * endings the region's languages put on them. Every word the oracle withholds is unique in the app
 * and no word is a prefix of another, so finding one in a response is never a coincidence.
 */

/** Consonants and vowels whose Latin and Cyrillic spellings fold to one skeleton. */
export const CONSONANTS = ['b', 'd', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'sh', 'kh', 'zh'] as const;
export const VOWELS = ['a', 'i', 'o', 'u'] as const;
/** Anchors (the words that open and close a text under the Rule) use other letters, so they never look like names. */
export const ANCHOR_CONSONANTS = ['f', 'g', 'l', 'm', 'n', 'r', 'v'] as const;
export const ANCHOR_VOWELS = ['e', 'a', 'o'] as const;

const TO_CYRILLIC: [string, string][] = [
  ['sh', 'ш'],
  ['kh', 'х'],
  ['zh', 'ж'],
  ['ts', 'ц'],
  ['a', 'а'],
  ['b', 'б'],
  ['d', 'д'],
  ['e', 'е'],
  ['f', 'ф'],
  ['g', 'г'],
  ['i', 'и'],
  ['k', 'к'],
  ['l', 'л'],
  ['m', 'м'],
  ['n', 'н'],
  ['o', 'о'],
  ['p', 'п'],
  ['r', 'р'],
  ['s', 'с'],
  ['t', 'т'],
  ['u', 'у'],
  ['v', 'в'],
  ['z', 'з'],
  ['c', 'ц'],
];

/** The Cyrillic spelling of a word made of the letters above, keeping capitals. */
export function cyr(latin: string): string {
  let out = '';
  for (let i = 0; i < latin.length;) {
    const lower = latin.slice(i).toLowerCase();
    const pair = TO_CYRILLIC.find(([l]) => lower.startsWith(l));
    if (!pair) {
      out += latin[i];
      i++;
      continue;
    }
    const upper = latin[i] !== latin[i]!.toLowerCase();
    out += upper ? pair[1].toUpperCase() : pair[1];
    i += pair[0].length;
  }
  return out;
}

export const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const VOWEL_END = /[aeiouаеиоуыэюяё]$/i;

/** A word in both scripts. */
export interface Word {
  lat: string;
  cyr: string;
}
export const word = (lat: string): Word => ({ lat, cyr: cyr(lat) });

/**
 * Claims words for one app: each new word's skeleton must be neither a prefix of, nor prefixed by,
 * any word already claimed or reserved (the words the app already shows: the demo, the interface).
 */
export class WordRegistry {
  private readonly keys: string[] = [];
  private readonly reserved = new Set<string>();
  private n = 0;

  reserve(text: string): void {
    for (const k of skeleton(text).split(' ')) if (k.length >= 3) this.reserved.add(k);
  }

  /** Another claimed word may be an inflection of this one or the reverse; a word the app shows only may not start with it. */
  private clashes(key: string): boolean {
    if (key.length < 4) return true;
    for (const k of this.keys) if (k.startsWith(key) || key.startsWith(k)) return true;
    for (const k of this.reserved) if (k.startsWith(key)) return true;
    return false;
  }

  /** The word itself when free, else the word lengthened by a syllable until it is. Claims its stem. */
  claim(latin: string, letters: { consonants: readonly string[]; vowels: readonly string[] } = LETTERS): string {
    let w = latin;
    while (this.clashes(stemKey(w))) {
      // A syllable in front: lengthening the end would not help when a claimed word is its beginning.
      this.n++;
      const syllable =
        letters.consonants[this.n % letters.consonants.length]! +
        letters.vowels[(this.n >> 3) % letters.vowels.length]!;
      w = cap(syllable + w.toLowerCase());
    }
    this.keys.push(stemKey(w));
    return w;
  }

  /** An acronym: claimed as a whole word only (acronyms are matched exactly, not as prefixes). */
  claimAcronym(acronym: string): string {
    let a = acronym;
    const taken = (x: string) => {
      const k = skeleton(x);
      return k.length < 3 || this.keys.includes(k) || this.reserved.has(k);
    };
    for (let i = 0; taken(a); i++) a = acronym + 'BDKLMNPRSTVZ'[i % 12]!;
    this.keys.push(skeleton(a));
    return a;
  }
}
/**
 * The part of a name word that its inflections keep: the skeleton without a final vowel, so the
 * token of "Testova" is "testov" and catches "Тестовой", "Testovaning" and "Testova's".
 */
export function stemKey(text: string): string {
  const key = skeleton(text);
  return key.length > 4 && /[aeiou]$/.test(key) ? key.slice(0, -1) : key;
}

export const LETTERS = { consonants: CONSONANTS, vowels: VOWELS };
export const ANCHOR_LETTERS = { consonants: ANCHOR_CONSONANTS, vowels: ANCHOR_VOWELS };

/** A person's name parts and the inflected forms the templates use. */
export interface PersonName {
  first: Word;
  surname: Word;
  female: boolean;
}

export function surnameOf(stem: string, female: boolean): Word {
  return word(cap(stem) + (female ? 'ova' : 'ov'));
}

/** Forms a text under the Rule may name someone by, by language. */
export const forms = {
  /** "Testova's" */
  enPossessive: (p: PersonName) => `${p.surname.lat}'s`,
  /** "с Тестовой", "коллегой Пробовым" */
  ruInstrumental: (p: PersonName) => (p.female ? p.surname.cyr.slice(0, -1) + 'ой' : p.surname.cyr + 'ым'),
  /** "предложение Тестовой", "предложение Пробова" */
  ruGenitive: (p: PersonName) => (p.female ? p.surname.cyr.slice(0, -1) + 'ой' : p.surname.cyr + 'а'),
  /** "Тестованың" */
  kkGenitive: (p: PersonName) => p.surname.cyr + (VOWEL_END.test(p.surname.cyr) ? 'ның' : 'тың'),
  /** "Testovaning" */
  uzGenitive: (p: PersonName) => p.surname.lat + 'ning',
  /** "из Бореалиса", "из Зарницы" */
  ruFrom: (w: Word) => (w.cyr.endsWith('а') ? w.cyr.slice(0, -1) + 'ы' : w.cyr + 'а'),
  /** "в Зарнице" */
  ruIn: (w: Word) => (w.cyr.endsWith('а') ? w.cyr.slice(0, -1) + 'е' : w.cyr + 'е'),
  /** "Зарницада" */
  kkIn: (w: Word) => w.cyr + (VOWEL_END.test(w.cyr) ? 'да' : 'та'),
  /** "Zarnitsada" */
  uzIn: (w: Word) => w.lat + (VOWEL_END.test(w.lat) ? 'da' : 'da'),
};
