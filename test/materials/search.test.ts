import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { BACKENDS } from '../support/databases.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { extractionsIdle } from '../../src/server/materials/extract.ts';
import { makePdf } from './fixtures.ts';
import { makeDialogue, release, uploadAs } from './support.ts';

/** A paper's text in the index, across scripts; and a large upload that holds no other request. */
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
      assert.equal(inside[0].dialogueId, d);
      assert.match(inside[0].snippet.text, /сув ресурслари/);
      assert.ok(inside[0].snippet.marks.length >= 2);
      assert.deepEqual(await find('anonymous'), []);
      await release(t, id);
      assert.equal((await find('anonymous')).length, 1);
    });

    test('a 50 MB upload and its extraction do not hold other requests', async () => {
      const d = await makeDialogue(t, 'public');
      // A real PDF padded to 50 MB with a comment block after its end: still a PDF, and 50 MB to carry.
      const pdf = await makePdf(['A long annex']);
      const big = Buffer.concat([pdf, Buffer.from('\n%'), Buffer.alloc(50 * 1024 * 1024 - pdf.length - 2, 0x20)]);
      const read = async () => {
        const start = performance.now();
        const res = await t.call('GET', `/api/v1/dialogues/${d}`, { as: 'moderator' });
        assert.equal(res.statusCode, 200);
        return performance.now() - start;
      };
      for (let i = 0; i < 3; i++) await read();
      const quiet: number[] = [];
      for (let i = 0; i < 10; i++) quiet.push(await read());
      let done = false;
      const upload = uploadAs(t, `/api/v1/dialogues/${d}/materials`, big, {
        fileName: 'annex.pdf',
        language: 'en',
      }).then(async (res) => {
        assert.equal(res.statusCode, 201, res.body);
        await extractionsIdle(t.deps);
        done = true;
      });
      const busy: number[] = [];
      while (!done) busy.push(await read());
      await upload;
      const worst = Math.max(...busy);
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
      // Reads went on during the upload, and none waited for the whole of it.
      assert.ok(busy.length >= 3, `only ${busy.length} reads during the upload`);
      assert.ok(
        worst < 2000,
        `a read took ${Math.round(worst)} ms during the upload (quiet median ${median(quiet)} ms)`,
      );
    });
  });
}
