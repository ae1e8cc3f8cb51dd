import assert from 'node:assert/strict';
import { test } from 'node:test';
import { asOf } from './as-of.ts';

const names = [
  { n: 'NISS', validFrom: null, validTo: '2024-03-31' },
  { n: 'NISI', validFrom: '2024-04-01', validTo: null },
];

test('the name in force on a day is chosen by its dates', () => {
  assert.equal(asOf(names, '2020-06-22')?.n, 'NISS');
  assert.equal(asOf(names, '2024-03-31')?.n, 'NISS');
  assert.equal(asOf(names, '2024-04-01')?.n, 'NISI');
});

test('with no entry in force, the latest one begun before the day is used, then the first', () => {
  const gaps = [
    { n: 'A', validFrom: '2010-01-01', validTo: '2011-01-01' },
    { n: 'B', validFrom: '2015-01-01', validTo: '2016-01-01' },
  ];
  assert.equal(asOf(gaps, '2018-01-01')?.n, 'B');
  assert.equal(asOf(gaps, '2000-01-01')?.n, 'A');
  assert.equal(asOf([], '2000-01-01'), undefined);
});
