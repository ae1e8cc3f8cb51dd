import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  isDateElement,
  isNumberElement,
  isPluralElement,
  isSelectElement,
  isTagElement,
  isTimeElement,
  type MessageFormatElement,
} from '@formatjs/icu-messageformat-parser';
import { compileCatalog } from './compile-catalog.ts';
import { CATALOGS, createTranslator, INTERFACE_LANGUAGES, type Values } from './translate.ts';
import { translatorOf } from './translator.ts';
import type { MessageKey } from './messages-en.ts';

/** Values for every argument a message names: a number where it counts, a date where it dates. */
function valuesFor(ast: MessageFormatElement[], values: Values = {}): Values {
  for (const el of ast) {
    if (isPluralElement(el) || isNumberElement(el)) values[el.value] = 3;
    else if (isDateElement(el) || isTimeElement(el)) values[el.value] = new Date('2020-06-22T04:00:00Z');
    else if (isSelectElement(el)) values[el.value] = 'other';
    else if ('value' in el && el.type !== 0 && typeof el.value === 'string') values[el.value] ??= 'X';
    if (isPluralElement(el) || isSelectElement(el))
      for (const option of Object.values(el.options)) valuesFor(option.value, values);
    if (isTagElement(el)) valuesFor(el.children, values);
  }
  return values;
}

test('the compiled catalog of each language, as the build ships it, says what the server says', () => {
  for (const lang of INTERFACE_LANGUAGES) {
    const compiled = JSON.parse(JSON.stringify(compileCatalog(lang))) as ReturnType<typeof compileCatalog>;
    const web = translatorOf(compiled);
    const server = createTranslator(lang);
    for (const key of Object.keys(CATALOGS.en) as MessageKey[]) {
      const message = compiled.messages[key];
      const values = typeof message === 'string' ? undefined : valuesFor(message);
      assert.equal(web(key, values), server(key, values), `${lang} ${key}`);
    }
  }
});

test('a message without arguments ships as its text; Uzbek in Cyrillic is derived from the Latin', () => {
  const uz = compileCatalog('uz');
  const cyrl = compileCatalog('uz-Cyrl');
  assert.equal(uz.messages['app.name'], CATALOGS.uz['app.name']);
  assert.equal(cyrl.messages['app.name'], CATALOGS['uz-Cyrl']['app.name']);
  assert.match(cyrl.messages['app.name'] as string, /^[\p{Script=Cyrillic}\s]+$/u);
  assert.ok(Array.isArray(compileCatalog('ru').messages['auth.signedInAs']));
});
