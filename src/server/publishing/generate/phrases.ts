import type { DialogueFormat, OutcomeKind, ParticipantRole, PublicationKind } from '../../../shared/contracts/enums.ts';

/**
 * The generators' sentences, one set per language they write. Functions rather than message
 * strings: a sentence is built from lists and optional parts, and the compiler checks that every
 * language says everything.
 */
export interface Phrases {
  /** BCP 47 locale for dates and lists: British English writes "22 June 2020". */
  locale: string;
  kindTitle: Record<PublicationKind, string>;
  fallbackNote: (asked: string, written: string) => string;
  convened: (a: { title: string; conveners: string | null; format: DialogueFormat; place: string | null }) => string;
  attended: (people: string) => string;
  attendedWithheld: (count: number) => string;
  documents: (docs: string) => string;
  agenda: (count: number, items: string) => string;
  document: (d: { kind: string; symbol: string | null; title: string; date: string | null }) => string;
  speakerPoints: (who: string) => string;
  withheldPoints: string;
  quote: (text: string) => string;
  together: (who: string | null, text: string) => string;
  concluded: string;
  outcomeHeading: Record<OutcomeKind, string>;
  outcomeLabel: Record<OutcomeKind, string>;
  due: (date: string) => string;
  owner: (org: string) => string;
  proposedBy: (orgs: string) => string;
  minutes: {
    when: (date: string, from: string, to: string, zone: string) => string;
    format: Record<DialogueFormat, string>;
    convenedBy: (orgs: string) => string;
    chathamWhole: string;
    chathamItem: string;
    attendance: string;
    international: string;
    withheld: (count: number) => string;
    role: Record<ParticipantRole, string>;
    agenda: string;
    discussion: string;
    general: string;
    outcomes: string;
    documents: string;
    speakerWithheld: string;
    collective: string;
    nothing: string;
  };
}

const capitalize = (s: string) => s.charAt(0).toLocaleUpperCase('ru') + s.slice(1);

const ruPlural = (n: number, one: string, few: string, many: string) => {
  const rule = new Intl.PluralRules('ru').select(n);
  return `${n} ${rule === 'one' ? one : rule === 'few' ? few : many}`;
};

const en: Phrases = {
  locale: 'en-GB',
  kindTitle: { press_release: 'Press release', minutes: 'Minutes', summary: 'Summary' },
  fallbackNote: (asked, written) =>
    `The ${asked} version of this text is not ready yet; the ${written} version follows.`,
  convened: ({ title, conveners, format, place }) => {
    const how = {
      videoconference: 'by videoconference',
      in_person: place ? `in ${place}` : 'in person',
      hybrid: 'in a hybrid format, in person and online',
    }[format];
    return `The “${title}” took place ${how}${conveners ? `, on the initiative of the ${conveners}` : ''}.`;
  },
  attended: (people) => `Taking part were ${people}.`,
  attendedWithheld: (count) =>
    `${count} ${count === 1 ? 'expert' : 'experts'} took part. The meeting was held under the Chatham House Rule: no participant is named or identified by affiliation.`,
  documents: (docs) => `The discussion turned on how ${docs} are being carried out.`,
  agenda: (count, items) => `The agenda had ${count} ${count === 1 ? 'item' : 'items'}: ${items}.`,
  document: ({ kind, symbol, title, date }) =>
    `${kind}${symbol ? ` ${symbol}` : ''} “${title}”${date ? ` of ${date}` : ''}`,
  speakerPoints: (who) => `${who} made the following points.`,
  withheldPoints: 'Participants made the following points.',
  quote: (text) => `In the speaker's own words: “${text}”.`,
  together: (who, text) => `${who ? `Joint statement by the ${who}` : 'Joint statement by the participants'}: ${text}`,
  concluded: 'The participants concluded as follows.',
  outcomeHeading: {
    conclusion: 'Conclusions',
    recommendation: 'Recommendations',
    commitment: 'Commitments',
    follow_up_action: 'Follow-up actions',
  },
  outcomeLabel: {
    conclusion: 'Conclusion',
    recommendation: 'Recommendation',
    commitment: 'Commitment',
    follow_up_action: 'Follow-up action',
  },
  due: (date) => `due ${date}`,
  owner: (org) => `to be carried out by the ${org}`,
  proposedBy: (orgs) => `proposed by the ${orgs}`,
  minutes: {
    when: (date, from, to, zone) => `${date}, ${from}–${to} (${zone})`,
    format: { videoconference: 'Videoconference', in_person: 'In person', hybrid: 'Hybrid' },
    convenedBy: (orgs) => `Convened by the ${orgs}.`,
    chathamWhole:
      'Held under the Chatham House Rule: statements are not attributed, and participants are not named outside the meeting.',
    chathamItem: 'Items marked under the Chatham House Rule are recorded without attribution.',
    attendance: 'Attendance',
    international: 'International organizations',
    withheld: (count) =>
      `${count} ${count === 1 ? 'participant' : 'participants'}, not named under the Chatham House Rule.`,
    role: {
      chair: 'chair',
      moderator: 'moderator',
      rapporteur: 'rapporteur',
      speaker: 'speaker',
      delegate: 'delegate',
      observer: 'observer',
      interpreter: 'interpreter',
    },
    agenda: 'Agenda',
    discussion: 'Discussion',
    general: 'General',
    outcomes: 'Outcomes',
    documents: 'Documents under discussion',
    speakerWithheld: 'A participant',
    collective: 'Jointly',
    nothing: 'None recorded.',
  },
};

const ru: Phrases = {
  locale: 'ru',
  kindTitle: { press_release: 'Пресс-релиз', minutes: 'Протокол', summary: 'Резюме' },
  fallbackNote: (asked, written) =>
    `Версия этого текста на языке «${asked}» ещё не готова; ниже — версия на языке «${written}».`,
  convened: ({ title, conveners, format, place }) => {
    const how = {
      videoconference: 'в формате видеоконференции',
      in_person: place ? `в городе ${place}` : 'в очном формате',
      hybrid: 'в смешанном формате, очно и онлайн',
    }[format];
    return `${capitalize(how)} прошла встреча «${title}».${conveners ? ` Инициатор встречи: ${conveners}.` : ''}`;
  },
  attended: (people) => `Участники: ${people}.`,
  attendedWithheld: (count) =>
    `В обсуждении участвовали ${ruPlural(count, 'эксперт', 'эксперта', 'экспертов')}. Встреча прошла по правилу Чатем-хауса: участники не называются, их принадлежность к организациям не раскрывается.`,
  documents: (docs) => `Обсуждалось, как выполняются ${docs.replace(/\.$/, '')}.`,
  agenda: (count, items) => `В повестке — ${ruPlural(count, 'вопрос', 'вопроса', 'вопросов')}: ${items}.`,
  document: ({ kind, symbol, title, date }) =>
    `${kind}${symbol ? ` ${symbol}` : ''} «${title}»${date ? ` от ${date}` : ''}`,
  speakerPoints: (who) => `${who}: основные тезисы выступления.`,
  withheldPoints: 'Участники высказали следующие соображения.',
  quote: (text) => `Цитата: «${text}».`,
  together: (who, text) => `${who ? `Совместная позиция (${who})` : 'Совместная позиция участников'}: ${text}`,
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
  owner: (org) => `отвечает: ${org}`,
  proposedBy: (orgs) => `предложено: ${orgs}`,
  minutes: {
    when: (date, from, to, zone) => `${date}, ${from}–${to} (${zone})`,
    format: { videoconference: 'Видеоконференция', in_person: 'Очно', hybrid: 'Смешанный формат' },
    convenedBy: (orgs) => `Созвана: ${orgs}.`,
    chathamWhole:
      'Проведена по правилу Чатем-хауса: высказывания не приписываются, участники вне встречи не называются.',
    chathamItem: 'Вопросы, обсуждавшиеся по правилу Чатем-хауса, записаны без указания авторов.',
    attendance: 'Участники',
    international: 'Международные организации',
    withheld: (count) =>
      `${ruPlural(count, 'участник', 'участника', 'участников')}; по правилу Чатем-хауса не называются.`,
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
    documents: 'Обсуждавшиеся документы',
    speakerWithheld: 'Участник',
    collective: 'Совместно',
    nothing: 'Не записано.',
  },
};

export const PHRASES: Record<string, Phrases> = { en, ru };

/** The languages to try, in order, for a publication asked for in `language`. */
export function writingLanguage(language: string): string {
  const base = language.split('-')[0]!;
  return [language, base, 'ru', 'en'].find((l) => l in PHRASES)!;
}

/** Kinds of reference document, as a sentence names them. */
export const DOCUMENT_KINDS: Record<string, Record<string, string>> = {
  en: {
    un_resolution: 'UN General Assembly resolution',
    summit_joint_statement: 'the',
    treaty: 'the treaty',
    roadmap: 'the roadmap',
    concept: 'the concept',
    other: 'the',
  },
  ru: {
    un_resolution: 'резолюция Генеральной Ассамблеи ООН',
    summit_joint_statement: 'документ',
    treaty: 'договор',
    roadmap: 'дорожная карта',
    concept: 'концепция',
    other: 'документ',
  },
};
