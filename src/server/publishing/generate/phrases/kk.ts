import type { DocumentKind } from '../../../../shared/contracts/enums.ts';
import type { Phrases, Tense } from './types.ts';

const WORDS = ['нөл', 'бір', 'екі', 'үш', 'төрт', 'бес', 'алты', 'жеті', 'сегіз', 'тоғыз'];
/** Month names: as they stand, and with the locative ending (2020 жылғы 22 маусымда). */
const MONTHS: [string, string][] = [
  ['қаңтар', 'қаңтарда'],
  ['ақпан', 'ақпанда'],
  ['наурыз', 'наурызда'],
  ['сәуір', 'сәуірде'],
  ['мамыр', 'мамырда'],
  ['маусым', 'маусымда'],
  ['шілде', 'шілдеде'],
  ['тамыз', 'тамызда'],
  ['қыркүйек', 'қыркүйекте'],
  ['қазан', 'қазанда'],
  ['қараша', 'қарашада'],
  ['желтоқсан', 'желтоқсанда'],
];
const FRONT = new Set([4, 7, 9]);
const KINDS: Record<DocumentKind, string> = {
  un_resolution: 'қарары',
  summit_joint_statement: 'құжаты',
  treaty: 'шарты',
  roadmap: 'жол картасы',
  concept: 'тұжырымдамасы',
  other: 'құжаты',
};
const number = (n: number) => (n >= 0 && n < 10 ? WORDS[n]! : String(n));
const by = <T>(tense: Tense, past: T, now: T, future: T) => (tense === 'past' ? past : tense === 'now' ? now : future);

/** Kazakh press style: «2020 жылғы 22 маусым»; the attribute of a document takes -дағы/-дегі. */
export const kk: Phrases = {
  lang: 'kk',
  collation: 'kk',
  kindTitle: { press_release: 'Баспасөз релизі', minutes: 'Хаттама', summary: 'Түйіндеме' },
  quotes: ['«', '»', '„', '“'],
  and: 'және',
  number,
  date: ({ year, month, day }, form) => {
    const [name, at] = MONTHS[month - 1]!;
    const tail = form === 'plain' ? name : form === 'on' ? at : `${at}${FRONT.has(month) ? 'гі' : 'ғы'}`;
    return `${year} жылғы ${day} ${tail}`;
  },
  countries: {
    KZ: 'Қазақстан',
    KG: 'Қырғызстан',
    TJ: 'Тәжікстан',
    TM: 'Түрікменстан',
    UZ: 'Өзбекстан',
    CN: 'Қытай',
    RU: 'Ресей',
    AF: 'Ауғанстан',
  },
  inLanguage: {
    en: 'ағылшын тілінде',
    ru: 'орыс тілінде',
    kk: 'қазақ тілінде',
    ky: 'қырғыз тілінде',
    tg: 'тәжік тілінде',
    tk: 'түрікмен тілінде',
    uz: 'өзбек тілінде',
  },
  fallbackNote: (asked) => `Бұл мәтін сұралған тілде (${asked}) әлі дайын емес; төменде қазақша нұсқасы берілген.`,
  contentNote: (langs) => `Жазбада қазақша нұсқасы жоқ үзінділер ${langs} берілді.`,

  how: {
    videoconference: 'бейнеконференция форматында',
    in_person: 'бетпе-бет форматта',
    hybrid: 'аралас форматта (бетпе-бет және онлайн)',
  },
  lead: ({ tense, title, how, date }) =>
    `${how.charAt(0).toUpperCase()}${how.slice(1)}${date ? ` ${date}` : ''} ${title} атты кездесу ${by(tense, 'өтті', 'өтіп жатыр', 'өтеді')}.`,
  conveners: (list, count) => `${count === 1 ? 'Ұйымдастырушы' : 'Ұйымдастырушылар'}: ${list}.`,
  venue: (where) => `Кездесу орны: ${where}.`,
  theme: (quoted) => `Кездесудің тақырыбы — ${quoted}.`,
  attended: (_tense, people) => `Кездесуге қатысушылар: ${people}.`,
  represented: (tense, orgs, also) =>
    `${also ? 'Сондай-ақ кездесуге' : 'Кездесуге'} мына ұйымдардың өкілдері ${by(tense, 'қатысты', 'қатысуда', 'қатысады')}: ${orgs}.`,
  attendedWithheld: (tense, count) =>
    `Талқылауға ${number(count)} сарапшы ${by(tense, 'қатысты', 'қатысуда', 'қатысады')}.`,
  ruleWhole: 'Чатем-хаус ережесі қолданылады: қатысушылардың есімдері аталмайды, олардың қай ұйымнан екені айтылмайды.',
  ruleItems: 'Чатем-хаус ережесі бойынша талқыланған мәселелер сөйлеушілерді көрсетпей баяндалады.',
  documents: (_tense, docs) => `Талқылаудың негізгі тақырыбы — мына құжаттардың орындалуы: ${docs}.`,
  // Kazakh puts the date and the symbol before the title, and the kind last: «…» қарары.
  document: ({ kind, symbol, title, date }) =>
    `${kind === 'un_resolution' ? 'БҰҰ Бас Ассамблеясының ' : ''}${date ? `${date} ` : ''}${symbol ? `${symbol} ` : ''}${title} ${KINDS[kind]}`,
  agenda: (count) => `Күн тәртібіне ${number(count)} мәселе енгізілді:`,
  quoteLabel: 'Сөзбе-сөз',
  speakerPoints: (who) => `${who} сөз сөйлеп, мынадай ойларын айтты.`,
  unnamed: {
    remarks: ['Қатысушылардың бірі атап өтті:', 'Тағы бір қатысушы назар аударды:', 'Сондай-ақ мына пікір айтылды:'],
    position: ['Қатысушылардың бірі өз ұстанымын білдірді:', 'Мынадай көзқарас та айтылды:', 'Тағы бір ұстаным:'],
    proposal: ['Қатысушылардың бірі ұсыныс жасады:', 'Сондай-ақ мынадай ұсыныс айтылды:', 'Тағы бір ұсыныс:'],
    direct_quote: ['Қатысушылардың бірінің сөзімен айтқанда:', 'Тағы бір қатысушы былай деді:'],
  },
  together: (orgs) => (orgs ? `Ортақ ұстаным (${orgs}):` : 'Қатысушылардың ортақ ұстанымы:'),
  concluded: 'Қатысушылар мынадай тұжырымдарға келді.',
  outcomeHeading: {
    conclusion: 'Тұжырымдар',
    recommendation: 'Ұсынымдар',
    commitment: 'Міндеттемелер',
    follow_up_action: 'Кейінгі шаралар',
  },
  outcomeLabel: {
    conclusion: 'Тұжырым',
    recommendation: 'Ұсыным',
    commitment: 'Міндеттеме',
    follow_up_action: 'Кейінгі шара',
  },
  due: (date) => `мерзімі — ${date}`,
  owner: (org) => `орындаушы: ${org}`,
  proposedBy: (orgs) => `ұсынған: ${orgs}`,
  materialKind: {
    paper: 'Баяндама',
    presentation: 'Презентация',
    background_note: 'Анықтамалық жазба',
    joint_statement: 'Бірлескен мәлімдеме',
    other: 'Басқа материал',
  },
  minutes: {
    when: (date, from, to, offset) => `${date}, ${from}–${to} (${offset})`,
    format: {
      videoconference: 'Бейнеконференция',
      in_person: 'Бетпе-бет',
      hybrid: 'Аралас формат: бетпе-бет және онлайн',
    },
    conveners: (list, count) => `${count === 1 ? 'Ұйымдастырушы' : 'Ұйымдастырушылар'}: ${list}.`,
    attendance: 'Қатысушылар',
    international: 'Халықаралық ұйымдар',
    withheld: (count) =>
      `Қатысушылар саны: ${number(count)}. Чатем-хаус ережесі бойынша қатысушылар мен олардың ұйымдары аталмайды.`,
    role: {
      chair: 'төраға',
      moderator: 'модератор',
      rapporteur: 'баяндамашы',
      speaker: 'сөйлеуші',
      delegate: 'делегат',
      observer: 'бақылаушы',
      interpreter: 'аудармашы',
    },
    agenda: 'Күн тәртібі',
    discussion: 'Талқылау',
    general: 'Жалпы мәселелер',
    outcomes: 'Қорытындылар',
    documents: 'Талқыланған құжаттар',
    tabled: 'Ұсынылған материалдар',
    nothing: 'Жазылмаған.',
    upcoming: 'Кездесу әлі өткен жоқ; жазба ол өткеннен кейін беріледі.',
  },
};
