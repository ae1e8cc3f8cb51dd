import type { DocumentKind } from '../../../../shared/contracts/enums.ts';
import type { Phrases, Tense } from './types.ts';

const WORDS = ['сифр', 'як', 'ду', 'се', 'чор', 'панҷ', 'шаш', 'ҳафт', 'ҳашт', 'нӯҳ'];
/** Month names with the izofa, as a date joins them to the year: 22 июни соли 2020. */
const MONTHS = [
  'январи',
  'феврали',
  'марти',
  'апрели',
  'майи',
  'июни',
  'июли',
  'августи',
  'сентябри',
  'октябри',
  'ноябри',
  'декабри',
];
const KINDS: Record<DocumentKind, string> = {
  un_resolution: 'қатъномаи Ассамблеяи Генералии СММ',
  summit_joint_statement: 'ҳуҷҷати',
  treaty: 'шартномаи',
  roadmap: 'харитаи роҳи',
  concept: 'консепсияи',
  other: 'ҳуҷҷати',
};
const number = (n: number) => (n >= 0 && n < 10 ? WORDS[n]! : String(n));
const by = <T>(tense: Tense, past: T, now: T, future: T) => (tense === 'past' ? past : tense === 'now' ? now : future);
const took = (tense: Tense, one: boolean) =>
  by(
    tense,
    one ? 'ширкат варзид' : 'ширкат варзиданд',
    one ? 'ширкат дорад' : 'ширкат доранд',
    one ? 'ширкат хоҳад варзид' : 'ширкат хоҳанд варзид',
  );

/** Tajik press style: «22 июни соли 2020»; a document's date follows it with «аз». */
export const tg: Phrases = {
  lang: 'tg',
  collation: 'tg',
  kindTitle: { press_release: 'Пресс-релиз', minutes: 'Суратмаҷлис', summary: 'Фишурда' },
  quotes: ['«', '»', '„', '“'],
  and: 'ва',
  number,
  date: ({ year, month, day }, form) =>
    `${form === 'on' ? 'рӯзи ' : form === 'of' ? 'аз ' : ''}${day} ${MONTHS[month - 1]} соли ${year}`,
  countries: {
    KZ: 'Қазоқистон',
    KG: 'Қирғизистон',
    TJ: 'Тоҷикистон',
    TM: 'Туркманистон',
    UZ: 'Ӯзбекистон',
    CN: 'Чин',
    RU: 'Русия',
    AF: 'Афғонистон',
  },
  inLanguage: {
    en: 'бо забони англисӣ',
    ru: 'бо забони русӣ',
    kk: 'бо забони қазоқӣ',
    ky: 'бо забони қирғизӣ',
    tg: 'бо забони тоҷикӣ',
    tk: 'бо забони туркманӣ',
    uz: 'бо забони ӯзбекӣ',
  },
  fallbackNote: (asked) =>
    `Ин матн бо забони дархостшуда (${asked}) ҳанӯз омода нест; дар поён нусхаи тоҷикӣ оварда шудааст.`,
  contentNote: (langs) => `Порчаҳое, ки дар сабт нусхаи тоҷикӣ надоранд, ${langs} оварда шудаанд.`,

  how: {
    videoconference: 'дар шакли видеоконференсия',
    in_person: 'дар шакли ҳузурӣ',
    hybrid: 'дар шакли омехта (ҳузурӣ ва онлайн)',
  },
  lead: ({ tense, title, how, date }) => {
    const s = `${date ? `${date} ` : ''}${how} вохӯрӣ бо унвони ${title} ${by(tense, 'баргузор гардид', 'баргузор шуда истодааст', 'баргузор мегардад')}.`;
    return `${s.charAt(0).toUpperCase()}${s.slice(1)}`;
  },
  conveners: (list, count) => `${count === 1 ? 'Ташкилкунанда' : 'Ташкилкунандагон'}: ${list}.`,
  venue: (where) => `Ҷойи баргузорӣ: ${where}.`,
  theme: (quoted) => `Мавзӯи вохӯрӣ — ${quoted}.`,
  attended: (_tense, people) => `Иштирокчиёни вохӯрӣ: ${people}.`,
  represented: (tense, orgs, also) =>
    `${also ? 'Инчунин дар вохӯрӣ' : 'Дар вохӯрӣ'} намояндагони ин ташкилотҳо ${took(tense, false)}: ${orgs}.`,
  attendedWithheld: (tense, count) => `Дар муҳокима ${number(count)} коршинос ${took(tense, count === 1)}.`,
  ruleWhole:
    'Қоидаи Чатем-Хаус амал мекунад: номи иштирокчиён зикр намешавад ва мансубияти онҳо ба ташкилотҳо ошкор карда намешавад.',
  ruleItems: 'Масъалаҳое, ки тибқи қоидаи Чатем-Хаус муҳокима мешаванд, бе зикри номи суханронандагон баён мегарданд.',
  documents: (_tense, docs) => `Дар маркази муҳокима — иҷрои ҳуҷҷатҳои зерин: ${docs}.`,
  document: ({ kind, symbol, title, date }) =>
    `${KINDS[kind]}${symbol ? ` ${symbol}` : ''} ${title}${date ? ` ${date}` : ''}`,
  agenda: (count) => `Ба рӯзнома ${number(count)} масъала ворид карда шуд:`,
  quoteLabel: 'Айнан',
  speakerPoints: (who) => `${who} баромад карда, андешаҳои зеринро иброз дошт.`,
  unnamed: {
    remarks: ['Яке аз иштирокчиён қайд кард:', 'Иштирокчии дигар таъкид кард:', 'Инчунин қайд карда шуд:'],
    position: ['Яке аз иштирокчиён мавқеи худро баён кард:', 'Чунин андеша низ иброз гардид:', 'Мавқеи дигар:'],
    proposal: ['Яке аз иштирокчиён пешниҳод кард:', 'Инчунин чунин пешниҳод садо дод:', 'Пешниҳоди дигар:'],
    direct_quote: ['Ба гуфтаи яке аз иштирокчиён:', 'Иштирокчии дигар гуфт:'],
  },
  together: (orgs) => (orgs ? `Мавқеи муштарак (${orgs}):` : 'Мавқеи муштараки иштирокчиён:'),
  concluded: 'Иштирокчиён ба хулосаҳои зерин омаданд.',
  outcomeHeading: {
    conclusion: 'Хулосаҳо',
    recommendation: 'Тавсияҳо',
    commitment: 'Ӯҳдадориҳо',
    follow_up_action: 'Чораҳои минбаъда',
  },
  outcomeLabel: {
    conclusion: 'Хулоса',
    recommendation: 'Тавсия',
    commitment: 'Ӯҳдадорӣ',
    follow_up_action: 'Чораи минбаъда',
  },
  due: (date) => `мӯҳлат — ${date}`,
  owner: (org) => `иҷрокунанда: ${org}`,
  proposedBy: (orgs) => `пешниҳодкунанда: ${orgs}`,
  materialKind: {
    paper: 'Маърӯза',
    presentation: 'Презентатсия',
    background_note: 'Ёддошти маълумотӣ',
    joint_statement: 'Изҳороти муштарак',
    other: 'Маводи дигар',
  },
  minutes: {
    when: (date, from, to, offset) => `${date}, ${from}–${to} (${offset})`,
    format: {
      videoconference: 'Видеоконференсия',
      in_person: 'Ҳузурӣ',
      hybrid: 'Шакли омехта: ҳузурӣ ва онлайн',
    },
    conveners: (list, count) => `${count === 1 ? 'Ташкилкунанда' : 'Ташкилкунандагон'}: ${list}.`,
    attendance: 'Иштирокчиён',
    international: 'Ташкилотҳои байналмилалӣ',
    withheld: (count) =>
      `Шумораи иштирокчиён: ${number(count)}. Тибқи қоидаи Чатем-Хаус иштирокчиён ва ташкилотҳои онҳо номбар намешаванд.`,
    role: {
      chair: 'раис',
      moderator: 'модератор',
      rapporteur: 'маърӯзачӣ',
      speaker: 'суханронанда',
      delegate: 'вакил',
      observer: 'нозир',
      interpreter: 'тарҷумон',
    },
    agenda: 'Рӯзнома',
    discussion: 'Муҳокима',
    general: 'Масъалаҳои умумӣ',
    outcomes: 'Натиҷаҳо',
    documents: 'Ҳуҷҷатҳои муҳокимашаванда',
    tabled: 'Маводҳои пешниҳодшуда',
    nothing: 'Сабт нашудааст.',
    upcoming: 'Вохӯрӣ ҳанӯз баргузор нашудааст; сабт пас аз он пешниҳод мегардад.',
  },
};
