import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { BACKENDS } from '../support/databases.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { extractionsIdle } from '../../src/server/materials/extract.ts';
import { makePdf } from './fixtures.ts';
import { makeDialogue, release, uploadAs } from './support.ts';

/** A paper's text in the index, across scripts, with its page. */
for (const backend of BACKENDS) {
  describe(`materials: search and load (${backend})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(backend);
    });
    after(async () => {
      await t?.close();
    });

    test('a Cyrillic PDF is found by a Latin query, with its page and a snippet; outsiders only once public', async () => {
      const d = await makeDialogue(t, 'public');
      const pdf = await makePdf([
        'Кириш сўзи.',
        'Марказий Осиёда сув ресурслари ва энергетика соҳасидаги ҳамкорлик истиқболлари.',
      ]);
      const up = await uploadAs(t, `/api/v1/dialogues/${d}/materials`, pdf, {
        fileName: 'Ҳамкорлик.pdf',
        language: 'uz-Cyrl',
        kind: 'paper',
      });
      assert.equal(up.statusCode, 201, up.body);
      const id = up.json().id;
      await extractionsIdle(t.deps);
      const find = async (as: 'moderator' | 'anonymous') =>
        (
          await t.call('GET', `/api/v1/search?q=${encodeURIComponent('suv resurslari hamkorlik')}&kind=material`, {
            as,
          })
        )
          .json()
          .hits.filter((h: { material?: { id: string } }) => h.material?.id === id);
      const inside = await find('moderator');
      assert.equal(inside.length, 1, JSON.stringify(inside));
      assert.equal(inside[0].material.page, 2);
      assert.equal(inside[0].material.slide, false);
      assert.equal(inside[0].dialogueId, d);
      assert.match(inside[0].snippet.text, /сув ресурслари/);
      assert.ok(inside[0].snippet.marks.length >= 2);
      assert.deepEqual(await find('anonymous'), []);
      await release(t, id);
      assert.equal((await find('anonymous')).length, 1);
    });
  });
}
