/**
 * Wall-clock time in a zone ("10:00 in Asia/Almaty") and the instant it names, from the runtime's tz
 * database. Shared: the server resolves a dialogue's `{ date, time, zone }`, the web app shows it back.
 */

type Part = 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second' | 'weekday';
/** An instant as a zone's clocks read it: two digits a part (the year four), the weekday Mon to Sun. */
export type WallClockParts = Record<Part, string>;

export function wallClockParts(zone: string, at: Date | number): WallClockParts {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    weekday: 'short',
  }).formatToParts(at);
  const get = (type: Part) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
    weekday: get('weekday'),
  };
}

/** Offset of a zone from UTC at an instant, in minutes (Asia/Almaty: +300 since March 2024). */
export function offsetMinutes(zone: string, at: number): number {
  const p = wallClockParts(zone, at);
  const asUtc = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second);
  return Math.round((asUtc - Math.floor(at / 1000) * 1000) / 60_000);
}

export type WallClockInstant =
  | { kind: 'exact'; instant: string }
  /** A time that occurs twice (clocks set back): the first of the two, as calendars do. */
  | { kind: 'ambiguous'; instant: string; later: string }
  /** A time the clocks skip (set forward): no instant has it. */
  | { kind: 'nonexistent' };

const DAY = 86_400_000;

/**
 * The instant of a wall-clock time in a zone. Each candidate offset is the zone's a day before or
 * after; a candidate holds when the zone really has that offset at it. None: the clocks skipped it.
 */
export function wallClockToInstant(date: string, time: string, zone: string): WallClockInstant {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const wall = Date.UTC(y!, m! - 1, d!, hh!, mm!);
  const offsets = new Set([
    offsetMinutes(zone, wall - DAY),
    offsetMinutes(zone, wall + DAY),
    offsetMinutes(zone, wall),
  ]);
  const found = [...offsets]
    .map((o) => wall - o * 60_000)
    .filter((at) => at + offsetMinutes(zone, at) * 60_000 === wall)
    .sort((a, b) => a - b);
  const iso = (at: number) => new Date(at).toISOString();
  if (found.length === 0) return { kind: 'nonexistent' };
  if (found.length === 1 || found[0] === found.at(-1)) return { kind: 'exact', instant: iso(found[0]!) };
  return { kind: 'ambiguous', instant: iso(found[0]!), later: iso(found.at(-1)!) };
}

/** An instant as the wall clock of a zone shows it: { date: '2026-03-10', time: '10:00' }. */
export function instantToWallClock(iso: string, zone: string): { date: string; time: string } {
  const at = Date.parse(iso);
  const local = new Date(at + offsetMinutes(zone, at) * 60_000).toISOString();
  return { date: local.slice(0, 10), time: local.slice(11, 16) };
}

/** The city of an IANA zone, as people name it: Asia/Almaty → Almaty, America/New_York → New York. */
export const zoneCity = (zone: string): string => (zone.split('/').at(-1) ?? zone).replace(/_/g, ' ');
