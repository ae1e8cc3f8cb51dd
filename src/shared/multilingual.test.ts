import assert from 'node:assert/strict';
import { test } from 'node:test';
import { localize, ml, MultiText } from './multilingual.ts';

test('a multilingual text must hold its original language', () => {
  const ok = MultiText.safeParse({ original: 'kk-Latn', texts: { 'kk-Latn': { text: 'Qazaqstan' } } });
  assert.ok(ok.success);
  assert.equal(ok.data.texts['kk-Latn']!.checked, false);
  const missing = MultiText.safeParse({ original: 'ru', texts: { en: { text: 'x' } } });
  assert.ok(!missing.success);
  assert.deepEqual(missing.error.issues[0]!.path, ['texts']);
  assert.ok(!MultiText.safeParse({ original: 'english', texts: { english: { text: 'x' } } }).success);
  assert.ok(!MultiText.safeParse({ original: 'en', texts: { en: { text: '   ' } } }).success);
});

test("localize prefers the reader's languages, then falls back to the original with a flag", () => {
  const v = ml({ ru: 'Диалог', en: 'Dialogue' });
  assert.deepEqual(localize(v, ['en']), { text: 'Dialogue', lang: 'en', fallback: false });
  assert.deepEqual(localize(v, ['kk', 'ru']), { text: 'Диалог', lang: 'ru', fallback: false });
  assert.deepEqual(localize(v, ['tg']), { text: 'Диалог', lang: 'ru', fallback: true });
});
