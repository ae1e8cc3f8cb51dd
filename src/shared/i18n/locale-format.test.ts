import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LOCALE_DATA } from './locale-data.ts';
import {
  formatDate,
  formatDateTime,
  formatList,
  formatNumber,
  pluralCategories,
  pluralCategory,
  weekdayName,
} from './locale-format.ts';

/*
 * Node is built with full ICU, so its CLDR output is the reference the shipped data is checked against:
 * the same text, character for character, for every interface language, month and style.
 */
const LANGS = Object.keys(LOCALE_DATA);
const cldr = (lang: string, iso: string, zone: string, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(lang, { timeZone: zone, ...options }).format(new Date(iso));

test('dates and times read as CLDR writes them, in every interface language and month', () => {
  for (const lang of LANGS) {
    for (let month = 1; month <= 12; month++) {
      const iso = `2026-${String(month).padStart(2, '0')}-11T04:05:00Z`;
      for (const zone of ['Asia/Almaty', 'Asia/Bishkek', 'UTC']) {
        assert.equal(
          formatDateTime(iso, zone, lang, { dateStyle: 'long', timeStyle: undefined }),
          cldr(lang, iso, zone, { dateStyle: 'long' }),
          `${lang} long ${iso} ${zone}`,
        );
        assert.equal(
          formatDateTime(iso, zone, lang),
          cldr(lang, iso, zone, { dateStyle: 'medium', timeStyle: 'short' }),
          `${lang} medium ${iso} ${zone}`,
        );
      }
      assert.equal(formatDate(iso.slice(0, 10), lang), cldr(lang, iso, 'UTC', { dateStyle: 'long' }), `${lang} day`);
    }
  }
});

test('no language writes a month as "M12" or in US-English order', () => {
  for (const lang of LANGS.filter((l) => l !== 'en')) {
    const text = formatDateTime('2026-12-11T10:00:00Z', 'Asia/Tashkent', lang);
    assert.doesNotMatch(text, /\bM\d{1,2}\b/, lang);
    assert.doesNotMatch(text, /December|Dec \d|AM|PM/, lang);
  }
  assert.equal(formatDateTime('2026-12-11T10:00:00Z', 'Asia/Tashkent', 'uz'), '11-dek, 2026, 15:00');
  assert.equal(formatDate('2020-06-22', 'kk'), '2020 ж. 22 маусым');
  assert.equal(formatDate('2020-06-22', 'uz-Cyrl'), '22 июн, 2020');
});

test('a time alone, on a 24-hour clock when asked', () => {
  const only = { dateStyle: undefined } as const;
  assert.equal(formatDateTime('2020-06-22T10:07:00Z', 'Asia/Ashgabat', 'en', only), '3:07 PM');
  assert.equal(formatDateTime('2020-06-22T10:07:00Z', 'Asia/Ashgabat', 'en', { ...only, hourCycle: 'h23' }), '15:07');
  assert.equal(formatDateTime('2020-06-22T19:07:00Z', 'Asia/Ashgabat', 'tk', only), '00:07');
});

test('numbers, lists and weekdays as CLDR has them', () => {
  for (const lang of LANGS) {
    for (const n of [7, 1234, 1234567.5, -42000]) {
      assert.equal(formatNumber(n, lang), new Intl.NumberFormat(lang).format(n), `${lang} ${n}`);
    }
    for (let d = 0; d < 7; d++) {
      assert.equal(
        weekdayName(d, lang),
        new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1 + d))),
        `${lang} weekday ${d}`,
      );
    }
  }
  assert.equal(formatList(['A', 'B', 'C'], 'en'), 'A, B, and C');
  assert.equal(formatList(['A', 'B', 'C'], 'ru'), 'A, B и C');
  assert.equal(formatList(['A', 'B'], 'kk'), 'A және B');
  assert.equal(formatList(['A', 'B', 'C'], 'uz'), 'A, B va C');
  assert.equal(formatList(['A'], 'tk'), 'A');
});

test('plural categories are CLDR’s, for every count from 0 to 200 and for fractions', () => {
  for (const lang of LANGS) {
    const rules = new Intl.PluralRules(lang);
    assert.deepEqual(
      [...pluralCategories(lang)].sort(),
      [...rules.resolvedOptions().pluralCategories].sort(),
      `${lang} categories`,
    );
    for (const n of [...Array.from({ length: 201 }, (_, i) => i), 1.5, 0.1, 2.25]) {
      assert.equal(pluralCategory(n, lang), rules.select(n), `${lang} ${n}`);
    }
  }
});
