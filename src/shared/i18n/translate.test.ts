import assert from 'node:assert/strict';
import { test } from 'node:test';
import { IntlMessageFormat } from 'intl-messageformat';
import { en } from './messages-en.ts';
import { ru } from './messages-ru.ts';
import { CATALOGS, createTranslator, fallbackChain, formatDateTime } from './translate.ts';

test('English and Russian are complete, and every message of every catalog parses', () => {
  assert.deepEqual(Object.keys(ru).sort(), Object.keys(en).sort());
  for (const [lang, catalog] of Object.entries(CATALOGS)) {
    for (const [key, message] of Object.entries(catalog)) {
      assert.ok(key in en, `${lang} has a key English lacks: ${key}`);
      assert.doesNotThrow(() => new IntlMessageFormat(message, lang), `${lang} ${key}`);
    }
  }
});

test('Russian plurals use the one, few and many forms', () => {
  const t = createTranslator('ru');
  assert.equal(t('dialogues.count', { count: 1 }), '1 диалог');
  assert.equal(t('dialogues.count', { count: 3 }), '3 диалога');
  assert.equal(t('dialogues.count', { count: 5 }), '5 диалогов');
  assert.equal(t('dialogues.count', { count: 21 }), '21 диалог');
  assert.equal(t('dialogues.count', { count: 0 }), 'Нет диалогов');
  assert.equal(createTranslator('en')('dialogues.count', { count: 21 }), '21 dialogues');
});

test('a language with a partial catalog falls back to Russian, then English', () => {
  assert.deepEqual(fallbackChain('kk'), ['kk', 'ru', 'en']);
  assert.deepEqual(fallbackChain('en'), ['en', 'ru']);
  const t = createTranslator('kk');
  assert.equal(t('auth.signIn'), 'Кіру');
  assert.equal(t('dialogues.title'), 'Диалоги');
});

test('times are shown in the zone asked for: Almaty moved from UTC+6 to UTC+5 on 1 March 2024', () => {
  const before = '2024-02-15T04:00:00Z';
  const after = '2024-03-15T04:00:00Z';
  const at = (iso: string, zone: string) =>
    formatDateTime(iso, zone, 'en', { timeStyle: 'short', dateStyle: undefined, hourCycle: 'h23' });
  assert.equal(at(before, 'Asia/Bishkek'), '10:00');
  assert.equal(at(after, 'Asia/Bishkek'), '10:00');
  assert.equal(at(after, 'Asia/Almaty'), '09:00');
  assert.equal(at(after, 'Asia/Tashkent'), '09:00');
});
