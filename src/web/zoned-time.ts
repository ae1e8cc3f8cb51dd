import { offsetMinutes } from '../shared/wall-clock.ts';

/** Offset of a zone from UTC at an instant, in minutes (Asia/Almaty: +300 since March 2024). */
export function zoneOffsetMinutes(zone: string, at: Date): number {
  return offsetMinutes(zone, at.getTime());
}

/** A wall-clock time in a zone ("2025-03-01T10:00" in Asia/Bishkek) as an ISO instant in UTC. */
export function zonedToUtc(local: string, zone: string): string {
  const [date, time = '00:00'] = local.split('T');
  const [y, m, d] = date!.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const wall = Date.UTC(y!, m! - 1, d!, hh!, mm!);
  // Two passes settle the offset even across a change of the zone's rules.
  let instant = wall - zoneOffsetMinutes(zone, new Date(wall)) * 60_000;
  instant = wall - zoneOffsetMinutes(zone, new Date(instant)) * 60_000;
  return new Date(instant).toISOString();
}

/** An ISO instant as the value of an <input type="datetime-local"> in a zone. */
export function utcToZonedInput(iso: string, zone: string): string {
  const at = new Date(iso);
  const local = new Date(at.getTime() + zoneOffsetMinutes(zone, at) * 60_000);
  return local.toISOString().slice(0, 16);
}
