import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { printAST } from '@formatjs/icu-messageformat-parser/printer.js';
import { UZ_CYRL_MESSAGES, UZ_CYRL_PROOF } from './uz-cyrl-proof.ts';

/*
 * Uzbek in Cyrillic, derived from the Latin catalog when the catalog loads, so no key is ever missing
 * from it: each message is parsed as ICU, only its text is transliterated (never an argument's name, a
 * plural's keyword or a tag), and the message printed back. The letters follow the 1995 alphabet's
 * table (src/shared/transliteration, UZ) read backwards, with the rules a table cannot hold: e is э at
 * the start of a word, ye there is е, a capital digraph is one capital letter. Words the rules get wrong
 * (Russian loans written with ь, ц or ъ in Cyrillic) are in the proof-reader's map, uz-cyrl-proof.ts.
 */

const LETTERS: Record<string, string> = {
  a: 'а',
  b: 'б',
  d: 'д',
  e: 'е',
  f: 'ф',
  g: 'г',
  h: 'ҳ',
  i: 'и',
  j: 'ж',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  q: 'қ',
  r: 'р',
  s: 'с',
  t: 'т',
  u: 'у',
  v: 'в',
  x: 'х',
  y: 'й',
  z: 'з',
};

/** Two Latin letters (or a letter and its modifier) that are one Cyrillic letter. */
const DIGRAPHS: Record<string, string> = {
  oʻ: 'ў',
  gʻ: 'ғ',
  sh: 'ш',
  ch: 'ч',
  yo: 'ё',
  yu: 'ю',
  ya: 'я',
  ye: 'е',
};

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'oʻ']);
const WORD = /[\p{L}ʻʼ'‘’]+/gu;

/** Acronyms that stay in Latin letters in Cyrillic text, as file formats and protocols do. */
const LATIN_ACRONYMS = new Set([
  'CSV',
  'PDF',
  'DOCX',
  'JSON',
  'SMTP',
  'ICS',
  'URL',
  'RSS',
  'HTTPS',
  'API',
  'UTC',
  'ID',
]);

/** The apostrophes real text uses, as the two the alphabet has: ʻ after o and g, ʼ elsewhere. */
const normalizeApostrophes = (word: string) => word.replace(/([oOgG])['‘’`]/g, '$1ʻ').replace(/['‘’`]/g, 'ʼ');

/** A word that is not Uzbek in Latin letters (an acronym, a name such as WebRTC): it stays as written. */
const isForeign = (word: string) =>
  LATIN_ACRONYMS.has(word) ||
  /[^A-Za-zʻʼ]|[wW]|[cC](?![hH])/.test(word) ||
  (word !== word.toUpperCase() && /[A-Z]/.test(word.slice(1).replace(/^[hH]/, '')));

/** The proof-reader's spelling of the word, or of its stem with the suffixes transliterated by rule. */
function proofRead(lower: string): string | undefined {
  if (UZ_CYRL_PROOF[lower] !== undefined) return UZ_CYRL_PROOF[lower];
  for (let end = lower.length - 1; end >= 4; end--) {
    const stem = UZ_CYRL_PROOF[lower.slice(0, end)];
    if (stem !== undefined) return stem + uzWordToCyrillic(lower.slice(end), false);
  }
  return undefined;
}

function withCase(source: string, cyrillic: string): string {
  if (source.length > 1 && source === source.toUpperCase()) return cyrillic.toUpperCase();
  const first = source.charAt(0);
  return first !== first.toLowerCase() ? cyrillic.charAt(0).toUpperCase() + cyrillic.slice(1) : cyrillic;
}

/** One Uzbek word, Latin → Cyrillic. */
export function uzWordToCyrillic(word: string, atWordStart = true): string {
  const normal = normalizeApostrophes(word);
  const lower = normal.toLowerCase();
  const proof = atWordStart ? proofRead(lower) : undefined;
  if (proof !== undefined) return withCase(normal, proof);
  if (isForeign(normal)) return word;
  let out = '';
  let previous = '';
  for (let i = 0; i < lower.length;) {
    const pair = lower.slice(i, i + 2);
    const atStart = i === 0 && atWordStart;
    let letter: string;
    let taken = 2;
    if (lower[i + 2] === 'ʻ' && pair !== 'oʻ' && pair !== 'gʻ') {
      // "yoʻq": the y stands alone, the oʻ after it is one letter.
      taken = 1;
      letter = LETTERS[lower[i]!] ?? lower[i]!;
    } else if (pair === 'ye' && !(atStart || VOWELS.has(previous))) {
      // "ye" after a consonant is rare and spelled й + е in the Latin of Russian loans.
      letter = 'йе';
    } else if (DIGRAPHS[pair]) {
      letter = DIGRAPHS[pair];
    } else {
      taken = 1;
      const ch = lower[i]!;
      if (ch === 'e') letter = atStart || VOWELS.has(previous) ? 'э' : 'е';
      else if (ch === 'ʼ') letter = 'ъ';
      else if (ch === 'ʻ') letter = 'ъ';
      else letter = LETTERS[ch] ?? ch;
    }
    previous = taken === 2 ? pair : lower[i]!;
    i += taken;
    out += letter;
  }
  return withCase(normal, out);
}

/** A run of text: every Latin word transliterated, everything else (digits, punctuation) kept. */
export function uzTextToCyrillic(text: string): string {
  return text.replace(WORD, (w) => uzWordToCyrillic(w));
}

function transliterateAst(elements: MessageFormatElement[]): MessageFormatElement[] {
  return elements.map((el) => {
    if (el.type === TYPE.literal) return { ...el, value: uzTextToCyrillic(el.value) };
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      const options = Object.fromEntries(
        Object.entries(el.options).map(([k, o]) => [k, { ...o, value: transliterateAst(o.value) }]),
      );
      return { ...el, options } as MessageFormatElement;
    }
    if (el.type === TYPE.tag) return { ...el, children: transliterateAst(el.children) };
    return el;
  });
}

/** One ICU message, Latin → Cyrillic. */
export function uzMessageToCyrillic(message: string): string {
  return printAST(transliterateAst(parse(message)));
}

/** The whole Uzbek Cyrillic catalog from the Latin one. */
export function deriveUzCyrl<C extends Record<string, string>>(latin: C): C {
  // Language names are each in its own language and script, the same in every catalog.
  const derived = Object.entries(latin).map(([k, v]) => [
    k,
    k.startsWith('language.') ? v : (UZ_CYRL_MESSAGES[k] ?? uzMessageToCyrillic(v)),
  ]);
  return Object.fromEntries(derived) as C;
}
