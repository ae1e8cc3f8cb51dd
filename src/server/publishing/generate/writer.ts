import type { DialogueRecord, RecordParticipant } from '../../../shared/contracts/dialogue-record.ts';
import type { Statement } from '../../../shared/contracts/record.ts';
import { localize, type MultiText } from '../../../shared/multilingual.ts';
import { DOCUMENT_KINDS, PHRASES, writingLanguage, type Phrases } from './phrases.ts';

/** Where a dialogue held in a zone took place, for datelines: the region's capitals and conveners' seats. */
const PLACES: Record<string, Record<string, string>> = {
  'Asia/Ashgabat': { en: 'Ashgabat', ru: 'Ашхабад' },
  'Asia/Almaty': { en: 'Astana', ru: 'Астана' },
  'Asia/Bishkek': { en: 'Bishkek', ru: 'Бишкек' },
  'Asia/Dushanbe': { en: 'Dushanbe', ru: 'Душанбе' },
  'Asia/Tashkent': { en: 'Tashkent', ru: 'Ташкент' },
  'Asia/Shanghai': { en: 'Beijing', ru: 'Пекин' },
};

/**
 * What both generators need to write a record in one language: the phrases, names as they were on
 * the day, dates in the host's zone. It reads only the record it is given, which the caller took
 * for the audience the text is for: under the Chatham House Rule the outside record holds no
 * participant and no speaker, so nothing here can name them.
 */
export function writer(record: DialogueRecord, language: string) {
  const writtenIn = writingLanguage(language);
  const p: Phrases = PHRASES[writtenIn]!;
  const zone = record.dialogue.hostZone;
  const text = (m: MultiText | null | undefined) => (m ? localize(m, [writtenIn, 'en', 'ru']).text : '');
  const orgs = new Map(record.organizations.map((o) => [o.id, o]));
  const participants = new Map(record.participants.map((x) => [x.id, x]));
  const orgName = (id: string) => text(orgs.get(id)?.name);
  const list = (items: string[]) => new Intl.ListFormat(p.locale, { type: 'conjunction' }).format(items);
  const dateOf = (d: Date, timeZone: string) =>
    new Intl.DateTimeFormat(p.locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(d);
  const date = (iso: string) => dateOf(new Date(iso), zone);
  const day = (isoDate: string) => dateOf(new Date(`${isoDate}T12:00:00Z`), 'UTC');
  const time = (iso: string) =>
    new Intl.DateTimeFormat(p.locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: zone }).format(
      new Date(iso),
    );
  const languageName = (tag: string) => new Intl.DisplayNames([p.locale], { type: 'language' }).of(tag) ?? tag;
  const countryName = (code: string) => new Intl.DisplayNames([p.locale], { type: 'region' }).of(code) ?? code;

  const person = (x: RecordParticipant) => {
    const org = x.organizationId ? orgName(x.organizationId) : '';
    const position = text(x.position);
    return [text(x.person.name), position, org ? `${org}` : ''].filter(Boolean).join(', ');
  };
  const speakerOf = (s: Statement): RecordParticipant | null =>
    s.speaker.kind === 'participant' ? (participants.get(s.speaker.participantId) ?? null) : null;
  const documents = record.references.map((d) => {
    const kinds = DOCUMENT_KINDS[writtenIn]!;
    const kind =
      d.kind === 'un_resolution' && !d.symbol?.startsWith('A/') ? kinds.other! : (kinds[d.kind] ?? kinds.other!);
    return p.document({ kind, symbol: d.symbol, title: text(d.title), date: d.adoptedOn ? day(d.adoptedOn) : null });
  });
  const place = PLACES[zone]?.[writtenIn] ?? null;
  const fallback =
    writtenIn === language || writtenIn === language.split('-')[0]
      ? null
      : p.fallbackNote(languageName(language), languageName(writtenIn));
  const withheld = record.participantsWithheld > 0;

  return {
    p,
    writtenIn,
    text,
    orgName,
    list,
    date,
    day,
    time,
    countryName,
    person,
    speakerOf,
    documents,
    place,
    fallback,
    withheld,
    participants,
    orgs,
  };
}
export type Writer = ReturnType<typeof writer>;

/** A sentence begins with a capital letter, whatever the list it starts with. */
export const capitalize = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);
/** Ends a sentence once: texts from the record may or may not carry their own full stop. */
export const sentence = (s: string) => (/[.!?…»”"]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);
