import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { PublicationKind } from '../../src/shared/contracts/enums.ts';
import { UI_LANGUAGES } from '../../src/shared/multilingual.ts';
import { generateFromRecord } from '../../src/server/publishing/generate/generate.ts';
import { PLACEHOLDERS } from '../../src/shared/chatham/identifying.ts';
import { BACKENDS, openTestDatabase, type TestDatabase } from '../support/databases.ts';
import { FIXTURES, GOLDEN_NOW, seedGolden, type Fixture } from './fixtures.ts';
import { INSIDER_ONLY_TITLE } from './fixtures-materials.ts';

/**
 * Golden texts: every generator in every language on four records (the demo dialogue of 2020, one
 * wholly under the Chatham House Rule, one with the Rule on an agenda item, one still to come), each
 * written from the outside record as publications are, and compared with the committed text exactly.
 *
 * After a deliberate change to the generators, rewrite the expected files with
 *   UPDATE_GOLDEN=1 npm run test:only -- test/generate/golden
 * and read every changed line (git diff test/generate/expected) for grammar before committing them:
 * a golden file that was not read asserts nothing.
 */
const EXPECTED = join(import.meta.dirname, 'expected');
const update = process.env.UPDATE_GOLDEN === '1';

const fileOf = (fixture: Fixture, kind: PublicationKind, lang: string) => join(EXPECTED, fixture, `${kind}.${lang}.md`);

for (const backend of BACKENDS) {
  describe(`generated texts match the golden files (${backend})`, () => {
    let db: TestDatabase;
    before(async () => {
      db = await openTestDatabase(backend);
      await seedGolden(db.db);
    });
    after(async () => {
      await db.close();
    });

    for (const fixture of Object.keys(FIXTURES) as Fixture[]) {
      for (const kind of PublicationKind.options) {
        test(`${fixture}: ${kind} in ${UI_LANGUAGES.join(', ')}`, async () => {
          for (const lang of UI_LANGUAGES) {
            const g = await generateFromRecord(db.db, FIXTURES[fixture], kind, lang, GOLDEN_NOW);
            const text = `# ${g.title}\n\n${g.body}\n`;
            assert.equal(g.writtenIn, lang, `${fixture} ${kind} is written in ${lang}`);
            const path = fileOf(fixture, kind, lang);
            if (update && backend === BACKENDS[0]) {
              mkdirSync(join(EXPECTED, fixture), { recursive: true });
              writeFileSync(path, text);
            }
            assert.equal(text, readFileSync(path, 'utf8'), `${path} differs`);
          }
        });
      }
    }
  });
}

describe('a press release written on the day of the dialogue gives the date once', () => {
  let db: TestDatabase;
  before(async () => {
    db = await openTestDatabase(BACKENDS[0]!);
    await seedGolden(db.db);
  });
  after(async () => {
    await db.close();
  });
  // The forum starts at 09:00 in Tashkent on 10 June 2027 and runs into the next day.
  for (const [when, now] of [
    ['that morning, before it starts', '2027-06-10T02:00:00Z'],
    ['while it is held', '2027-06-10T06:00:00Z'],
    ['on its second day', '2027-06-11T06:00:00Z'],
  ] as const) {
    test(when, async () => {
      for (const lang of UI_LANGUAGES) {
        const g = await generateFromRecord(db.db, FIXTURES.future, 'press_release', lang, new Date(now));
        const opening = g.body.split('\n\n')[0]!;
        assert.equal(opening.match(/2027/g)?.length, 1, `${lang}: ${opening}`);
      }
    });
  }
});

/** What the issue found in generated texts, checked on every golden text whatever its wording. */
describe('every golden text keeps the house rules', () => {
  const texts = (Object.keys(FIXTURES) as Fixture[]).flatMap((fixture) =>
    PublicationKind.options.flatMap((kind) =>
      UI_LANGUAGES.map((lang) => ({ fixture, kind, lang, text: readFileSync(fileOf(fixture, kind, lang), 'utf8') })),
    ),
  );
  test('no placeholder of a withheld name, no "(name not recorded)", no doubled list numbering', () => {
    for (const { fixture, kind, lang, text } of texts) {
      const at = `${fixture} ${kind}.${lang}`;
      for (const placeholder of Object.values(PLACEHOLDERS))
        assert.ok(!text.includes(placeholder), `${at}: ${placeholder}`);
      assert.doesNotMatch(text, /name not recorded|имя не указано/, at);
      assert.doesNotMatch(text, /^- \d+\./m, at);
      assert.doesNotMatch(text, /««|»»/, `${at}: nested quotation marks are the inner pair`);
    }
  });
  test('no sentence starts with a figure, and numbers under ten are words', () => {
    for (const { fixture, kind, lang, text } of texts) {
      const at = `${fixture} ${kind}.${lang}`;
      assert.doesNotMatch(text, /[.!?] +\d/, `${at}: a sentence starts with a figure`);
      assert.doesNotMatch(text, /[:—] [1-9] [^\d]/, `${at}: a count under ten as a figure`);
    }
  });
  test('a dialogue still to come is announced, never reported as held', () => {
    for (const { kind, lang, text } of texts.filter((x) => x.fixture === 'future')) {
      assert.doesNotMatch(
        text,
        /was held|took place|прошла|состоялась |өтті|өттү|гардид|geçirildi|boʻlib oʻtdi/,
        `${kind}.${lang}`,
      );
    }
  });
  test('the Russian texts of the 2020 dialogue hold no English', () => {
    for (const { kind, text } of texts.filter((x) => x.fixture === 'demo2020' && x.lang === 'ru')) {
      const latin = (text.match(/[A-Za-z]{3,}/g) ?? []).filter((w) => !['RES', 'UTC'].includes(w));
      assert.deepEqual(latin, [], kind);
    }
  });
  test('a material no insider marked public is never named', () => {
    for (const { fixture, kind, lang, text } of texts)
      for (const title of Object.values(INSIDER_ONLY_TITLE))
        assert.ok(!text.includes(title), `${fixture} ${kind}.${lang}`);
  });
  test('under the whole-dialogue Rule no convener that sent a participant is named, as on the outside page', () => {
    for (const { text } of texts.filter((x) => x.fixture === 'chathamWhole'))
      assert.doesNotMatch(
        text,
        /Kazakhstan Institute|Казахстанский институт|Қазақстан стратегиялық|Qozogʻiston strategik|Gazagystanyň strategik/,
      );
  });
});
