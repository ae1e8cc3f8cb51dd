import type { DocumentKind } from '../../../../shared/contracts/enums.ts';
import type { Phrases, Tense } from './types.ts';

const WORDS = ['nol', 'bir', 'ikki', 'uch', 'toʻrt', 'besh', 'olti', 'yetti', 'sakkiz', 'toʻqqiz'];
const MONTHS = [
  'yanvar',
  'fevral',
  'mart',
  'aprel',
  'may',
  'iyun',
  'iyul',
  'avgust',
  'sentabr',
  'oktabr',
  'noyabr',
  'dekabr',
];
const KINDS: Record<DocumentKind, string> = {
  un_resolution: 'rezolyutsiyasi',
  summit_joint_statement: 'hujjati',
  treaty: 'shartnomasi',
  roadmap: 'yoʻl xaritasi',
  concept: 'konsepsiyasi',
  other: 'hujjati',
};
const number = (n: number) => (n >= 0 && n < 10 ? WORDS[n]! : String(n));
const by = <T>(tense: Tense, past: T, now: T, future: T) => (tense === 'past' ? past : tense === 'now' ? now : future);

/** Uzbek press style, official Latin script: «2020-yil 22-iyun», «2020-yil 22-iyunda». */
export const uz: Phrases = {
  lang: 'uz',
  collation: 'uz',
  kindTitle: { press_release: 'Press-reliz', minutes: 'Bayonnoma', summary: 'Qisqacha bayon' },
  quotes: ['«', '»', '“', '”'],
  and: 'va',
  number,
  date: ({ year, month, day }, form) =>
    `${year}-yil ${day}-${MONTHS[month - 1]}${form === 'on' ? 'da' : form === 'of' ? 'dagi' : ''}`,
  countries: {
    KZ: 'Qozogʻiston',
    KG: 'Qirgʻiziston',
    TJ: 'Tojikiston',
    TM: 'Turkmaniston',
    UZ: 'Oʻzbekiston',
    CN: 'Xitoy',
    RU: 'Rossiya',
    AF: 'Afgʻoniston',
  },
  inLanguage: {
    en: 'ingliz tilida',
    ru: 'rus tilida',
    kk: 'qozoq tilida',
    ky: 'qirgʻiz tilida',
    tg: 'tojik tilida',
    tk: 'turkman tilida',
    uz: 'oʻzbek tilida',
  },
  fallbackNote: (asked) =>
    `Bu matn soʻralgan tilda (${asked}) hali tayyor emas; quyida oʻzbekcha varianti keltirilgan.`,
  contentNote: (langs) => `Yozuvda oʻzbekcha varianti boʻlmagan parchalar ${langs} keltirildi.`,

  how: {
    videoconference: 'videokonferensiya formatida',
    in_person: 'yuzma-yuz formatda',
    hybrid: 'aralash formatda (yuzma-yuz va onlayn)',
  },
  lead: ({ tense, title, how, date }) =>
    `${how.charAt(0).toUpperCase()}${how.slice(1)}${date ? ` ${date}` : ''} ${title} nomli uchrashuv ${by(tense, 'boʻlib oʻtdi', 'boʻlib oʻtmoqda', 'boʻlib oʻtadi')}.`,
  conveners: (list, count) => `${count === 1 ? 'Tashkilotchi' : 'Tashkilotchilar'}: ${list}.`,
  venue: (where) => `Oʻtkazilish joyi: ${where}.`,
  theme: (quoted) => `Uchrashuv mavzusi — ${quoted}.`,
  attended: (_tense, people) => `Uchrashuv ishtirokchilari: ${people}.`,
  represented: (tense, orgs, also) =>
    `${also ? 'Shuningdek, uchrashuvda' : 'Uchrashuvda'} quyidagi tashkilotlar vakillari ${by(tense, 'ishtirok etdi', 'ishtirok etmoqda', 'ishtirok etadi')}: ${orgs}.`,
  attendedWithheld: (tense, count) =>
    `Muhokamada ${number(count)} nafar ekspert ${by(tense, 'ishtirok etdi', 'ishtirok etmoqda', 'ishtirok etadi')}.`,
  ruleWhole:
    'Chatham House qoidasi amal qiladi: ishtirokchilarning ismlari tilga olinmaydi, ularning qaysi tashkilotga mansubligi oshkor etilmaydi.',
  ruleItems:
    'Chatham House qoidasi boʻyicha muhokama qilinadigan masalalar soʻzlovchilar koʻrsatilmasdan bayon etiladi.',
  documents: (_tense, docs) => `Muhokama markazida — quyidagi hujjatlar ijrosi: ${docs}.`,
  document: ({ kind, symbol, title, date }) =>
    `${kind === 'un_resolution' ? 'BMT Bosh Assambleyasining ' : ''}${date ? `${date} ` : ''}${symbol ? `${symbol}-son ` : ''}${title} ${KINDS[kind]}`,
  agenda: (count) => `Kun tartibiga ${number(count)} masala kiritildi:`,
  quoteLabel: 'Aynan',
  speakerPoints: (who) => `${who} soʻzga chiqib, quyidagi fikrlarni bildirdi.`,
  unnamed: {
    remarks: [
      'Ishtirokchilardan biri taʼkidladi:',
      'Yana bir ishtirokchi eʼtibor qaratdi:',
      'Shuningdek, quyidagi fikr bildirildi:',
    ],
    position: [
      'Ishtirokchilardan biri oʻz pozitsiyasini bildirdi:',
      'Quyidagi qarash ham ilgari surildi:',
      'Yana bir pozitsiya:',
    ],
    proposal: [
      'Ishtirokchilardan biri taklif kiritdi:',
      'Shuningdek, quyidagi taklif ilgari surildi:',
      'Yana bir taklif:',
    ],
    direct_quote: ['Ishtirokchilardan birining soʻzlari bilan aytganda:', 'Yana bir ishtirokchi shunday dedi:'],
  },
  together: (orgs) => (orgs ? `Umumiy pozitsiya (${orgs}):` : 'Ishtirokchilarning umumiy pozitsiyasi:'),
  concluded: 'Ishtirokchilar quyidagi xulosalarga keldi.',
  outcomeHeading: {
    conclusion: 'Xulosalar',
    recommendation: 'Tavsiyalar',
    commitment: 'Majburiyatlar',
    follow_up_action: 'Keyingi chora-tadbirlar',
  },
  outcomeLabel: {
    conclusion: 'Xulosa',
    recommendation: 'Tavsiya',
    commitment: 'Majburiyat',
    follow_up_action: 'Keyingi chora-tadbir',
  },
  due: (date) => `muddati — ${date}`,
  owner: (org) => `ijrochi: ${org}`,
  proposedBy: (orgs) => `taklif etgan: ${orgs}`,
  materialKind: {
    paper: 'Maʼruza',
    presentation: 'Taqdimot',
    background_note: 'Maʼlumotnoma',
    joint_statement: 'Qoʻshma bayonot',
    other: 'Boshqa material',
  },
  minutes: {
    when: (date, from, to, offset) => `${date}, ${from}–${to} (${offset})`,
    format: {
      videoconference: 'Videokonferensiya',
      in_person: 'Yuzma-yuz',
      hybrid: 'Aralash format: yuzma-yuz va onlayn',
    },
    conveners: (list, count) => `${count === 1 ? 'Tashkilotchi' : 'Tashkilotchilar'}: ${list}.`,
    attendance: 'Ishtirokchilar',
    international: 'Xalqaro tashkilotlar',
    withheld: (count) =>
      `Ishtirokchilar soni: ${number(count)}. Chatham House qoidasiga koʻra ishtirokchilar va ularning tashkilotlari tilga olinmaydi.`,
    role: {
      chair: 'rais',
      moderator: 'moderator',
      rapporteur: 'maʼruzachi',
      speaker: 'soʻzlovchi',
      delegate: 'delegat',
      observer: 'kuzatuvchi',
      interpreter: 'tarjimon',
    },
    agenda: 'Kun tartibi',
    discussion: 'Muhokama',
    general: 'Umumiy masalalar',
    outcomes: 'Natijalar',
    documents: 'Muhokama qilinadigan hujjatlar',
    tabled: 'Taqdim etilgan materiallar',
    nothing: 'Qayd etilmagan.',
    upcoming: 'Uchrashuv hali boʻlib oʻtmadi; yozuv undan keyin taqdim etiladi.',
  },
};
