import { GENERIC } from './tables.ts';
import { romanize } from './transliterate.ts';

/** Latin letters with a mark that stand for a digraph elsewhere: map them before marks are stripped. */
const SPECIAL: Record<string, string> = {
  ş: 'sh',
  š: 'sh',
  ç: 'ch',
  č: 'ch',
  ž: 'zh',
  ŝ: 'shch',
  ë: 'yo',
  ñ: 'ng',
  ň: 'ng',
  ğ: 'g',
  ı: 'i',
  ł: 'l',
  ß: 'ss',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  đ: 'd',
};
const SPECIAL_RE = new RegExp(`[${Object.keys(SPECIAL).join('')}]`, 'g');
/** Every apostrophe people type in oʻ, gʻ and the tutuq belgisi, and the Russian hard and soft signs. */
const APOSTROPHES = /['`´ʹʺʻʼʽ‘’‛′"]/g;

/** Spellings of one sound, made one: romanizations differ exactly here. */
const FOLDS: [RegExp, string][] = [
  [/shch|shsh|shc/g, 'sh'],
  [/kh|x/g, 'h'],
  [/zh/g, 'j'],
  [/gh/g, 'g'],
  [/q/g, 'k'],
  [/w/g, 'v'],
  [/ts/g, 'c'],
  // A glide before a vowel (ye/ya/yu/yo, ia/iu/io) is written by some systems and not others.
  [/[iy](?=[aeou])/g, ''],
  [/y/g, 'i'],
  [/(.)\1+/g, '$1'],
];

function foldWord(word: string): string {
  let w = word;
  for (const [re, to] of FOLDS) w = w.replace(re, to);
  return w;
}

/**
 * The search key of a text in any of the region's scripts: Cyrillic written out in Latin, marks and
 * apostrophes dropped, and the spellings that romanization systems disagree on folded together, so
 * "Норов" and "Norov", "ҳамкорлик" and "hamkorlik", "oʻzbek", "o'zbek" and "ўзбек" share one key.
 * Words are kept apart by single spaces.
 */
export function skeleton(text: string): string {
  const latin = romanize(text.normalize('NFC'), GENERIC)
    .toLowerCase()
    .replace(SPECIAL_RE, (ch) => SPECIAL[ch]!);
  const bare = latin.normalize('NFD').replace(/\p{M}/gu, '').replace(APOSTROPHES, '');
  return bare
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map(foldWord)
    .join(' ');
}
