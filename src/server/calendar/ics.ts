import type { DialogueRecord } from '../../shared/contracts/dialogue-record.ts';
import { localize } from '../../shared/multilingual.ts';
import { wallClockParts } from '../../shared/wall-clock.ts';

/** Text values escaped (RFC 5545 §3.3.11) and lines folded at 75 octets (§3.1). */
const escapeText = (s: string) =>
  s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
function fold(line: string): string {
  const bytes = Buffer.from(line, 'utf8');
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  for (const ch of line) {
    if (Buffer.byteLength(current + ch, 'utf8') > (parts.length ? 74 : 75)) {
      parts.push(current);
      current = '';
    }
    current += ch;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** The UTC offset of a zone at an instant, from the tz database the runtime carries: "+0500". */
export function offsetAt(zone: string, at: Date): string {
  const name = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')!.value;
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return m ? `${m[1]}${m[2]}${m[3]}` : '+0000';
}

/** Wall-clock time in a zone, as iCalendar writes a local time: 20240614T090000. */
export function localStamp(zone: string, at: Date): string {
  const p = wallClockParts(zone, at);
  return `${p.year}${p.month}${p.day}T${p.hour}${p.minute}${p.second}`;
}

const utcStamp = (at: Date) =>
  at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

export interface IcsEvent {
  uid: string;
  /** Raised with every change a calendar must take (RFC 5546): the dialogue's version. */
  sequence: number;
  title: string;
  description: string | null;
  startsAt: string;
  endsAt: string;
  zone: string;
  url: string;
  location: string | null;
}

/**
 * A dialogue as an iCalendar event (RFC 5545) in its host's zone. The VTIMEZONE states the offset
 * in force on the day, from the runtime's tz database: Asia/Almaty is +05:00 after 1 March 2024.
 * PUBLISH for a download; REQUEST and CANCEL, with organizer and attendee, for invitations (RFC 5546).
 */
export function eventIcs(
  e: IcsEvent,
  opts: {
    now: Date;
    method?: 'PUBLISH' | 'REQUEST' | 'CANCEL';
    organizer?: string;
    attendee?: { email: string; name: string };
  },
): string {
  const start = new Date(e.startsAt);
  const end = new Date(e.endsAt);
  const method = opts.method ?? 'PUBLISH';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Expert Dialogue//EN',
    'CALSCALE:GREGORIAN',
    `METHOD:${method}`,
    'BEGIN:VTIMEZONE',
    `TZID:${e.zone}`,
    'BEGIN:STANDARD',
    `DTSTART:${localStamp(e.zone, start)}`,
    `TZOFFSETFROM:${offsetAt(e.zone, new Date(start.getTime() - 86_400_000))}`,
    `TZOFFSETTO:${offsetAt(e.zone, start)}`,
    'END:STANDARD',
    'END:VTIMEZONE',
    'BEGIN:VEVENT',
    `UID:${e.uid}`,
    `DTSTAMP:${utcStamp(opts.now)}`,
    `DTSTART;TZID=${e.zone}:${localStamp(e.zone, start)}`,
    `DTEND;TZID=${e.zone}:${localStamp(e.zone, end)}`,
    `SEQUENCE:${e.sequence}`,
    `SUMMARY:${escapeText(e.title)}`,
    ...(e.description ? [`DESCRIPTION:${escapeText(e.description)}`] : []),
    `URL:${e.url}`,
    ...(e.location ? [`LOCATION:${escapeText(e.location)}`] : []),
    ...(opts.organizer ? [`ORGANIZER:mailto:${opts.organizer}`] : []),
    ...(opts.attendee
      ? [
          `ATTENDEE;CN=${escapeParam(opts.attendee.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:${opts.attendee.email}`,
        ]
      : []),
    ...(method === 'CANCEL' ? ['STATUS:CANCELLED'] : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

/**
 * Many events in one calendar, for a subscription: times in UTC, which need no VTIMEZONE and stay
 * right whatever a zone's rules did between the events. Every URL is absolute (PUBLIC_URL).
 */
export function feedIcs(name: string, events: IcsEvent[], now: Date): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Expert Dialogue//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
  ];
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${utcStamp(now)}`,
      `DTSTART:${utcStamp(new Date(e.startsAt))}`,
      `DTEND:${utcStamp(new Date(e.endsAt))}`,
      `SEQUENCE:${e.sequence}`,
      `SUMMARY:${escapeText(e.title)}`,
      ...(e.description ? [`DESCRIPTION:${escapeText(e.description)}`] : []),
      `URL:${e.url}`,
      'END:VEVENT',
    );
  }
  // RFC 5545 §3.6: a calendar holds at least one component, and many producers (and so many feeds
  // of a person with no dialogue yet) write an empty VCALENDAR that strict parsers refuse. A
  // placeholder VEVENT would show in people's calendars; a VFREEBUSY is meant for scheduling
  // (RFC 5546) and subscription clients ignore or refuse it. A VTIMEZONE for UTC, the zone every
  // time of this feed is written in, is valid (§3.6.5: TZID and one STANDARD observance), claims
  // nothing, and every client reads and quietly keeps it: so an empty feed carries that.
  if (!events.length)
    lines.push(
      'BEGIN:VTIMEZONE',
      'TZID:UTC',
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      'TZOFFSETFROM:+0000',
      'TZOFFSETTO:+0000',
      'TZNAME:UTC',
      'END:STANDARD',
      'END:VTIMEZONE',
    );
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

/** The dialogue of a record as an event, in a language. */
export function dialogueIcs(record: DialogueRecord, language: string, opts: { url: string; now: Date }): string {
  const d = record.dialogue;
  return eventIcs(
    {
      uid: dialogueUid(d.id),
      sequence: d.version - 1,
      title: localize(d.title, [language, 'en', 'ru']).text,
      description: d.summary ? localize(d.summary, [language, 'en', 'ru']).text : null,
      startsAt: d.startsAt,
      endsAt: d.endsAt,
      zone: d.hostZone,
      url: opts.url,
      location: d.media.kind === 'external' ? d.media.url : null,
    },
    { now: opts.now },
  );
}

export const dialogueUid = (id: string) => `dialogue-${id}@expert-dialogue`;
const escapeParam = (s: string) => `"${s.replace(/"/g, "'")}"`;
