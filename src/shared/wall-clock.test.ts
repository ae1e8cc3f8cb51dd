import { test } from 'node:test';
import assert from 'node:assert/strict';
import { instantToWallClock, wallClockToInstant, zoneCity } from './wall-clock.ts';

test('10:00 in Astana and Almaty is 05:00 UTC (UTC+5 since March 2024), and was 04:00 UTC before', () => {
  assert.deepEqual(wallClockToInstant('2026-12-10', '10:00', 'Asia/Almaty'), {
    kind: 'exact',
    instant: '2026-12-10T05:00:00.000Z',
  });
  assert.deepEqual(wallClockToInstant('2023-12-10', '10:00', 'Asia/Almaty'), {
    kind: 'exact',
    instant: '2023-12-10T04:00:00.000Z',
  });
  assert.deepEqual(wallClockToInstant('2026-06-01', '09:30', 'Asia/Dushanbe'), {
    kind: 'exact',
    instant: '2026-06-01T04:30:00.000Z',
  });
});

test('a time the clocks skip has no instant; a time they repeat is its first occurrence', () => {
  // Berlin sets clocks forward at 02:00 on 29 March 2026 and back at 03:00 on 25 October 2026.
  assert.deepEqual(wallClockToInstant('2026-03-29', '02:30', 'Europe/Berlin'), { kind: 'nonexistent' });
  assert.deepEqual(wallClockToInstant('2026-03-29', '03:00', 'Europe/Berlin'), {
    kind: 'exact',
    instant: '2026-03-29T01:00:00.000Z',
  });
  assert.deepEqual(wallClockToInstant('2026-10-25', '02:30', 'Europe/Berlin'), {
    kind: 'ambiguous',
    instant: '2026-10-25T00:30:00.000Z',
    later: '2026-10-25T01:30:00.000Z',
  });
  // New York, summer and winter.
  assert.equal(
    (wallClockToInstant('2026-07-01', '10:00', 'America/New_York') as { instant: string }).instant,
    '2026-07-01T14:00:00.000Z',
  );
  assert.equal(
    (wallClockToInstant('2026-01-15', '10:00', 'America/New_York') as { instant: string }).instant,
    '2026-01-15T15:00:00.000Z',
  );
});

test('an instant shown back on the zone’s wall clock, and a zone named by its city', () => {
  assert.deepEqual(instantToWallClock('2026-12-10T05:00:00.000Z', 'Asia/Almaty'), {
    date: '2026-12-10',
    time: '10:00',
  });
  assert.deepEqual(instantToWallClock('2026-12-31T20:00:00Z', 'Asia/Tashkent'), { date: '2027-01-01', time: '01:00' });
  assert.equal(zoneCity('Asia/Almaty'), 'Almaty');
  assert.equal(zoneCity('America/New_York'), 'New York');
});
