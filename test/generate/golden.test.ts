import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { PublicationKind } from '../../src/shared/contracts/enums.ts';
import { UI_LANGUAGES } from '../../src/shared/multilingual.ts';
import { generateFromRecord } from '../../src/server/publishing/generate/generate.ts';
import { BACKENDS, openTestDatabase, type TestDatabase } from '../support/databases.ts';
import { FIXTURES, GOLDEN_NOW, seedGolden, type Fixture } from './fixtures.ts';

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
