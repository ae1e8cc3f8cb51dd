import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  isArgumentElement,
  isDateElement,
  isNumberElement,
  isPluralElement,
  isSelectElement,
  isTagElement,
  isTimeElement,
  type MessageFormatElement,
} from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { en, type MessageKey } from './messages-en.ts';
import { ru } from './messages-ru.ts';
import { mainUz, liveUz } from './messages-uz.ts';
import { CATALOGS, createTranslator, fallbackChain, formatDateTime, type UiLanguage } from './translate.ts';

type ArgKind = 'plural' | 'number' | 'date' | 'select' | 'text';

/** Every argument a message names, with how it is used; and each plural's option keys, for the CLDR check. */
function argumentsOf(ast: MessageFormatElement[], args = new Map<string, ArgKind>(), plurals: string[][] = []) {
  for (const el of ast) {
    if (isPluralElement(el)) {
      args.set(el.value, 'plural');
      plurals.push(Object.keys(el.options));
      for (const option of Object.values(el.options)) argumentsOf(option.value, args, plurals);
    } else if (isSelectElement(el)) {
      args.set(el.value, 'select');
      for (const option of Object.values(el.options)) argumentsOf(option.value, args, plurals);
    } else if (isNumberElement(el)) args.set(el.value, 'number');
    else if (isDateElement(el) || isTimeElement(el)) args.set(el.value, 'date');
    else if (isArgumentElement(el)) args.set(el.value, args.get(el.value) ?? 'text');
    else if (isTagElement(el)) {
      args.set(el.value, 'text');
      argumentsOf(el.children, args, plurals);
    }
  }
  return { args, plurals };
}

const PLURAL_SAMPLES = [0, 1, 2, 5, 21];

/** Sample values for every argument: each plural argument takes every sample count, in every combination. */
function sampleValues(args: Map<string, ArgKind>): Record<string, string | number | Date>[] {
  let combos: Record<string, string | number | Date>[] = [{}];
  for (const [name, kind] of args) {
    if (kind === 'plural') {
      combos = combos.flatMap((c) => PLURAL_SAMPLES.map((n) => ({ ...c, [name]: n })));
    } else {
      const value = kind === 'number' ? 3 : kind === 'date' ? new Date('2020-06-22T10:00:00Z') : `‹${name}›`;
      combos = combos.map((c) => ({ ...c, [name]: value }));
    }
  }
  return combos;
}

const compile = (message: string, lang: string) => new IntlMessageFormat(message, lang);
const englishArgs = new Map(
  Object.entries(en).map(([key, message]) => [
    key,
    [...argumentsOf(compile(message, 'en').getAst()).args.keys()].sort(),
  ]),
);

test('every interface language holds every key of English, and no other', () => {
  const keys = Object.keys(en).sort();
  for (const [lang, catalog] of Object.entries(CATALOGS)) {
    const missing = keys.filter((k) => catalog[k as MessageKey] === undefined);
    const extra = Object.keys(catalog).filter((k) => !(k in en));
    assert.deepEqual(missing, [], `${lang} lacks ${missing.length} key(s): ${missing.slice(0, 10).join(', ')}`);
    assert.deepEqual(extra, [], `${lang} has keys English lacks: ${extra.join(', ')}`);
  }
  assert.deepEqual(Object.keys(ru).sort(), keys);
});

test('every message compiles for its own language and formats with sample values, plurals at 0, 1, 2, 5 and 21', () => {
  for (const [lang, catalog] of Object.entries(CATALOGS)) {
    const categories = new Set(new Intl.PluralRules(lang).resolvedOptions().pluralCategories);
    for (const [key, message] of Object.entries(catalog)) {
      const where = `${lang} ${key}`;
      let format: IntlMessageFormat | undefined;
      assert.doesNotThrow(() => (format = compile(message, lang)), where);
      const { args, plurals } = argumentsOf(format!.getAst());
      for (const options of plurals) {
        assert.ok(options.includes('other'), `${where}: a plural needs an "other" form`);
        for (const option of options) {
          assert.ok(
            /^=\d+$/.test(option) || categories.has(option as Intl.LDMLPluralRule),
            `${where}: "${option}" is not a plural category of ${lang} (${[...categories].join(', ')})`,
          );
        }
      }
      for (const values of sampleValues(args)) {
        let out = '';
        assert.doesNotThrow(() => (out = String(format!.format(values))), `${where} with ${JSON.stringify(values)}`);
        assert.ok(out.trim().length > 0, `${where} formats to nothing with ${JSON.stringify(values)}`);
        for (const [name, value] of Object.entries(values)) {
          if (typeof value === 'string') assert.ok(out.includes(value), `${where} drops {${name}}`);
        }
      }
    }
  }
});

test('every message names the same arguments as the English one', () => {
  for (const [lang, catalog] of Object.entries(CATALOGS)) {
    for (const [key, message] of Object.entries(catalog)) {
      const own = [...argumentsOf(compile(message, lang).getAst()).args.keys()].sort();
      assert.deepEqual(own, englishArgs.get(key), `${lang} ${key}`);
    }
  }
});

test('the Central Asian catalogs are complete: Kazakh reads Kazakh, not the Russian fallback', () => {
  assert.deepEqual(fallbackChain('kk'), ['kk', 'ru', 'en']);
  assert.deepEqual(fallbackChain('en'), ['en', 'ru']);
  const kk = createTranslator('kk');
  assert.equal(kk('dialogues.title'), 'Диалогтар');
  assert.notEqual(kk('dialogues.title'), createTranslator('ru')('dialogues.title'));
  assert.equal(kk('auth.signIn'), 'Кіру');
  assert.equal(kk('dialogues.count', { count: 21 }), '21 диалог');
  assert.equal(kk('dialogues.count', { count: 0 }), 'Диалог жоқ');
  assert.equal(createTranslator('uz')('dialogues.count', { count: 5 }), '5 ta muloqot');
  assert.equal(createTranslator('tk')('live.grant'), 'Söz ber');
  for (const lang of ['kk', 'ky', 'tg', 'tk', 'uz'] satisfies UiLanguage[]) {
    const t = createTranslator(lang);
    const ruT = createTranslator('ru');
    // Every language has its own wording for the dialogue list, not the Russian one.
    assert.notEqual(t('dialogues.none'), ruT('dialogues.none'), lang);
    assert.notEqual(t('live.requestFloor'), ruT('live.requestFloor'), lang);
  }
});

test('Uzbek writes oʻ, gʻ with U+02BB and the tutuq belgisi with U+02BC, never an ASCII or curly quote', () => {
  for (const [key, message] of Object.entries({ ...mainUz, ...liveUz })) {
    assert.doesNotMatch(message, /\p{L}['‘’`]\p{L}/u, `uz ${key}`);
    assert.doesNotMatch(message, /[^oOgG]ʻ/u, `uz ${key}: ʻ belongs after o or g only`);
    assert.doesNotMatch(message, /[oOgG]ʼ/u, `uz ${key}: after o or g the letter is ʻ, not ʼ`);
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
