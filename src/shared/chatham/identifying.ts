import type { IdentifyingKind } from '../contracts/clearance.ts';
import { skeleton } from '../transliteration/skeleton.ts';

export type { IdentifyingKind };

/** A name, a position title, an organization name or an acronym that identifies someone under the Rule. */
export interface IdentifyingTerm {
  text: string;
  kind: IdentifyingKind;
}

/** A run of text that may identify someone: UTF-16 offsets into the text, as JavaScript strings count them. */
export interface Span {
  start: number;
  end: number;
  kind: IdentifyingKind;
}

/** What a struck-out run of text reads as, in the language of the text. */
export const PLACEHOLDERS: Record<'en' | 'ru' | 'kk' | 'ky' | 'tg' | 'tk' | 'uz', string> = {
  en: '[withheld]',
  ru: '[не раскрывается]',
  kk: '[жария етілмейді]',
  ky: '[ачыкталбайт]',
  tg: '[ошкор намешавад]',
  tk: '[aýan edilmeýär]',
  uz: '[oshkor qilinmaydi]',
};
/** Languages written in more than one script: the placeholder in the script of the text. */
const SCRIPT_PLACEHOLDERS: Record<string, string> = {
  'uz-cyrl': '[ошкор қилинмайди]',
  'kk-latn': '[jariia etılmeidı]',
};

/** The placeholder for a language tag (`ru`, `uz-Cyrl`, …); an unknown language gets "[…]". */
export function placeholderFor(lang: string): string {
  return (
    SCRIPT_PLACEHOLDERS[lang.toLowerCase()] ??
    (PLACEHOLDERS as Record<string, string>)[lang.split('-')[0]!.toLowerCase()] ??
    '[…]'
  );
}

/*
 * Endings a word takes in the region's languages: case endings, possessives and plurals. They are
 * written here as each language spells them and folded once, at load, into skeleton keys, so a
 * table reads as a grammar does. Folding merges most variants: vowel harmony (ä/a, ö/o, ü/u, ы/і
 * all fold to a, o, u, i), q/k, the glide of я/ю/е after a vowel, ň/ң → "ng". What folding does at
 * the join between a stem and its ending (a doubled letter collapses: "Нурланның" → "nurlaning";
 * a stem's final и/й drops before a vowel: "Дмитрия" → "dmitria") is undone where stems are
 * compared, not here.
 */
const ENDINGS_BY_FAMILY: Record<string, string[]> = {
  // Nouns, adjectives and surnames in -ов/-ев/-ин: Пробов → Пробова, Пробову, Пробовым, Пробове;
  // Тестова → Тестовой, Тестову; Зарница → Зарницы, Зарнице, Зарницей; Шанхайская → Шанхайской.
  // The genitive plural -ов/-ев and the suffix -ин are left out: "Ivanov" is not a form of "Ivan".
  russian: [
    ...['а', 'я', 'у', 'ю', 'е', 'ы', 'и', 'о', 'ь'],
    ...['ой', 'ей', 'ою', 'ею', 'ом', 'ем', 'ам', 'ям', 'ами', 'ями', 'ах', 'ях'],
    ...['ий', 'ый', 'ая', 'яя', 'ое', 'ее', 'ого', 'его', 'ому', 'ему', 'ым', 'им', 'ую', 'юю'],
    ...['ых', 'их', 'ыми', 'ими', 'ые', 'ие', 'ью', 'ья', 'ье', 'ьи', 'ьей'],
  ],
  // Kazakh: genitive, dative, locative, ablative, accusative, instrumental, possessive, plural and
  // the locative attributive -дағы, each with its harmony and assimilation variants.
  kazakh: [
    ...['ның', 'нің', 'дың', 'дің', 'тың', 'тің'],
    ...['ға', 'ге', 'қа', 'ке', 'на', 'не', 'а', 'е'],
    ...['да', 'де', 'та', 'те', 'нда', 'нде'],
    ...['дан', 'ден', 'тан', 'тен', 'нан', 'нен'],
    ...['ны', 'ні', 'ды', 'ді', 'ты', 'ті'],
    ...['мен', 'бен', 'пен'],
    ...['ы', 'і', 'сы', 'сі', 'ым', 'ім', 'ың', 'ің', 'ымыз', 'іміз'],
    ...['лар', 'лер', 'дар', 'дер', 'тар', 'тер'],
    ...['дағы', 'дегі', 'тағы', 'тегі', 'ндағы', 'ндегі'],
    // Possessive, then case: "институтының", "Зарницасына".
    // (The bare accusative -ын/-ін is left out: as "-in" it would make "Ivanin" a form of "Ivan".)
    ...['ының', 'інің', 'ына', 'іне', 'ында', 'інде', 'ынан', 'інен', 'ымен', 'імен'],
    ...['сының', 'сінің', 'сына', 'сіне', 'сында', 'сінде', 'сынан', 'сінен', 'сын', 'сін', 'сымен', 'сімен'],
  ],
  // Kyrgyz: the same cases with four-way harmony (ы/и/у/ү) and the instrumental -менен.
  kyrgyz: [
    ...['нын', 'нин', 'нун', 'нүн', 'дын', 'дин', 'дун', 'дүн', 'тын', 'тин', 'тун', 'түн'],
    ...['га', 'ге', 'го', 'гө', 'ка', 'ке', 'ко', 'кө', 'на', 'не', 'но', 'нө', 'о', 'ө'],
    ...['ны', 'ни', 'ну', 'нү', 'ды', 'ди', 'ду', 'дү', 'ты', 'ти', 'ту', 'тү'],
    ...['да', 'де', 'до', 'дө', 'та', 'те', 'то', 'тө', 'нда', 'нде', 'ндо', 'ндө'],
    ...['дан', 'ден', 'дон', 'дөн', 'тан', 'тен', 'тон', 'төн', 'нан', 'нен', 'нон', 'нөн'],
    ...['менен', 'бенен', 'пенен'],
    ...['ы', 'и', 'у', 'ү', 'сы', 'си', 'су', 'сү'],
    ...['лар', 'лер', 'лор', 'лөр', 'дар', 'дер', 'дор', 'дөр', 'тар', 'тер', 'тор', 'төр'],
  ],
  // Uzbek, in both scripts: genitive, dative (-ga/-ka/-qa), locative, ablative, accusative, plural,
  // possessive and the attributive -dagi, alone and after the possessive.
  uzbek: [
    ...['ning', 'ga', 'ka', 'qa', 'da', 'dan', 'ni', 'lar', 'dagi', 'i', 'si'],
    ...['ining', 'iga', 'ini', 'ida', 'idan', 'sining', 'siga', 'sini', 'sida', 'sidan', 'lari', 'larning'],
    ...['нинг', 'га', 'ка', 'қа', 'да', 'дан', 'ни', 'лар', 'даги', 'и', 'си', 'сининг', 'сига', 'сини'],
  ],
  // Tajik: the object marker -ро, the ezafe -и/-ӣ, the indefinite -е, plurals -ҳо/-он/-ён/-гон/-вон
  // and the possessive suffixes -ам/-ат/-аш.
  tajik: ['ро', 'и', 'ӣ', 'е', 'ҳо', 'ҳои', 'ҳоро', 'он', 'ён', 'гон', 'вон', 'ам', 'ат', 'аш', 'ашро'],
  // Turkmen: genitive, dative, locative, ablative, accusative, possessive and plural.
  turkmen: [
    ...['yň', 'iň', 'uň', 'üň', 'nyň', 'niň'],
    ...['a', 'e', 'na', 'ne', 'ga', 'ge', 'ka', 'ke'],
    ...['da', 'de', 'nda', 'nde', 'dan', 'den', 'ndan', 'nden'],
    ...['y', 'i', 'ny', 'ni', 'sy', 'si', 'lar', 'ler'],
  ],
  // English: the possessive 's and s' and the plural, once the apostrophe is dropped.
  english: ["'s", "s'", 's'],
};

/** Russian endings a recorded name may already carry ("Шанхайской организации"), taken off to find its stem. */
const RECORDED_ENDINGS = new Set(ENDINGS_BY_FAMILY.russian!.map((e) => skeleton(e)).filter((k) => k.length >= 2));

/** Every ending, as a skeleton key. */
export const ENDINGS: ReadonlySet<string> = new Set(
  Object.values(ENDINGS_BY_FAMILY)
    .flat()
    // Folded after a consonant, as it is met after a stem: "f" starts no ending and joins no digraph.
    .map((e) => {
      const k = skeleton(`f${e}`);
      return k.startsWith('f') ? k.slice(1) : skeleton(e);
    })
    .filter(Boolean),
);
/** Endings that only follow a vowel (Kyrgyz -нын): never merged with a stem's final consonant ("Ivanin" is not "Ivan"). */
const AFTER_VOWELS = new Set(['нын', 'нин', 'нун', 'нүн'].map((e) => skeleton(e)));
const LONGEST_ENDING = Math.max(...[...ENDINGS].map((e) => e.length));

/** A stem must be this long (in skeleton letters) before an ending is allowed after it. */
export const MIN_STEM = 4;
/** Inside a phrase, whose other words vouch for it, a shorter stem may take an ending ("Чжана Мина"). */
const MIN_PHRASE_STEM = 3;
/** Name words shorter than this are too likely to be ordinary words to strike out alone. */
const MIN_WORD = 4;

/*
 * Generic institutional words: they name what an organization is, not which one it is, so they
 * never identify it alone. Country names and adjectives of the five states too: "Kazakhstan
 * Institute for Strategic Studies" is known by its whole name and its acronym, not by "Kazakhstan".
 * Compared by skeleton and stem, so every script and every case form is covered.
 */
const GENERIC_WORDS: Record<string, string> = {
  english: `
    institute institution national strategic strategy studies study research researches center centre under
    president presidential republic ministry foreign affairs international regional interregional academy
    council of for the and in on at to a an by with from secretariat organisation organization cooperation
    scientific science sciences relations analysis analytical analytic policy policies economic economy
    university state public fund foundation agency committee department office bureau service development
    initiative initiatives preventive diplomacy diplomatic central asia asian united nations un head deputy
    representative secretary general director chairman chair minister ambassador embassy government
    social political politics security problems issues world global european eurasian school college
    higher commission group network forum association union society club information modern history law
    programme program federation`,
  // The five states and their neighbours, as names and adjectives, in English and Russian.
  countries: `
    kazakhstan kazakh kazakhstani kyrgyzstan kyrgyz kirghiz tajikistan tajik turkmenistan turkmen
    uzbekistan uzbek russia russian china chinese afghanistan afghan
    казахстан казахстанский кыргызстан киргизия кыргызский киргизский таджикистан таджикский
    туркменистан туркменский узбекистан узбекский россия российский китай китайский афганистан`,
  russian: `
    институт учреждение национальный стратегический стратегия исследование исследования исследовательский
    центр научный научно при президент президентский республика министерство иностранный дело дел
    международный международные отношения отношение региональный межрегиональный академия совет секретариат
    организация сотрудничество по и для в на с от из под государственный университет фонд агентство
    комитет управление аналитический политика экономика экономический развитие изучение проблема
    центральный азия объединенный нация оон превентивный дипломатия генеральный секретарь руководитель
    представитель директор председатель министр посол посольство правительство администрация
    общественный социальный политический безопасность мировой глобальный евразийский школа комиссия
    ассоциация союз общество информационный федерация аппарат служба программа инициатива`,
  kazakh: `
    қазақстан қазақ қазақстандық қырғызстан қырғыз тәжікстан тәжік түрікменстан түрікмен өзбекстан өзбек
    республика республикасы президент президенті жанындағы стратегиялық зерттеу зерттеулер институт
    институты ұлттық орталық министрлік министрлігі сыртқы іс істер халықаралық аймақтық өңірлік
    ғылыми академия академиясы кеңес және мен ынтымақтастық ұйым ұйымы хатшылық хатшылығы басшы өкіл
    бастама бастамалар`,
  kyrgyz: `
    кыргыз кыргызстан республикасы президенти алдындагы стратегиялык изилдөө изилдөөлөр институту
    улуттук борбор борбору министрлик министрлиги тышкы иш иштер эл аралык аймактык илимий кеңеш
    жана кызматташтык уюм уюму катчылык жетекчи өкүл`,
  tajik: `
    тоҷикистон тоҷик ҷумҳурӣ ҷумҳурии ҷумҳурият президент президенти назди марказ марказӣ тадқиқот
    тадқиқоти тадқиқотҳо стратегӣ стратегия стратегии пажӯҳишгоҳ пажӯҳишгоҳи институт миллӣ вазорат
    вазорати корҳои хориҷӣ байналмилалӣ минтақавӣ академия илм илмӣ илмҳо шӯро ва ҳамкорӣ созмон роҳбар`,
  turkmen: `
    türkmenistan türkmen respublika respublikasy prezident prezidenti ýanyndaky strategik strategiýa
    barlag barlaglar institut instituty milli merkez merkezi ministrlik ministrligi daşary işler halkara
    sebit ylmy ylym akademiýa akademiýasy geňeş geňeşi we hyzmatdaşlyk gurama guramasy ýolbaşçy wekil`,
  uzbek: `
    oʻzbekiston oʻzbek qozogʻiston qirgʻiziston tojikiston turkmaniston respublika respublikasi prezident
    prezidenti huzuridagi strategik tadqiqot tadqiqotlar institut instituti milliy markaz markazi vazirlik
    vazirligi tashqi ish ishlar xalqaro mintaqaviy mintaqalararo ilmiy akademiya akademiyasi kengash va
    hamkorlik tashkilot tashkiloti kotibiyat kotibiyati rahbar vakil tashabbus tashabbuslar`,
};

/** One way to read a text word: a stem, and the length of the known ending after it (0: the word itself). */
interface Reading {
  stem: string;
  ending: number;
}

/** Every way a text word splits into a stem and a known ending, the word itself first, longest ending next. */
function readings(key: string): Reading[] {
  const out: Reading[] = [{ stem: key, ending: 0 }];
  for (let len = Math.min(LONGEST_ENDING, key.length - 2); len >= 1; len--) {
    if (!ENDINGS.has(key.slice(-len))) continue;
    out.push({ stem: key.slice(0, -len), ending: len });
    // The stem ended with the ending's first letter and folding made the two one ("nurlan" + "ning").
    if (len >= 2 && !AFTER_VOWELS.has(key.slice(-len))) out.push({ stem: key.slice(0, 1 - len), ending: len - 1 });
  }
  return out;
}

/**
 * The stems a recorded word is found by: the word itself; without a final vowel, which an ending
 * may replace (Тестова → Тестовой, Дмитрий → Дмитрия); without a Russian ending it was recorded
 * with (Шанхайской → Шанхайская). `min` is the shortest stem that may take an ending.
 */
function stemsOf(word: string, min: number): string[] {
  const out = new Set([word]);
  if (/[aeiou]$/.test(word) && word.length - 1 >= min) out.add(word.slice(0, -1));
  for (const e of RECORDED_ENDINGS)
    if (word.endsWith(e) && word.length - e.length >= min + 1) out.add(word.slice(0, -e.length));
  return [...out];
}

const GENERIC_STEMS = new Set(
  Object.values(GENERIC_WORDS)
    .flatMap((list) => skeleton(list).split(' '))
    .flatMap((k) => stemsOf(k, 3)),
);

/** A word that names what an organization is, not which one: by any of its readings. */
export function isGeneric(key: string): boolean {
  return readings(key).some((r) => (r.ending === 0 || r.stem.length >= 3) && GENERIC_STEMS.has(r.stem));
}

/** One recorded word: the stems a text word must reduce to. */
type WordStems = ReadonlySet<string>;

interface Phrase {
  type: 'phrase';
  kind: IdentifyingKind;
  words: WordStems[];
  /**
   * A title made of generic words only ("Representative", "Head of the institute"): found only as
   * recorded, for with endings it would strike the ordinary "Dialogue of representatives".
   */
  exact: boolean;
}
interface Single {
  type: 'word';
  kind: IdentifyingKind;
  /** An acronym is matched only where it is written with capitals: "КИСИ" but not Kazakh "кісі". */
  capitals: boolean;
  /** A distinctive word of an organization's name: the run of the name around it goes with it. */
  within?: { words: WordStems[]; at: number; generic: boolean[] };
}
type Entry = Phrase | Single;

interface Token {
  start: number;
  end: number;
  capitals: number;
  /** Only an ending, hyphenated to the word before it: the "-нің" of "КИСИ-нің", the "-ga" of "SCO-ga". */
  suffix: boolean;
}
interface Key {
  token: number;
  readings: Reading[];
  /** Whether a phrase may run on into this key from the one before: not across a comma or a full stop. */
  joined: boolean;
}
interface Match {
  from: number;
  to: number;
  kind: IdentifyingKind;
}

const WORD = /[\p{L}\p{M}\p{N}'`´‘’ʻʼ]+/gu;
const APOSTROPHE = /['`´‘’ʻʼ]/;
const HYPHEN = /^[-‐‑]$/;
/** Punctuation that ends a phrase: a name does not run on across it. */
const BREAK = /[,;:.!?…—–]/;
const BRACKETS: [string, string][] = [
  ['(', ')'],
  ['[', ']'],
  ['«', '»'],
  ['“', '”'],
  ['„', '“'],
];
/** Capital letters a shorter acronym must be written with. */
const ACRONYM_CAPITALS = 2;
/** An acronym this long in skeleton letters is unlikely to be an ordinary word: it is found in any case. */
const LONG_ACRONYM = 6;
/** Words into which a subordinate name is bound: what comes after them in English and Russian is the parent. */
const UNDER_BEFORE = new Set(['under', 'pri', 'nazdi'].map((w) => skeleton(w)));
/** The same in Kazakh, Kyrgyz, Uzbek and Turkmen, where the parent comes first. */
const UNDER_AFTER = new Set(['жанындағы', 'алдындагы', 'huzuridagi', 'ýanyndaky'].map((w) => skeleton(w)));

const capitalsIn = (s: string) => {
  let n = 0;
  for (const ch of s) if (ch !== ch.toLowerCase()) n++;
  return n;
};

/** A text word's skeleton keys and their readings: the same words come back in every text, so they are kept. */
const WORD_CACHE = new Map<string, { key: string; readings: Reading[] }[]>();
function keysOf(word: string): { key: string; readings: Reading[] }[] {
  let keys = WORD_CACHE.get(word);
  if (!keys) {
    if (WORD_CACHE.size > 20_000) WORD_CACHE.clear();
    keys = skeleton(word)
      .split(' ')
      .filter(Boolean)
      .map((key) => ({ key, readings: readings(key) }));
    WORD_CACHE.set(word, keys);
  }
  return keys;
}

/**
 * Finds the words of a text that may identify someone under the Chatham House Rule: participants'
 * names, their positions and their organizations' names and acronyms. Terms and text are compared by
 * skeleton, so a name is caught in any script and romanization, and by stem plus a known ending, so
 * it is caught in the forms people write: "Testova's proposal", "с Тестовой", "Norovning",
 * "Норовқа", "из Бореалиса", "at Borealis". A candidate finder: what it finds is struck out for
 * outsiders and shown to the clearer, who decides.
 */
export class IdentifyingMatcher {
  /** Entries by every stem of their first (or only) word. */
  private readonly index = new Map<string, Entry[]>();
  private count = 0;

  constructor(terms?: Iterable<IdentifyingTerm>) {
    if (terms) for (const t of terms) this.add(t.text, t.kind);
  }

  /** A full name, a position title, an organization's name or an acronym, in any language. */
  add(text: string, kind: IdentifyingKind): this {
    const words = skeleton(text).split(' ').filter(Boolean);
    if (!words.length) return this;
    this.count++;
    const phrase = (ws: string[]) => {
      if (!ws.length) return;
      // A whole organization name, even of generic words ("Kazakhstan Institute for Strategic Studies"), identifies it.
      const exact = kind !== 'name' && (kind === 'position' || ws.length === 1) && ws.every(isGeneric);
      const min = exact ? Infinity : MIN_PHRASE_STEM;
      this.put(ws[0]!, min, { type: 'phrase', kind, exact, words: ws.map((w) => new Set(stemsOf(w, min))) });
    };
    if (kind === 'organization' && words.length === 1 && capitalsIn(text) >= ACRONYM_CAPITALS) {
      // An acronym, alone and with endings: "ШОСа", "SCO's".
      this.put(words[0]!, Infinity, { type: 'word', kind, capitals: words[0]!.length < LONG_ACRONYM });
      return this;
    }
    phrase(words);
    if (kind === 'name') {
      // A description standing in for a name ("Head of KazISS (name not recorded)") is only found whole.
      if (/[()[\]]/.test(text)) return this;
      // A person is often named by one part of the name: "Norov said", "с Тестовой".
      for (const w of words) if (w.length >= MIN_WORD) this.put(w, MIN_STEM, { type: 'word', kind, capitals: false });
    } else if (kind === 'organization') {
      // The name without the authority it is placed under: "Kazakhstan Institute for Strategic Studies".
      const under = words.findIndex((w) => UNDER_BEFORE.has(w));
      if (under >= 2) phrase(words.slice(0, under));
      const after = words.findLastIndex((w) => UNDER_AFTER.has(w));
      if (after >= 0 && words.length - after > 2) phrase(words.slice(after + 1));
      // Its distinctive words: "Zarnitsa", "Borealis", with the run of the name around them.
      const generic = words.map(isGeneric);
      const stems = words.map((w) => new Set(stemsOf(w, MIN_PHRASE_STEM)));
      words.forEach((w, at) => {
        if (w.length >= MIN_WORD && !generic[at])
          this.put(w, MIN_STEM, { type: 'word', kind, capitals: false, within: { words: stems, at, generic } });
      });
    }
    return this;
  }

  private put(word: string, min: number, entry: Entry) {
    for (const stem of stemsOf(word, min)) {
      const list = this.index.get(stem);
      if (list) list.push(entry);
      else this.index.set(stem, [entry]);
    }
  }

  get empty(): boolean {
    return this.count === 0;
  }

  /** The runs of a text that may identify someone: sorted, not overlapping, the longest match first. */
  find(text: string): Span[] {
    if (this.empty) return [];
    const tokens: Token[] = [];
    const keys: Key[] = [];
    for (const m of text.matchAll(WORD)) {
      let start = m.index;
      let end = start + m[0].length;
      // Quotes are not part of the word: 'Norov' → Norov; but the possessive s' and Uzbek oʻ/gʻ are.
      while (start < end && APOSTROPHE.test(text[start]!)) start++;
      const quoted = start > m.index;
      while (end > start && APOSTROPHE.test(text[end - 1]!) && (quoted || !/[sSgGoO]/.test(text[end - 2] ?? ''))) end--;
      if (start === end) continue;
      const word = text.slice(start, end);
      const ks = keysOf(word);
      if (!ks.length) continue;
      const prev = tokens.at(-1);
      const suffix = ks.length === 1 && ENDINGS.has(ks[0]!.key) && !!prev && HYPHEN.test(text.slice(prev.end, start));
      tokens.push({ start, end, capitals: capitalsIn(word), suffix });
      const joined = !!prev && !BREAK.test(text.slice(prev.end, start));
      ks.forEach((k, i) => keys.push({ token: tokens.length - 1, readings: k.readings, joined: i > 0 || joined }));
    }

    const matches: Match[] = [];
    /** The key at `at` reads as one of the stems of a recorded word (or, `exact`, is the word itself). */
    const reads = (at: number, stems: WordStems, exact = false) =>
      exact ? stems.has(keys[at]!.readings[0]!.stem) : keys[at]!.readings.some((r) => stems.has(r.stem));
    /** The key at `at` continues a phrase from the key before it with a recorded word. */
    const fits = (at: number, stems: WordStems, exact = false) =>
      at < keys.length && keys[at]!.joined && reads(at, stems, exact);
    keys.forEach((key, at) => {
      for (const r of key.readings) {
        for (const entry of this.index.get(r.stem) ?? []) {
          if (entry.type === 'phrase') {
            if (entry.exact && r.ending > 0) continue;
            let n = 1;
            while (n < entry.words.length && fits(at + n, entry.words[n]!, entry.exact)) n++;
            if (n === entry.words.length) matches.push({ from: at, to: at + n, kind: entry.kind });
            continue;
          }
          if (entry.capitals && tokens[key.token]!.capitals < ACRONYM_CAPITALS) continue;
          let from = at;
          let to = at + 1;
          const w = entry.within;
          if (w) {
            // The run of the name around its distinctive word: "Zarnitsa Institute", "the Shanghai Cooperation Organisation".
            const word = (i: number) => w.words[w.at + i - at];
            while (from > 0 && word(from - 1) && keys[from]!.joined && reads(from - 1, word(from - 1)!)) from--;
            while (word(to) && fits(to, word(to)!)) to++;
            // Not the little generic words at its edges: "of", "the", "при".
            const short = (i: number) => w.generic[w.at + i - at]! && keys[i]!.readings[0]!.stem.length <= 3;
            while (from < at && short(from)) from++;
            while (to - 1 > at && short(to - 1)) to--;
          }
          matches.push({ from, to, kind: entry.kind });
        }
      }
    });

    // The longest match wins; among equals, the first.
    matches.sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from);
    const taken = new Uint8Array(keys.length);
    const chosen: Match[] = [];
    for (const m of matches) {
      let free = true;
      for (let i = m.from; i < m.to && free; i++) if (taken[i]) free = false;
      if (!free) continue;
      taken.fill(1, m.from, m.to);
      chosen.push(m);
    }
    chosen.sort((a, b) => a.from - b.from);

    const spans: Span[] = [];
    for (const [i, m] of chosen.entries()) {
      let start = tokens[keys[m.from]!.token]!.start;
      let end = tokens[keys[m.to - 1]!.token]!.end;
      // A bracket or quote opened inside a run of several words is closed inside it: «Зарница», (name not recorded).
      for (const [open, close] of BRACKETS) {
        const inner = text.slice(start, end);
        const opened = inner.split(open).length - inner.split(close).length;
        if (opened > 0 && text[end] === close) end++;
        else if (opened < 0 && text[start - 1] === open) start--;
      }
      // An ending written apart goes with its word, unless it is a match of its own.
      const next = keys[m.to - 1]!.token + 1;
      if (tokens[next]?.suffix && (chosen[i + 1] === undefined || keys[chosen[i + 1]!.from]!.token > next))
        end = tokens[next]!.end;
      const last = spans.at(-1);
      // Two keys of one token, matched apart, are one span.
      if (last && start < last.end) last.end = Math.max(last.end, end);
      else spans.push({ start, end, kind: m.kind });
    }
    return spans;
  }

  /** The text with every span replaced by the placeholder of its language; neighbours separated only by spaces become one. */
  redact(text: string, lang: string): string {
    const spans = this.find(text);
    if (!spans.length) return text;
    const placeholder = placeholderFor(lang);
    let out = '';
    let from = 0;
    for (const [i, s] of spans.entries()) {
      if (i > 0 && /^\s*$/.test(text.slice(from, s.start))) {
        from = s.end;
        continue;
      }
      out += text.slice(from, s.start) + placeholder;
      from = s.end;
    }
    return out + text.slice(from);
  }
}
