import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { uz } from './messages-more.ts';
import { CATALOGS, createTranslator, INTERFACE_LANGUAGES } from './translate.ts';
import { uzMessageToCyrillic, uzTextToCyrillic, uzWordToCyrillic } from './uz-cyrl.ts';

test('Uzbek in Cyrillic is an interface language of its own, derived from every Latin message', () => {
  assert.ok(INTERFACE_LANGUAGES.includes('uz-Cyrl'));
  assert.deepEqual(Object.keys(CATALOGS['uz-Cyrl']).sort(), Object.keys(uz).sort());
  const t = createTranslator('uz-Cyrl');
  assert.equal(t('dialogues.title'), 'Мулоқотлар');
  assert.equal(t('dialogues.count', { count: 0 }), 'Мулоқот йўқ');
  assert.equal(t('dialogues.count', { count: 1234 }), '1\u00a0234 та мулоқот');
});

test('the letters: digraphs, oʻ and gʻ, e at the start of a word, the tutuq belgisi, capitals', () => {
  const cases: [string, string][] = [
    ['yoʻq', 'йўқ'],
    ['Oʻzbekiston', 'Ўзбекистон'],
    ['gʻalaba', 'ғалаба'],
    ['Shahar', 'Шаҳар'],
    ['choy', 'чой'],
    ['eʼlon', 'эълон'],
    ['ekspert', 'эксперт'],
    ['yer', 'ер'],
    ['yangi', 'янги'],
    ['yuz', 'юз'],
    ['hamkorlik', 'ҳамкорлик'],
    ['xalqaro', 'халқаро'],
    ["o'quvchi", 'ўқувчи'],
    ['BMT', 'БМТ'],
  ];
  for (const [latin, cyrillic] of cases) assert.equal(uzWordToCyrillic(latin), cyrillic, latin);
});

test('the proof-reader’s words win over the rules, with their suffixes', () => {
  assert.equal(uzWordToCyrillic('Konferensiyaga'), 'Конференцияга');
  assert.equal(uzWordToCyrillic('filtrlarni'), 'фильтрларни');
  assert.equal(uzTextToCyrillic('Chatham House qoidasi'), 'Чатэм Хаус қоидаси');
  assert.match(CATALOGS['uz-Cyrl']['search.hint'] ?? '', /hamkorlik ҳамкорлик/, 'the Latin example stays Latin');
});

test('formats, protocols and names stay in Latin letters; arguments, plural keywords and tags are untouched', () => {
  assert.equal(uzTextToCyrillic('CSV sifatida, PDF va WebRTC'), 'CSV сифатида, PDF ва WebRTC');
  const message = '{count, plural, one {# ta yozuv} other {# ta yozuv}} <b>{name}</b> bilan';
  const out = uzMessageToCyrillic(message);
  assert.deepEqual(
    JSON.stringify(parse(out)).match(/"value":"(count|name|b)"/g),
    JSON.stringify(parse(message)).match(/"value":"(count|name|b)"/g),
  );
  assert.match(out, /# та ёзув/);
  assert.match(out, /<b>\{name\}<\/b> билан/);
});

function literals(elements: MessageFormatElement[]): string[] {
  return elements.flatMap((el) =>
    el.type === TYPE.literal
      ? [el.value]
      : el.type === TYPE.plural || el.type === TYPE.select
        ? Object.values(el.options).flatMap((o) => literals(o.value))
        : el.type === TYPE.tag
          ? literals(el.children)
          : [],
  );
}

test('no Uzbek word is left in Latin letters in the Cyrillic catalog', () => {
  const allowed =
    /^(hamkorlik|Norov|CSV|PDF|DOCX|JSON|SMTP|ICS|URL|RSS|HTTPS|https|API|UTC|ID|Expert|Dialogue|Word|ics|Türkmençe|Oʻzbekcha|English)$/;
  for (const [key, message] of Object.entries(CATALOGS['uz-Cyrl'])) {
    if (key.startsWith('language.')) continue;
    for (const literal of literals(parse(message))) {
      for (const word of literal.match(/[A-Za-zʻʼ]{2,}/g) ?? []) {
        assert.match(word, allowed, `uz-Cyrl ${key}: "${word}" is still in Latin letters`);
      }
    }
  }
});
