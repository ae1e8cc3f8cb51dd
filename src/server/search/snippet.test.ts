import assert from 'node:assert/strict';
import { test } from 'node:test';
import { snippet } from './snippet.ts';
import { skeleton } from '../../shared/transliteration/skeleton.ts';

const long = (before: number) =>
  `${'Oʻzbekiston va Qozogʻiston institutlari '.repeat(before)}mintaqaviy hamkorlik masalalarini muhokama qildi, ${'suv va energetika boʻyicha takliflar berildi. '.repeat(6)}`;

test('an excerpt starts and ends at a word boundary, with the match marked', () => {
  for (let n = 1; n <= 8; n++) {
    const text = long(n);
    const s = snippet(text, skeleton('hamkorlik'));
    const body = s.text.replace(/^…/, '').replace(/…$/, '');
    const at = text.indexOf(body);
    assert.ok(at >= 0, 'the excerpt is a piece of the text');
    assert.ok(at === 0 || /[\s,.]/.test(text[at - 1]!), `starts mid-word: "${s.text.slice(0, 20)}"`);
    const end = at + body.length;
    assert.ok(end === text.length || /[\s,.]/.test(text[end]!), `ends mid-word: "${s.text.slice(-20)}"`);
    assert.equal(s.marks.length, 1);
    const [from, to] = s.marks[0]!;
    assert.equal(s.text.slice(from, to), 'hamkorlik');
  }
});

test('a short text is whole, matched across scripts', () => {
  const s = snippet('Ҳамкорлик масаласи', skeleton('hamkorlik'));
  assert.equal(s.text, 'Ҳамкорлик масаласи');
  assert.deepEqual(s.marks, [[0, 9]]);
});
