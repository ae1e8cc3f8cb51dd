import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import JSZip from 'jszip';
import { getMeta } from 'unpdf';
import { orgId } from '../../src/server/demo/directory-data.ts';
import { BACKENDS } from '../support/databases.ts';
import { startTestApp, type Role, type TestApp } from '../support/app.ts';
import { extractionsIdle } from '../../src/server/materials/extract.ts';
import { jpegMarkers, makeDocx, makeJpegWithExif, makePdf } from './fixtures.ts';
import { makeDialogue, release, uploadAs } from './support.ts';

const OUTSIDERS: Role[] = ['anonymous', 'member'];

/**
 * Who reads a material: insiders always; outsiders (anonymous, another institution's member) only once
 * an insider marked it public, never in a restricted dialogue, and under the Chatham House Rule without
 * the submitting institution and with the people taken out of the file's document properties.
 */
for (const backend of BACKENDS) {
  describe(`materials: the audience (${backend})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(backend);
    });
    after(async () => {
      await t?.close();
    });

    const visible = async (as: Role, dialogueId: string, materialId: string) => {
      const list = await t.call('GET', `/api/v1/dialogues/${dialogueId}/materials`, { as });
      const one = await t.call('GET', `/api/v1/materials/${materialId}`, { as });
      const file = await t.call('GET', `/api/v1/materials/${materialId}/file`, { as });
      const listed = list.statusCode === 200 && list.json().items.some((m: { id: string }) => m.id === materialId);
      assert.equal(one.statusCode === 200, listed, `${as}: the list and the item agree`);
      assert.equal(file.statusCode === 200, listed, `${as}: the file and the item agree`);
      return { listed, one, file, list };
    };

    test('a public dialogue: insiders only until an insider marks it public, then outsiders get that version', async () => {
      const d = await makeDialogue(t, 'public');
      const pdf = await makePdf(['A draft not for the press'], { author: 'Ivan Petrov' });
      const up = await uploadAs(t, `/api/v1/dialogues/${d}/materials`, pdf, {
        fileName: 'draft.pdf',
        language: 'en',
        organizationId: orgId('kaziss'),
      });
      assert.equal(up.statusCode, 201, up.body);
      const m = up.json();
      await extractionsIdle(t.deps);
      for (const as of OUTSIDERS) assert.equal((await visible(as, d, m.id)).listed, false, as);
      assert.equal((await visible('moderator', d, m.id)).listed, true);
      // An outsider may not attach or release.
      assert.equal(
        (await uploadAs(t, `/api/v1/dialogues/${d}/materials`, pdf, { fileName: 'x.pdf', language: 'en' }, 'member'))
          .statusCode,
        403,
      );
      assert.equal(
        (
          await t.call('PATCH', `/api/v1/materials/${m.id}`, {
            as: 'member',
            body: { version: m.version, public: true },
          })
        ).statusCode,
        403,
      );

      await release(t, m.id);
      for (const as of OUTSIDERS) {
        const seen = await visible(as, d, m.id);
        assert.equal(seen.listed, true, as);
        // Outside the Rule the institution is shown, and the file's own name is kept.
        assert.equal(seen.one.json().organizationId, orgId('kaziss'));
        assert.equal(seen.one.json().current.fileName, 'draft.pdf');
        assert.equal(seen.one.json().versions.length, 1);
        assert.equal(seen.file.headers['cache-control'], 'public, no-cache');
      }
      // A new version is for insiders until it is released too: outsiders keep version 1.
      const cur = (await t.call('GET', `/api/v1/materials/${m.id}`, { as: 'moderator' })).json();
      const pdf2 = await makePdf(['The final paper']);
      const v2 = await uploadAs(t, `/api/v1/materials/${m.id}/versions`, pdf2, {
        fileName: 'final.pdf',
        version: cur.version,
      });
      assert.equal(v2.statusCode, 201, v2.body);
      await extractionsIdle(t.deps);
      const outside = (await t.call('GET', `/api/v1/materials/${m.id}`, { as: 'anonymous' })).json();
      assert.equal(outside.current.number, 1);
      assert.equal(
        (await t.call('GET', `/api/v1/materials/${m.id}/file?version=2`, { as: 'anonymous' })).statusCode,
        404,
      );
      assert.equal(
        (await t.call('GET', `/api/v1/materials/${m.id}/file?version=1`, { as: 'moderator' })).statusCode,
        200,
      );
    });

    test('a restricted dialogue: its materials never reach outsiders, even marked public', async () => {
      const d = await makeDialogue(t, 'restricted');
      const m = (
        await uploadAs(t, `/api/v1/dialogues/${d}/materials`, Buffer.from('Closed notes\n'), {
          fileName: 'n.txt',
          language: 'en',
        })
      ).json();
      await release(t, m.id);
      for (const as of OUTSIDERS) {
        assert.equal((await t.call('GET', `/api/v1/dialogues/${d}/materials`, { as })).statusCode, 404);
        assert.equal((await t.call('GET', `/api/v1/materials/${m.id}`, { as })).statusCode, 404);
        assert.equal((await t.call('GET', `/api/v1/materials/${m.id}/file`, { as })).statusCode, 404);
      }
      assert.equal((await visible('moderator', d, m.id)).listed, true);
    });

    test('under the Chatham House Rule: no institution, a neutral name, and the public copy has no author', async () => {
      const d = await makeDialogue(t, 'chatham_house', 'A frank round');
      const pdf = await makePdf(['Frank views on water'], { author: 'Ivan Petrov' });
      const docx = await makeDocx(['Frank views on energy'], { creator: 'Aigerim Nurlanova' });
      const photo = makeJpegWithExif('Timur Alimov', [41, 18, 42]);
      const ids: string[] = [];
      for (const [bytes, name] of [
        [pdf, 'Petrov-views.pdf'],
        [docx, 'Nurlanova-views.docx'],
        [photo, 'whiteboard.jpg'],
      ] as const) {
        // The title is the clearer's to word; the file's own name and properties are the server's to withhold.
        const up = await uploadAs(t, `/api/v1/dialogues/${d}/materials`, bytes, {
          fileName: name,
          title: 'Frank views',
          language: 'en',
          organizationId: orgId('kaziss'),
        });
        assert.equal(up.statusCode, 201, up.body);
        ids.push(up.json().id);
      }
      await extractionsIdle(t.deps);
      for (const id of ids) {
        for (const as of OUTSIDERS) assert.equal((await visible(as, d, id)).listed, false);
        await release(t, id);
      }
      const [pdfId, docxId, photoId] = ids as [string, string, string];
      for (const as of OUTSIDERS) {
        const { one, file, list } = await visible(as, d, pdfId);
        assert.equal(one.json().organizationId, null);
        assert.ok(!list.body.includes('Petrov') && !list.body.includes(orgId('kaziss')), list.body);
        assert.ok(!String(file.headers['content-disposition']).includes('Petrov'));
        const meta = await getMeta(new Uint8Array(file.rawPayload));
        const info = meta.info as Record<string, unknown>;
        assert.ok(!info.Author, `PDF author: ${String(info.Author)}`);
        assert.ok(!info.Creator, `PDF creator: ${String(info.Creator)}`);
        assert.ok(!file.rawPayload.toString('latin1').includes('Petrov'));
        const docFile = (await visible(as, d, docxId)).file;
        const core = await (await JSZip.loadAsync(docFile.rawPayload)).file('docProps/core.xml')!.async('string');
        assert.match(core, /<dc:creator><\/dc:creator>|<dc:creator\/>/, core);
        assert.ok(!core.includes('Nurlanova'), core);
        // The photo: no EXIF (owner, GPS position) and no XMP; the pixels are the same bytes.
        const shot = (await visible(as, d, photoId)).file.rawPayload;
        assert.ok(!jpegMarkers(shot).includes(0xe1), `segments ${jpegMarkers(shot).join(',')}`);
        const text = shot.toString('latin1');
        assert.ok(!text.includes('Alimov') && !text.includes('Exif') && !text.includes('xmpmeta'));
        const pixels = (b: Buffer) => b.subarray(b.indexOf(Buffer.from([0xff, 0xda])));
        assert.deepEqual(pixels(shot), pixels(photo));
      }
      const insidePhoto = await t.call('GET', `/api/v1/materials/${photoId}/file`, { as: 'moderator' });
      assert.deepEqual(insidePhoto.rawPayload, photo);
      // Insiders keep the original, author and all.
      const inside = await t.call('GET', `/api/v1/materials/${pdfId}/file`, { as: 'moderator' });
      assert.equal(
        ((await getMeta(new Uint8Array(inside.rawPayload))).info as Record<string, unknown>).Author,
        'Ivan Petrov',
      );
      const insideOne = (await t.call('GET', `/api/v1/materials/${pdfId}`, { as: 'moderator' })).json();
      assert.equal(insideOne.organizationId, orgId('kaziss'));
    });
  });
}
