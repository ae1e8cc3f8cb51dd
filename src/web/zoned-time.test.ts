import assert from 'node:assert/strict';
import { test } from 'node:test';
import { utcToZonedInput, zonedToUtc, zoneOffsetMinutes } from './zoned-time.ts';

test('Almaty is UTC+6 before 1 March 2024 and UTC+5 after; Bishkek stays UTC+6', () => {
  assert.equal(zoneOffsetMinutes('Asia/Almaty', new Date('2024-02-29T12:00:00Z')), 360);
  assert.equal(zoneOffsetMinutes('Asia/Almaty', new Date('2024-03-01T12:00:00Z')), 300);
  assert.equal(zoneOffsetMinutes('Asia/Bishkek', new Date('2024-03-01T12:00:00Z')), 360);
});

test('a wall-clock time in the host zone round-trips through UTC', () => {
  assert.equal(zonedToUtc('2025-03-01T10:00', 'Asia/Bishkek'), '2025-03-01T04:00:00.000Z');
  assert.equal(zonedToUtc('2020-06-22T10:00', 'Asia/Ashgabat'), '2020-06-22T05:00:00.000Z');
  assert.equal(zonedToUtc('2024-02-15T10:00', 'Asia/Almaty'), '2024-02-15T04:00:00.000Z');
  assert.equal(zonedToUtc('2024-03-15T10:00', 'Asia/Almaty'), '2024-03-15T05:00:00.000Z');
  assert.equal(utcToZonedInput('2025-03-01T04:00:00.000Z', 'Asia/Bishkek'), '2025-03-01T10:00');
});
