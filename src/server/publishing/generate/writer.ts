import type { DialogueRecord, RecordParticipant } from '../../../shared/contracts/dialogue-record.ts';
import type { StatementKind } from '../../../shared/contracts/enums.ts';
import type { Material } from '../../../shared/contracts/materials.ts';
import type { Statement } from '../../../shared/contracts/record.ts';
import { localize, type MultiText } from '../../../shared/multilingual.ts';
import { PHRASES, writingLanguage, type Day, type DateForm, type Phrases, type Tense } from './phrases/index.ts';

/**
 * A person the directory holds by office alone carries a marker instead of a name ("Head of KazISS
 * (name not recorded)"). Public texts never print the marker: such a person is named by office and
 * institution.
 */
const UNRECORDED = /\((?:name not recorded|имя не указано)\)\s*$/i;

const partsIn = (d: Date, timeZone: string) => {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(d);
  const get = (t: string) => parts.find((p) => p.type === t)!.value;
  return { year: +get('year'), month: +get('month'), day: +get('day'), time: `${get('hour')}:${get('minute')}` };
};

/** "UTC+5", "UTC+5:30": the offset in the zone at that instant, written the same in every language. */
function utcOffset(d: Date, timeZone: string): string {
  const name = new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(d)
    .find((p) => p.type === 'timeZoneName')!.value;
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!m) return 'UTC';
  return `UTC${m[1]}${Number(m[2])}${m[3] === '00' ? '' : `:${m[3]}`}`;
}

/** A material as a generated text names it: what the outside view gives of it (no institution). */
export type Tabled = Pick<Material, 'title' | 'kind'>;

/** A sentence begins with a capital letter, whatever the list it starts with. */
export const capitalize = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);
/** Ends a sentence once: texts from the record may or may not carry their own full stop. */
export const sentence = (s: string) => (/[.!?…»”“"]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);

/**
 * What every generator needs to write a record in one language: the phrases, names as they were on
 * the day, dates in the host's zone, the tense the day calls for. It reads only the record it is
 * given, which the caller took as the outside sees it: under the Chatham House Rule that record holds
 * no participant and no speaker, so nothing here can name them.
 */
export function writer(record: DialogueRecord, language: string, now: Date) {
  const writtenIn = writingLanguage(language);
  const p: Phrases = PHRASES[writtenIn]!;
  const d = record.dialogue;
  const zone = d.hostZone;
  const order = writtenIn === 'en' ? ['en', 'ru'] : [writtenIn, 'ru', 'en'];
  // Languages a passage was borrowed from, because the record holds no version in this one.
  const borrowed = new Set<string>();
  const text = (m: MultiText | null | undefined) => {
    if (!m) return '';
    const t = localize(m, order);
    if (t.lang !== writtenIn && t.text) borrowed.add(t.lang);
    return t.text;
  };
  const [qo, qc, io, ic] = p.quotes;
  /** In this language's marks; quotation marks inside become the inner pair («…„…“…»). */
  const quote = (s: string) =>
    `${qo}${s
      .replace(/«([^«»]*)»/g, `${io}$1${ic}`)
      .replace(/„([^„“”]*)[“”]/g, `${io}$1${ic}`)
      .replace(/“([^“”]*)”/g, `${io}$1${ic}`)
      .replace(/"([^"]*)"/g, `${io}$1${ic}`)}${qc}`;
  const list = (items: string[]) =>
    items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${p.and} ${items.at(-1)}`;

  const orgs = new Map(record.organizations.map((o) => [o.id, o]));
  const participants = new Map(record.participants.map((x) => [x.id, x]));
  const orgName = (id: string) => text(orgs.get(id)?.name);

  const dayOf = (iso: string): Day => partsIn(new Date(iso), zone);
  const date = (iso: string, form: DateForm = 'plain') => p.date(dayOf(iso), form);
  const day = (isoDate: string, form: DateForm = 'plain') => {
    const [year, month, dd] = isoDate.split('-').map(Number);
    return p.date({ year: year!, month: month!, day: dd! }, form);
  };
  const time = (iso: string) => partsIn(new Date(iso), zone).time;
  const offset = utcOffset(new Date(d.startsAt), zone);
  const tense: Tense =
    now.getTime() < Date.parse(d.startsAt) ? 'future' : now.getTime() < Date.parse(d.endsAt) ? 'now' : 'past';
  const today = p.date(partsIn(now, zone), 'plain');

  const named = (x: RecordParticipant) => !UNRECORDED.test(x.person.name.texts[x.person.name.original]?.text ?? '');
  /** Name, position, institution: each in the nominative, in apposition. */
  const person = (x: RecordParticipant) => {
    const org = x.organizationId ? orgName(x.organizationId) : '';
    return [named(x) ? text(x.person.name) : '', text(x.position), org].filter(Boolean).join(', ');
  };
  const speakerOf = (s: Statement): RecordParticipant | null =>
    s.speaker.kind === 'participant' ? (participants.get(s.speaker.participantId) ?? null) : null;
  const documents = record.references.map((doc) =>
    p.document({
      kind: doc.kind === 'un_resolution' && !doc.symbol?.startsWith('A/') ? 'other' : doc.kind,
      symbol: doc.symbol,
      title: quote(text(doc.title)),
      date: doc.adoptedOn ? day(doc.adoptedOn, 'of') : null,
    }),
  );
  const city = d.venue ? text(d.venue.city) : null;
  const where = d.venue ? [d.venue.place ? text(d.venue.place) : '', city].filter(Boolean).join(', ') : null;

  // Words that begin a proper name here: a text starting with one keeps its capital after a colon.
  const proper = new Set(
    [
      ...record.organizations.flatMap((o) => Object.values(o.name.texts).map((t) => t.text)),
      ...record.participants.flatMap((x) => Object.values(x.person.name.texts).map((t) => t.text)),
      ...Object.values(p.countries),
      city ?? '',
    ].map((n) => n.split(/\s+/)[0]!.toLocaleLowerCase()),
  );
  /**
   * A sentence after a colon begins in lower case in every language here but English, unless its
   * first word is a name, an acronym or a figure.
   */
  const afterColon = (s: string) => {
    if (writtenIn === 'en') return s;
    const first = s.split(/[\s,.;:!?]/)[0] ?? '';
    if (first.length < 2 || first.slice(1) !== first.slice(1).toLocaleLowerCase() || /\d/.test(first)) return s;
    if (proper.has(first.toLocaleLowerCase())) return s;
    return s.charAt(0).toLocaleLowerCase(writtenIn) + s.slice(1);
  };

  // Openers for statements whose speaker is not named, taken in turn so no two in a row read the same.
  let turn = 0;
  const unnamed = (kind: StatementKind) => {
    const all = p.unnamed[kind];
    return all[turn++ % all.length]!;
  };
  /** A statement's words: a direct quote in quotation marks, anything else as a sentence. */
  const words = (s: Statement) =>
    s.kind === 'direct_quote' ? `${quote(text(s.text))}.` : sentence(capitalize(text(s.text)));
  /** The same, after an opener ending in a colon. */
  const wordsAfter = (s: Statement) => (s.kind === 'direct_quote' ? words(s) : afterColon(words(s)));

  const base = language.split('-')[0];
  /** The whole text is in another language than asked: said at its top. */
  const fallback = writtenIn !== language && writtenIn !== base ? [`> ${p.fallbackNote(language)}`] : [];
  /** Passages borrowed from other languages: said at the end, once the text is written. */
  const borrowedNote = () => {
    const others = [...new Set([...borrowed].map((l) => p.inLanguage[l.split('-')[0]!] ?? l))];
    return others.length ? [`> ${p.contentNote(list(others))}`] : [];
  };

  return {
    p,
    writtenIn,
    text,
    quote,
    list,
    orgName,
    date,
    day,
    time,
    offset,
    tense,
    today,
    named,
    person,
    speakerOf,
    documents,
    city,
    where,
    unnamed,
    words,
    wordsAfter,
    afterColon,
    fallback,
    borrowedNote,
    withheld: record.participantsWithheld > 0,
    orgs,
  };
}
export type Writer = ReturnType<typeof writer>;
