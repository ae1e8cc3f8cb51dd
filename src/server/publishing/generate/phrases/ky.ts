import type { DocumentKind } from '../../../../shared/contracts/enums.ts';
import type { Phrases, Tense } from './types.ts';

const WORDS = ['нөл', 'бир', 'эки', 'үч', 'төрт', 'беш', 'алты', 'жети', 'сегиз', 'тогуз'];
/** Month names with the possessive (22-июну), locative (22-июнунда) and attributive (22-июнундагы) endings. */
const MONTHS: [string, string, string][] = [
  ['январы', 'январында', 'январындагы'],
  ['февралы', 'февралында', 'февралындагы'],
  ['марты', 'мартында', 'мартындагы'],
  ['апрели', 'апрелинде', 'апрелиндеги'],
  ['майы', 'майында', 'майындагы'],
  ['июну', 'июнунда', 'июнундагы'],
  ['июлу', 'июлунда', 'июлундагы'],
  ['августу', 'августунда', 'августундагы'],
  ['сентябры', 'сентябрында', 'сентябрындагы'],
  ['октябры', 'октябрында', 'октябрындагы'],
  ['ноябры', 'ноябрында', 'ноябрындагы'],
  ['декабры', 'декабрында', 'декабрындагы'],
];
const KINDS: Record<DocumentKind, string> = {
  un_resolution: 'резолюциясы',
  summit_joint_statement: 'документи',
  treaty: 'келишими',
  roadmap: 'жол картасы',
  concept: 'концепциясы',
  other: 'документи',
};
const number = (n: number) => (n >= 0 && n < 10 ? WORDS[n]! : String(n));
const by = <T>(tense: Tense, past: T, now: T, future: T) => (tense === 'past' ? past : tense === 'now' ? now : future);

/** Kyrgyz press style: «2020-жылдын 22-июну», «2020-жылдын 22-июнунда». */
export const ky: Phrases = {
  lang: 'ky',
  collation: 'ky',
  kindTitle: { press_release: 'Пресс-релиз', minutes: 'Протокол', summary: 'Кыскача мазмун' },
  quotes: ['«', '»', '„', '“'],
  and: 'жана',
  number,
  date: ({ year, month, day }, form) =>
    `${year}-жылдын ${day}-${MONTHS[month - 1]![form === 'plain' ? 0 : form === 'on' ? 1 : 2]}`,
  countries: {
    KZ: 'Казакстан',
    KG: 'Кыргызстан',
    TJ: 'Тажикстан',
    TM: 'Түркмөнстан',
    UZ: 'Өзбекстан',
    CN: 'Кытай',
    RU: 'Россия',
    AF: 'Афганистан',
  },
  inLanguage: {
    en: 'англис тилинде',
    ru: 'орус тилинде',
    kk: 'казак тилинде',
    ky: 'кыргыз тилинде',
    tg: 'тажик тилинде',
    tk: 'түркмөн тилинде',
    uz: 'өзбек тилинде',
  },
  fallbackNote: (asked) => `Бул текст суралган тилде (${asked}) али даяр эмес; төмөндө кыргызча версиясы берилди.`,
  contentNote: (langs) => `Жазууда кыргызча версиясы жок үзүндүлөр ${langs} берилди.`,

  how: {
    videoconference: 'видеоконференция форматында',
    in_person: 'бетме-бет форматта',
    hybrid: 'аралаш форматта (бетме-бет жана онлайн)',
  },
  lead: ({ tense, title, how, date }) =>
    `${how.charAt(0).toUpperCase()}${how.slice(1)}${date ? ` ${date}` : ''} ${title} аттуу жолугушуу ${by(tense, 'өттү', 'өтүп жатат', 'өтөт')}.`,
  conveners: (list, count) => `${count === 1 ? 'Уюштуруучу' : 'Уюштуруучулар'}: ${list}.`,
  venue: (where) => `Жолугушуу жайы: ${where}.`,
  theme: (quoted) => `Жолугушуунун темасы — ${quoted}.`,
  attended: (_tense, people) => `Жолугушуунун катышуучулары: ${people}.`,
  represented: (tense, orgs, also) =>
    `${also ? 'Ошондой эле жолугушууга' : 'Жолугушууга'} төмөнкү уюмдардын өкүлдөрү ${by(tense, 'катышты', 'катышууда', 'катышат')}: ${orgs}.`,
  attendedWithheld: (tense, count) =>
    `Талкууга ${number(count)} эксперт ${by(tense, 'катышты', 'катышууда', 'катышат')}.`,
  ruleWhole: 'Чатэм-Хаус эрежеси колдонулат: катышуучулардын аты-жөнү аталбайт, алардын кайсы уюмдан экени айтылбайт.',
  ruleItems: 'Чатэм-Хаус эрежеси боюнча талкууланган маселелер сүйлөөчүлөр көрсөтүлбөстөн баяндалат.',
  documents: (_tense, docs) => `Талкуунун борборунда — төмөнкү документтердин аткарылышы: ${docs}.`,
  document: ({ kind, symbol, title, date }) =>
    `${kind === 'un_resolution' ? 'БУУнун Башкы Ассамблеясынын ' : ''}${date ? `${date} ` : ''}${symbol ? `${symbol} ` : ''}${title} ${KINDS[kind]}`,
  agenda: (count) => `Күн тартибине ${number(count)} маселе киргизилди:`,
  quoteLabel: 'Сөзмө-сөз',
  speakerPoints: (who) => `${who} сөз сүйлөп, төмөнкү ойлорун айтты.`,
  unnamed: {
    remarks: [
      'Катышуучулардын бири белгиледи:',
      'Дагы бир катышуучу көңүл бурду:',
      'Ошондой эле мындай пикир айтылды:',
    ],
    position: ['Катышуучулардын бири өз позициясын билдирди:', 'Мындай көз караш да айтылды:', 'Дагы бир позиция:'],
    proposal: ['Катышуучулардын бири сунуш киргизди:', 'Ошондой эле мындай сунуш айтылды:', 'Дагы бир сунуш:'],
    direct_quote: ['Катышуучулардын биринин сөзү менен айтканда:', 'Дагы бир катышуучу мындай деди:'],
  },
  together: (orgs) => (orgs ? `Жалпы позиция (${orgs}):` : 'Катышуучулардын жалпы позициясы:'),
  concluded: 'Катышуучулар төмөнкү корутундуларга келишти.',
  outcomeHeading: {
    conclusion: 'Корутундулар',
    recommendation: 'Сунуштамалар',
    commitment: 'Милдеттенмелер',
    follow_up_action: 'Кийинки чаралар',
  },
  outcomeLabel: {
    conclusion: 'Корутунду',
    recommendation: 'Сунуштама',
    commitment: 'Милдеттенме',
    follow_up_action: 'Кийинки чара',
  },
  due: (date) => `мөөнөтү — ${date}`,
  owner: (org) => `аткаруучу: ${org}`,
  proposedBy: (orgs) => `сунуштаган: ${orgs}`,
  materialKind: {
    paper: 'Баяндама',
    presentation: 'Презентация',
    background_note: 'Маалымдама',
    joint_statement: 'Биргелешкен билдирүү',
    other: 'Башка материал',
  },
  minutes: {
    when: (date, from, to, offset) => `${date}, ${from}–${to} (${offset})`,
    format: {
      videoconference: 'Видеоконференция',
      in_person: 'Бетме-бет',
      hybrid: 'Аралаш формат: бетме-бет жана онлайн',
    },
    conveners: (list, count) => `${count === 1 ? 'Уюштуруучу' : 'Уюштуруучулар'}: ${list}.`,
    attendance: 'Катышуучулар',
    international: 'Эл аралык уюмдар',
    withheld: (count) =>
      `Катышуучулардын саны: ${number(count)}. Чатэм-Хаус эрежеси боюнча катышуучулар жана алардын уюмдары аталбайт.`,
    role: {
      chair: 'төрага',
      moderator: 'модератор',
      rapporteur: 'баяндамачы',
      speaker: 'сүйлөөчү',
      delegate: 'делегат',
      observer: 'байкоочу',
      interpreter: 'котормочу',
    },
    agenda: 'Күн тартиби',
    discussion: 'Талкуу',
    general: 'Жалпы маселелер',
    outcomes: 'Жыйынтыктар',
    documents: 'Талкууланган документтер',
    tabled: 'Сунушталган материалдар',
    nothing: 'Жазылган эмес.',
    upcoming: 'Жолугушуу али өтө элек; жазуу ал өткөндөн кийин берилет.',
  },
};
