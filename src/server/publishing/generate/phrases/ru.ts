import type { DocumentKind } from '../../../../shared/contracts/enums.ts';
import type { Phrases, Tense } from './types.ts';

const WORDS = ['ноль', 'один', 'два', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять'];
const GENITIVE_MONTHS = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];
const KINDS: Record<DocumentKind, string> = {
  un_resolution: 'резолюция Генеральной Ассамблеи ООН',
  summit_joint_statement: 'документ',
  treaty: 'договор',
  roadmap: 'дорожная карта',
  concept: 'концепция',
  other: 'документ',
};
const number = (n: number) => (n >= 0 && n < 10 ? WORDS[n]! : String(n));
/** The noun's form after a cardinal in the nominative: один эксперт, два эксперта, пять экспертов. */
const form = (n: number, one: string, few: string, many: string) => {
  const d = n % 10;
  const dd = n % 100;
  return d === 1 && dd !== 11 ? one : d >= 2 && d <= 4 && (dd < 12 || dd > 14) ? few : many;
};
const by = <T>(tense: Tense, past: T, now: T, future: T) => (tense === 'past' ? past : tense === 'now' ? now : future);
const singular = (n: number) => n % 10 === 1 && n % 100 !== 11;

export const ru: Phrases = {
  lang: 'ru',
  collation: 'ru',
  kindTitle: { press_release: 'Пресс-релиз', minutes: 'Протокол', summary: 'Резюме' },
  quotes: ['«', '»', '„', '“'],
  and: 'и',
  number,
  date: ({ year, month, day }, f) => `${f === 'of' ? 'от ' : ''}${day} ${GENITIVE_MONTHS[month - 1]} ${year} года`,
  countries: {
    KZ: 'Казахстан',
    KG: 'Кыргызстан',
    TJ: 'Таджикистан',
    TM: 'Туркменистан',
    UZ: 'Узбекистан',
    CN: 'Китай',
    RU: 'Россия',
    AF: 'Афганистан',
  },
  inLanguage: {
    en: 'на английском языке',
    ru: 'на русском языке',
    kk: 'на казахском языке',
    ky: 'на кыргызском языке',
    tg: 'на таджикском языке',
    tk: 'на туркменском языке',
    uz: 'на узбекском языке',
  },
  fallbackNote: (asked) =>
    `Текст на запрошенном языке (${asked}) ещё не подготовлен; ниже приводится версия на русском языке.`,
  contentNote: (langs) => `Фрагменты, которых нет в записи на русском языке, приводятся ${langs}.`,

  how: {
    videoconference: 'в формате видеоконференции',
    in_person: 'в очном формате',
    hybrid: 'в смешанном формате (очно и онлайн)',
  },
  lead: ({ tense, title, how, date }) =>
    `${how.charAt(0).toUpperCase()}${how.slice(1)}${date ? ` ${date}` : ''} ${by(tense, 'прошла', 'проходит', 'состоится')} встреча ${title}.`,
  conveners: (list, count) => `${count === 1 ? 'Организатор' : 'Организаторы'}: ${list}.`,
  venue: (where) => `Место проведения: ${where}.`,
  theme: (quoted) => `Тема встречи — ${quoted}.`,
  attended: (_tense, people) => `Участники встречи: ${people}.`,
  represented: (tense, orgs, also) =>
    `${also ? 'Также ' : 'На встрече '}${by(tense, 'были представлены', 'представлены', 'будут представлены')}: ${orgs}.`,
  attendedWithheld: (tense, count) => {
    const verb = singular(count)
      ? by(tense, 'принял', 'принимает', 'примет')
      : by(tense, 'приняли', 'принимают', 'примут');
    return `В обсуждении ${verb} участие ${number(count)} ${form(count, 'эксперт', 'эксперта', 'экспертов')}.`;
  },
  ruleWhole:
    'Действует правило Чатем-хауса: участники не называются, их принадлежность к организациям не раскрывается.',
  ruleItems: 'Вопросы, обсуждаемые по правилу Чатем-хауса, излагаются без указания авторов высказываний.',
  documents: (_tense, docs) => `В центре обсуждения — выполнение документов: ${docs}.`,
  document: ({ kind, symbol, title, date }) =>
    `${KINDS[kind]}${symbol ? ` ${symbol}` : ''} ${title}${date ? ` ${date}` : ''}`,
  agenda: (count) => `В повестке — ${number(count)} ${form(count, 'вопрос', 'вопроса', 'вопросов')}:`,
  quoteLabel: 'Дословно',
  speakerPoints: (who) => `${who}: основные тезисы выступления.`,
  unnamed: {
    remarks: ['Один из участников отметил:', 'Другой участник обратил внимание:', 'Было также отмечено:'],
    position: ['Один из участников высказал позицию:', 'Прозвучало и такое мнение:', 'Ещё одна позиция:'],
    proposal: ['Один из участников предложил:', 'Прозвучало также предложение:', 'Ещё одно предложение:'],
    direct_quote: ['Как сказал один из участников:', 'По словам другого участника:'],
  },
  together: (orgs) => (orgs ? `Совместная позиция (${orgs}):` : 'Совместная позиция участников:'),
  concluded: 'Участники пришли к следующим выводам.',
  outcomeHeading: {
    conclusion: 'Выводы',
    recommendation: 'Рекомендации',
    commitment: 'Обязательства',
    follow_up_action: 'Дальнейшие действия',
  },
  outcomeLabel: {
    conclusion: 'Вывод',
    recommendation: 'Рекомендация',
    commitment: 'Обязательство',
    follow_up_action: 'Дальнейшее действие',
  },
  due: (date) => `срок — ${date}`,
  owner: (org) => `исполнитель: ${org}`,
  proposedBy: (orgs) => `предложено: ${orgs}`,
  materialKind: {
    paper: 'Доклад',
    presentation: 'Презентация',
    background_note: 'Справочная записка',
    joint_statement: 'Совместное заявление',
    other: 'Другой материал',
  },
  minutes: {
    when: (date, from, to, offset) => `${date}, ${from}–${to} (${offset})`,
    format: { videoconference: 'Видеоконференция', in_person: 'Очно', hybrid: 'Смешанный формат: очно и онлайн' },
    conveners: (list, count) => `${count === 1 ? 'Организатор' : 'Организаторы'}: ${list}.`,
    attendance: 'Участники',
    international: 'Международные организации',
    withheld: (count) =>
      `Число участников: ${number(count)}. По правилу Чатем-хауса участники и их принадлежность к организациям не называются.`,
    role: {
      chair: 'председатель',
      moderator: 'модератор',
      rapporteur: 'докладчик',
      speaker: 'выступающий',
      delegate: 'делегат',
      observer: 'наблюдатель',
      interpreter: 'переводчик',
    },
    agenda: 'Повестка',
    discussion: 'Обсуждение',
    general: 'Общие вопросы',
    outcomes: 'Итоги',
    documents: 'Обсуждаемые документы',
    tabled: 'Представленные материалы',
    nothing: 'Не записано.',
    upcoming: 'Встреча ещё не состоялась; запись появится после неё.',
  },
};
