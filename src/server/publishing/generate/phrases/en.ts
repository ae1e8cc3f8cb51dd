import type { DocumentKind } from '../../../../shared/contracts/enums.ts';
import type { Phrases, Tense } from './types.ts';

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const KINDS: Record<DocumentKind, string> = {
  un_resolution: 'UN General Assembly resolution',
  summit_joint_statement: 'the',
  treaty: 'the treaty',
  roadmap: 'the roadmap',
  concept: 'the concept',
  other: 'the',
};
const number = (n: number) => (n >= 0 && n < 10 ? WORDS[n]! : String(n));
const by = <T>(tense: Tense, past: T, now: T, future: T) => (tense === 'past' ? past : tense === 'now' ? now : future);

export const en: Phrases = {
  lang: 'en',
  collation: 'en',
  kindTitle: { press_release: 'Press release', minutes: 'Minutes', summary: 'Summary' },
  quotes: ['“', '”', '‘', '’'],
  and: 'and',
  number,
  date: ({ year, month, day }, form) =>
    `${form === 'on' ? 'on ' : form === 'of' ? 'of ' : ''}${day} ${MONTHS[month - 1]} ${year}`,
  countries: {
    KZ: 'Kazakhstan',
    KG: 'Kyrgyzstan',
    TJ: 'Tajikistan',
    TM: 'Turkmenistan',
    UZ: 'Uzbekistan',
    CN: 'China',
    RU: 'Russia',
    AF: 'Afghanistan',
  },
  inLanguage: {
    en: 'in English',
    ru: 'in Russian',
    kk: 'in Kazakh',
    ky: 'in Kyrgyz',
    tg: 'in Tajik',
    tk: 'in Turkmen',
    uz: 'in Uzbek',
  },
  fallbackNote: (asked) =>
    `This text is not yet available in the language asked for (${asked}); the English version follows.`,
  contentNote: (langs) => `Passages recorded in no English version are given ${langs}.`,

  how: {
    videoconference: 'by videoconference',
    in_person: 'in person',
    hybrid: 'in a hybrid format, in person and online',
  },
  lead: ({ tense, title, how, date }) =>
    `The meeting ${title} ${by(tense, 'was held', 'is being held', 'will be held')} ${how}${date ? ` ${date}` : ''}.`,
  conveners: (list, count) => `${count === 1 ? 'Convener' : 'Conveners'}: ${list}.`,
  venue: (where) => `Venue: ${where}.`,
  theme: (quoted) => `Theme: ${quoted}.`,
  attended: (tense, people) => `${by(tense, 'Taking part were', 'Taking part are', 'Taking part will be')} ${people}.`,
  represented: (tense, orgs, also) =>
    `${also ? 'Representatives also ' : 'Representatives '}${by(tense, 'took part', 'are taking part', 'will take part')} from: ${orgs}.`,
  attendedWithheld: (tense, count) =>
    `The meeting ${by(tense, 'brought together', 'brings together', 'will bring together')} ${number(count)} ${count === 1 ? 'expert' : 'experts'}.`,
  ruleWhole: 'The Chatham House Rule applies: participants are not named, and their affiliations are not disclosed.',
  ruleItems: 'Items discussed under the Chatham House Rule are reported without attribution.',
  documents: (tense, docs) =>
    `The discussion ${tense === 'past' ? 'centred' : 'centres'} on the implementation of ${docs}.`,
  document: ({ kind, symbol, title, date }) =>
    `${KINDS[kind]}${symbol ? ` ${symbol}` : ''} ${title}${date ? ` ${date}` : ''}`,
  agenda: (count) => `The agenda ${count === 1 ? 'has one item' : `has ${number(count)} items`}:`,
  quoteLabel: 'In the speaker’s words',
  speakerPoints: (who) => `${who}, made the following points.`,
  unnamed: {
    remarks: ['One participant noted:', 'Another participant observed:', 'It was also noted:'],
    position: ['One participant took the view:', 'Another view expressed:', 'A further position put forward:'],
    proposal: ['One participant proposed:', 'It was also suggested:', 'Another proposal:'],
    direct_quote: ['In the words of one participant:', 'As another participant put it:'],
  },
  together: (orgs) => (orgs ? `Jointly, the ${orgs} stated:` : 'The participants jointly stated:'),
  concluded: 'The participants reached the following conclusions.',
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
  owner: (org) => `to be carried out by: ${org}`,
  proposedBy: (orgs) => `proposed by: ${orgs}`,
  materialKind: {
    paper: 'Paper',
    presentation: 'Presentation',
    background_note: 'Background note',
    joint_statement: 'Joint statement',
    other: 'Other material',
  },
  minutes: {
    when: (date, from, to, offset) => `${date}, ${from}–${to} (${offset})`,
    format: { videoconference: 'Videoconference', in_person: 'In person', hybrid: 'Hybrid: in person and online' },
    conveners: (list, count) => `${count === 1 ? 'Convener' : 'Conveners'}: ${list}.`,
    attendance: 'Attendance',
    international: 'International organizations',
    withheld: (count) =>
      `Participants: ${number(count)}. Under the Chatham House Rule they are not named, nor are their affiliations.`,
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
    tabled: 'Materials tabled',
    nothing: 'None recorded.',
    upcoming: 'The dialogue has not yet taken place; the record will follow.',
  },
};
