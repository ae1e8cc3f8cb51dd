import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseProvisions } from './parse-provisions.ts';

test('each numbering style opens a provision; wrapped lines join it; a heading before the first opens none', () => {
  const pasted = [
    'Joint statement of the Consultative Meeting',
    '',
    '1. The Heads of State welcomed',
    '   the progress of regional cooperation.',
    '2) They agreed to meet annually.',
    '§ 3 Water is a shared resource.',
    '§4. Transit corridors matter.',
    'OP 5 Requests the Secretary-General to report.',
    'pp6 Recalling its resolution 72/283,',
    '12a. A lettered paragraph.',
  ].join('\r\n');
  assert.deepEqual(parseProvisions(pasted), [
    { number: '1', text: 'The Heads of State welcomed the progress of regional cooperation.' },
    { number: '2', text: 'They agreed to meet annually.' },
    { number: '§ 3', text: 'Water is a shared resource.' },
    { number: '§ 4', text: 'Transit corridors matter.' },
    { number: 'OP5', text: 'Requests the Secretary-General to report.' },
    { number: 'PP6', text: 'Recalling its resolution 72/283,' },
    { number: '12a', text: 'A lettered paragraph.' },
  ]);
});

test('Cyrillic text and a number inside a sentence', () => {
  assert.deepEqual(
    parseProvisions('1. Стороны подтвердили приверженность пункту 2.\n2. Главы государств договорились.'),
    [
      { number: '1', text: 'Стороны подтвердили приверженность пункту 2.' },
      { number: '2', text: 'Главы государств договорились.' },
    ],
  );
  assert.deepEqual(parseProvisions('No numbers here at all.'), []);
});
