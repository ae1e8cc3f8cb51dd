import type { DocumentKind } from '../../../../shared/contracts/enums.ts';
import type { Phrases, Tense } from './types.ts';

const WORDS = ['nol', 'bir', 'iki', 'üç', 'dört', 'bäş', 'alty', 'ýedi', 'sekiz', 'dokuz'];
/** Month names with the possessive (22-nji iýuny), locative (iýunynda) and attributive (iýunyndaky) endings. */
const MONTHS: [string, string, string][] = [
  ['ýanwary', 'ýanwarynda', 'ýanwaryndaky'],
  ['fewraly', 'fewralynda', 'fewralyndaky'],
  ['marty', 'martynda', 'martyndaky'],
  ['apreli', 'aprelinde', 'aprelindäki'],
  ['maýy', 'maýynda', 'maýyndaky'],
  ['iýuny', 'iýunynda', 'iýunyndaky'],
  ['iýuly', 'iýulynda', 'iýulyndaky'],
  ['awgusty', 'awgustynda', 'awgustyndaky'],
  ['sentýabry', 'sentýabrynda', 'sentýabryndaky'],
  ['oktýabry', 'oktýabrynda', 'oktýabryndaky'],
  ['noýabry', 'noýabrynda', 'noýabryndaky'],
  ['dekabry', 'dekabrynda', 'dekabryndaky'],
];
const KINDS: Record<DocumentKind, string> = {
  un_resolution: 'Kararnamasy',
  summit_joint_statement: 'resminamasy',
  treaty: 'şertnamasy',
  roadmap: 'ýol kartasy',
  concept: 'konsepsiýasy',
  other: 'resminamasy',
};
/** Back-vowel endings of the last word of a number (alty, dokuz, on, otuz, kyrk, altmyş, togsan) take -njy. */
const BACK_UNITS = new Set([6, 9]);
const BACK_TENS = new Set([1, 3, 4, 6, 9]);
const ordinal = (n: number) => {
  const back = n % 10 ? BACK_UNITS.has(n % 10) : n % 100 ? BACK_TENS.has((n % 100) / 10) : false;
  return `${n}-${back ? 'njy' : 'nji'}`;
};
const number = (n: number) => (n >= 0 && n < 10 ? WORDS[n]! : String(n));
const by = <T>(tense: Tense, past: T, now: T, future: T) => (tense === 'past' ? past : tense === 'now' ? now : future);

/** Turkmen press style: «2020-nji ýylyň 22-nji iýunynda». */
export const tk: Phrases = {
  lang: 'tk',
  collation: 'tk',
  kindTitle: { press_release: 'Metbugat beýanaty', minutes: 'Teswirnama', summary: 'Gysgaça beýan' },
  quotes: ['«', '»', '“', '”'],
  and: 'we',
  number,
  date: ({ year, month, day }, form) =>
    `${ordinal(year)} ýylyň ${ordinal(day)} ${MONTHS[month - 1]![form === 'plain' ? 0 : form === 'on' ? 1 : 2]}`,
  countries: {
    KZ: 'Gazagystan',
    KG: 'Gyrgyzystan',
    TJ: 'Täjigistan',
    TM: 'Türkmenistan',
    UZ: 'Özbegistan',
    CN: 'Hytaý',
    RU: 'Russiýa',
    AF: 'Owganystan',
  },
  inLanguage: {
    en: 'iňlis dilinde',
    ru: 'rus dilinde',
    kk: 'gazak dilinde',
    ky: 'gyrgyz dilinde',
    tg: 'täjik dilinde',
    tk: 'türkmen dilinde',
    uz: 'özbek dilinde',
  },
  fallbackNote: (asked) => `Bu tekst soralan dilde (${asked}) entek taýýar däl; aşakda türkmençe görnüşi berilýär.`,
  contentNote: (langs) => `Ýazgyda türkmençe görnüşi bolmadyk bölekler ${langs} berildi.`,

  how: {
    videoconference: 'wideoaragatnaşyk arkaly',
    in_person: 'ýüzbe-ýüz görnüşinde',
    hybrid: 'garyşyk görnüşde (ýüzbe-ýüz we onlaýn)',
  },
  lead: ({ tense, title, how, date }) =>
    `${how.charAt(0).toUpperCase()}${how.slice(1)}${date ? ` ${date}` : ''} ${title} atly duşuşyk ${by(tense, 'geçirildi', 'geçirilýär', 'geçiriler')}.`,
  conveners: (list, count) => `${count === 1 ? 'Guramaçy' : 'Guramaçylar'}: ${list}.`,
  venue: (where) => `Duşuşygyň geçirilýän ýeri: ${where}.`,
  theme: (quoted) => `Duşuşygyň temasy — ${quoted}.`,
  attended: (_tense, people) => `Duşuşyga gatnaşyjylar: ${people}.`,
  represented: (tense, orgs, also) =>
    `${also ? 'Şeýle hem duşuşyga' : 'Duşuşyga'} şu guramalaryň wekilleri ${by(tense, 'gatnaşdy', 'gatnaşýar', 'gatnaşar')}: ${orgs}.`,
  attendedWithheld: (tense, count) =>
    `Maslahata ${number(count)} bilermen ${by(tense, 'gatnaşdy', 'gatnaşýar', 'gatnaşar')}.`,
  ruleWhole: 'Çatem-Haus düzgüni ulanylýar: gatnaşyjylaryň atlary agzalmaýar we olaryň haýsy guramadandygy aýdylmaýar.',
  ruleItems:
    'Çatem-Haus düzgüni boýunça ara alnyp maslahatlaşylýan meseleler çykyş edijiler görkezilmezden beýan edilýär.',
  documents: (_tense, docs) =>
    `Ara alyp maslahatlaşmagyň merkezinde şu resminamalaryň ýerine ýetirilişi durýar: ${docs}.`,
  document: ({ kind, symbol, title, date }) =>
    `${kind === 'un_resolution' ? 'BMG-niň Baş Assambleýasynyň ' : ''}${date ? `${date} ` : ''}${symbol ? `${symbol} belgili ` : ''}${title} ${KINDS[kind]}`,
  agenda: (count) => `Gün tertibine ${number(count)} mesele girizildi:`,
  quoteLabel: 'Sözme-söz',
  speakerPoints: (who) => `${who} çykyş edip, şu pikirleri beýan etdi.`,
  unnamed: {
    remarks: ['Gatnaşyjylaryň biri belläp geçdi:', 'Başga bir gatnaşyjy ünsi çekdi:', 'Şeýle hem şu pikir aýdyldy:'],
    position: ['Gatnaşyjylaryň biri öz garaýşyny beýan etdi:', 'Şeýle garaýyş hem aýdyldy:', 'Ýene bir garaýyş:'],
    proposal: ['Gatnaşyjylaryň biri teklip etdi:', 'Şeýle hem şu teklip öňe sürüldi:', 'Ýene bir teklip:'],
    direct_quote: ['Gatnaşyjylaryň biriniň sözleri bilen aýdylanda:', 'Başga bir gatnaşyjy şeýle diýdi:'],
  },
  together: (orgs) => (orgs ? `Umumy garaýyş (${orgs}):` : 'Gatnaşyjylaryň umumy garaýşy:'),
  concluded: 'Gatnaşyjylar şu netijelere geldiler.',
  outcomeHeading: {
    conclusion: 'Jemleýji pikirler',
    recommendation: 'Maslahatlar',
    commitment: 'Borçnamalar',
    follow_up_action: 'Indiki çäreler',
  },
  outcomeLabel: {
    conclusion: 'Jemleýji pikir',
    recommendation: 'Maslahat',
    commitment: 'Borçnama',
    follow_up_action: 'Indiki çäre',
  },
  due: (date) => `möhleti — ${date}`,
  owner: (org) => `ýerine ýetiriji: ${org}`,
  proposedBy: (orgs) => `teklip eden: ${orgs}`,
  materialKind: {
    paper: 'Çykyş',
    presentation: 'Prezentasiýa',
    background_note: 'Maglumat belligi',
    joint_statement: 'Bilelikdäki beýannama',
    other: 'Başga material',
  },
  minutes: {
    when: (date, from, to, offset) => `${date}, ${from}–${to} (${offset})`,
    format: {
      videoconference: 'Wideoaragatnaşyk',
      in_person: 'Ýüzbe-ýüz',
      hybrid: 'Garyşyk görnüş: ýüzbe-ýüz we onlaýn',
    },
    conveners: (list, count) => `${count === 1 ? 'Guramaçy' : 'Guramaçylar'}: ${list}.`,
    attendance: 'Gatnaşyjylar',
    international: 'Halkara guramalar',
    withheld: (count) =>
      `Gatnaşyjylaryň sany: ${number(count)}. Çatem-Haus düzgüni boýunça gatnaşyjylar we olaryň guramalary agzalmaýar.`,
    role: {
      chair: 'başlyk',
      moderator: 'moderator',
      rapporteur: 'dokladçy',
      speaker: 'çykyş ediji',
      delegate: 'wekil',
      observer: 'synçy',
      interpreter: 'terjimeçi',
    },
    agenda: 'Gün tertibi',
    discussion: 'Ara alyp maslahatlaşma',
    general: 'Umumy meseleler',
    outcomes: 'Netijeler',
    documents: 'Ara alnyp maslahatlaşylýan resminamalar',
    tabled: 'Hödürlenen materiallar',
    nothing: 'Ýazylmady.',
    upcoming: 'Duşuşyk entek geçirilmedi; ýazgy ondan soň berler.',
  },
};
