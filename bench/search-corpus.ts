import { romanize } from '../src/shared/transliteration/transliterate.ts';
import { KK, RU_BGN, RU_PASSPORT, UZ } from '../src/shared/transliteration/tables.ts';

/** A small deterministic PRNG (mulberry32), so every run builds the same corpus. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const LANGS = ['ru', 'uz-Cyrl', 'uz', 'kk', 'kk-Latn', 'tg', 'ky', 'tk', 'en'] as const;
type Lang = (typeof LANGS)[number];

/** Concepts of the region's dialogues, each as the languages write it. */
const WORDS: Record<Lang, string[]> = {
  ru: [
    'вода',
    'энергетика',
    'безопасность',
    'транзит',
    'торговля',
    'регион',
    'развитие',
    'институт',
    'диалог',
    'граница',
    'климат',
    'туризм',
    'пандемия',
    'экономика',
    'соглашение',
    'встреча',
    'эксперт',
    'проект',
    'дорога',
    'инвестиции',
  ],
  'uz-Cyrl': [
    'сув',
    'энергетика',
    'хавфсизлик',
    'транзит',
    'савдо',
    'минтақа',
    'ривожланиш',
    'институт',
    'мулоқот',
    'чегара',
    'иқлим',
    'туризм',
    'пандемия',
    'иқтисодиёт',
    'келишув',
    'учрашув',
    'эксперт',
    'лойиҳа',
    'йўл',
    'инвестиция',
  ],
  uz: [
    'suv',
    'energetika',
    'xavfsizlik',
    'tranzit',
    'savdo',
    'mintaqa',
    'rivojlanish',
    'institut',
    'muloqot',
    'chegara',
    'iqlim',
    'turizm',
    'pandemiya',
    'iqtisodiyot',
    'kelishuv',
    'uchrashuv',
    'ekspert',
    'loyiha',
    'yoʻl',
    'investitsiya',
  ],
  kk: [
    'су',
    'энергетика',
    'қауіпсіздік',
    'транзит',
    'сауда',
    'өңір',
    'даму',
    'институт',
    'сұхбат',
    'шекара',
    'климат',
    'туризм',
    'пандемия',
    'экономика',
    'келісім',
    'кездесу',
    'сарапшы',
    'жоба',
    'жол',
    'инвестиция',
  ],
  'kk-Latn': [
    'su',
    'energetika',
    'qauıpsızdık',
    'tranzit',
    'sauda',
    'öñır',
    'damu',
    'institut',
    'sūhbat',
    'şekara',
    'klimat',
    'turizm',
    'pandemia',
    'ekonomika',
    'kelısım',
    'kezdesu',
    'sarapşy',
    'joba',
    'jol',
    'investitsia',
  ],
  tg: [
    'об',
    'энергетика',
    'амният',
    'транзит',
    'савдо',
    'минтақа',
    'рушд',
    'институт',
    'муколама',
    'сарҳад',
    'иқлим',
    'сайёҳӣ',
    'пандемия',
    'иқтисод',
    'созишнома',
    'вохӯрӣ',
    'коршинос',
    'лоиҳа',
    'роҳ',
    'сармоягузорӣ',
  ],
  ky: [
    'суу',
    'энергетика',
    'коопсуздук',
    'транзит',
    'соода',
    'аймак',
    'өнүгүү',
    'институт',
    'диалог',
    'чек ара',
    'климат',
    'туризм',
    'пандемия',
    'экономика',
    'келишим',
    'жолугушуу',
    'эксперт',
    'долбоор',
    'жол',
    'инвестиция',
  ],
  tk: [
    'suw',
    'energetika',
    'howpsuzlyk',
    'tranzit',
    'söwda',
    'sebit',
    'ösüş',
    'institut',
    'dialog',
    'serhet',
    'howa',
    'syýahatçylyk',
    'pandemiýa',
    'ykdysadyýet',
    'ylalaşyk',
    'duşuşyk',
    'bilermen',
    'taslama',
    'ýol',
    'maýa goýum',
  ],
  en: [
    'water',
    'energy',
    'security',
    'transit',
    'trade',
    'region',
    'development',
    'institute',
    'dialogue',
    'border',
    'climate',
    'tourism',
    'pandemic',
    'economy',
    'agreement',
    'meeting',
    'expert',
    'project',
    'road',
    'investment',
  ],
};

/** A synthetic statement: a dozen of the region's words in one language and script. */
export function statementText(rand: () => number): { lang: Lang; text: string } {
  const lang = LANGS[Math.floor(rand() * LANGS.length)]!;
  const words = WORDS[lang];
  const n = 8 + Math.floor(rand() * 8);
  return { lang, text: Array.from({ length: n }, () => words[Math.floor(rand() * words.length)]).join(' ') };
}

const SYLLABLES = [
  'ka',
  'ra',
  'ba',
  'shu',
  'ti',
  'mo',
  'zha',
  'lo',
  'qu',
  'na',
  'de',
  'khu',
  'cho',
  'ya',
  'yu',
  'ri',
  'so',
  'gha',
  'ne',
  'va',
  'tsi',
  'mi',
];
const ENDINGS = ['ov', 'ev', 'bekov', 'zoda', 'ova', 'iy', 'yev'];

export interface Needle {
  key: string;
  lang: string;
  text: string;
}
export interface LabelledQuery {
  query: string;
  expect: string;
  kind: 'cross-script' | 'same-script' | 'typo' | 'demo-pair';
}

/**
 * Rare names, each written once in Cyrillic inside a statement (the needles), and the queries a
 * researcher types for them: in Latin by one of the systems people use, in Cyrillic, or with a typo.
 */
export function labelledSet(count: number, seed = 2020_06_22): { needles: Needle[]; queries: LabelledQuery[] } {
  const rand = random(seed);
  const needles: Needle[] = [];
  const queries: LabelledQuery[] = [];
  const latinSystems = [RU_BGN, RU_PASSPORT, UZ, KK];
  const taken = new Set<string>();
  while (needles.length < count) {
    const n = 3 + Math.floor(rand() * 2);
    const latin =
      Array.from({ length: n }, () => SYLLABLES[Math.floor(rand() * SYLLABLES.length)]).join('') +
      ENDINGS[Math.floor(rand() * ENDINGS.length)];
    const name = latin.charAt(0).toUpperCase() + latin.slice(1);
    if (taken.has(name)) continue;
    taken.add(name);
    const cyr = toCyrillic(name);
    const key = `needle-${needles.length}`;
    needles.push({ key, lang: 'ru', text: `Выступил ${cyr}, директор института` });
    const system = latinSystems[needles.length % latinSystems.length]!;
    const written = romanize(cyr, system);
    queries.push({ query: written, expect: key, kind: 'cross-script' });
    if (needles.length % 3 === 0) queries.push({ query: cyr, expect: key, kind: 'same-script' });
    if (needles.length % 5 === 0 && written.length > 7) {
      const at = 2 + Math.floor(rand() * (written.length - 4));
      queries.push({ query: written.slice(0, at) + written.slice(at + 1), expect: key, kind: 'typo' });
    }
  }
  const pairs: [string, string, string, string][] = [
    ['pair-norov', 'ru', 'Владимир Норов на встрече экспертов', 'Norov'],
    ['pair-hamkorlik', 'uz-Cyrl', 'Минтақавий ҳамкорлик масалалари', 'hamkorlik'],
    ['pair-qazaqstan', 'kk', 'Қазақстан делегациясы', 'Qazaqstan'],
    ['pair-tojikiston', 'tg', 'Ҷумҳурии Тоҷикистон', 'Tojikiston'],
    ['pair-turkmenistan', 'ru', 'делегация Туркменистана', 'Türkmenistan'],
    ['pair-ozbek', 'uz-Cyrl', 'ўзбек тили', "o'zbek"],
    ['pair-ozbek2', 'uz', 'oʻzbek adabiyoti', 'ўзбек'],
    ['pair-norov-latin', 'en', 'Secretary-General Norov spoke', 'Норов'],
  ];
  for (const [key, lang, text, query] of pairs) {
    needles.push({ key, lang, text });
    queries.push({ query, expect: key, kind: 'demo-pair' });
  }
  return { needles, queries };
}

/** Latin syllables back to Russian Cyrillic, for making the needles. */
function toCyrillic(latin: string): string {
  const map: [string, string][] = [
    ['shch', 'щ'],
    ['zha', 'жа'],
    ['khu', 'ху'],
    ['cho', 'чо'],
    ['shu', 'шу'],
    ['tsi', 'ци'],
    ['gha', 'га'],
    ['ya', 'я'],
    ['yu', 'ю'],
    ['yev', 'ев'],
    ['iy', 'ий'],
    ['a', 'а'],
    ['b', 'б'],
    ['d', 'д'],
    ['e', 'е'],
    ['g', 'г'],
    ['i', 'и'],
    ['k', 'к'],
    ['l', 'л'],
    ['m', 'м'],
    ['n', 'н'],
    ['o', 'о'],
    ['q', 'к'],
    ['r', 'р'],
    ['s', 'с'],
    ['t', 'т'],
    ['u', 'у'],
    ['v', 'в'],
    ['z', 'з'],
    ['h', 'х'],
  ];
  let out = '';
  const lower = latin.toLowerCase();
  let i = 0;
  outer: while (i < lower.length) {
    for (const [l, c] of map) {
      if (lower.startsWith(l, i)) {
        out += c;
        i += l.length;
        continue outer;
      }
    }
    i++;
  }
  return out.charAt(0).toUpperCase() + out.slice(1);
}
