import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { BACKENDS } from '../support/databases.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { extractionsIdle } from '../../src/server/materials/extract.ts';
import { makeDocx, makeDocxBomb, makeExecutable, makePdf, makePptx } from './fixtures.ts';
import { makeDialogue, materialCounts, uploadAs } from './support.ts';

/** Upload, versions, downloads with Range and the headers that keep a browser from running a file; bad files. */
for (const backend of BACKENDS) {
  describe(`materials: upload, versions, downloads (${backend})`, () => {
    let t: TestApp;
    let id = '';
    const upload = (bytes: Buffer, query: Record<string, string>) =>
      uploadAs(t, `/api/v1/dialogues/${id}/materials`, bytes, query);

    before(async () => {
      t = await startTestApp(backend, { config: { materialMaxBytes: 2 * 1024 * 1024 } });
      id = await makeDialogue(t, 'public');
    });
    after(async () => {
      await t?.close();
    });

    test('a PDF is stored, read back whole and by range, and its text and preview are made off the request', async () => {
      const pdf = await makePdf(['Водные ресурсы Центральной Азии', 'Second page about energy']);
      const res = await upload(pdf, { fileName: 'Доклад о воде.pdf', language: 'ru', kind: 'paper' });
      assert.equal(res.statusCode, 201, res.body);
      const m = res.json();
      assert.equal(m.current.type, 'pdf');
      assert.equal(m.current.size, pdf.length);
      assert.equal(m.title.texts.ru.text, 'Доклад о воде');
      await extractionsIdle(t.deps);
      const file = await t.call('GET', `/api/v1/materials/${m.id}/file`, { as: 'moderator' });
      assert.equal(file.statusCode, 200);
      assert.deepEqual(file.rawPayload, pdf);
      assert.equal(file.headers['x-content-type-options'], 'nosniff');
      assert.match(String(file.headers['content-security-policy']), /^sandbox/);
      assert.equal(file.headers['accept-ranges'], 'bytes');
      assert.equal(file.headers['cache-control'], 'private, no-store');
      // RFC 6266: an ASCII fallback, and the Cyrillic name itself in UTF-8.
      const disposition = String(file.headers['content-disposition']);
      assert.match(disposition, /^inline; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
      assert.equal(decodeURIComponent(disposition.split("UTF-8''")[1]!), 'Доклад о воде.pdf');

      const part = await t.call('GET', `/api/v1/materials/${m.id}/file`, {
        as: 'moderator',
        headers: { range: 'bytes=100-199' },
      });
      assert.equal(part.statusCode, 206);
      assert.equal(part.headers['content-range'], `bytes 100-199/${pdf.length}`);
      assert.deepEqual(part.rawPayload, pdf.subarray(100, 200));
      const tail = await t.call('GET', `/api/v1/materials/${m.id}/file`, {
        as: 'moderator',
        headers: { range: 'bytes=-10' },
      });
      assert.deepEqual(tail.rawPayload, pdf.subarray(pdf.length - 10));
      const beyond = await t.call('GET', `/api/v1/materials/${m.id}/file`, {
        as: 'moderator',
        headers: { range: `bytes=${pdf.length}-` },
      });
      assert.equal(beyond.statusCode, 416);
      assert.equal(beyond.headers['content-range'], `bytes */${pdf.length}`);
      const same = await t.call('GET', `/api/v1/materials/${m.id}/file`, {
        as: 'moderator',
        headers: { 'if-none-match': String(file.headers.etag) },
      });
      assert.equal(same.statusCode, 304);

      // A strong validator, the hash of these bytes, even to a reader who takes compressed answers:
      // If-Range with it resumes (206); with a stale one, or a weak one, the whole file comes (200).
      const etag = String(file.headers.etag);
      assert.match(etag, /^"[0-9a-f]{32}"$/);
      assert.equal(etag, `"${m.current.sha256.slice(0, 32)}"`);
      const resume = (ifRange: string) =>
        t.call('GET', `/api/v1/materials/${m.id}/file`, {
          as: 'moderator',
          headers: { range: 'bytes=100-', 'if-range': ifRange, 'accept-encoding': 'br, gzip' },
        });
      const resumed = await resume(etag);
      assert.equal(resumed.statusCode, 206);
      assert.equal(resumed.headers.etag, etag);
      assert.deepEqual(resumed.rawPayload, pdf.subarray(100));
      for (const stale of ['"0123456789abcdef0123456789abcdef"', `W/${etag}`]) {
        const whole = await resume(stale);
        assert.equal(whole.statusCode, 200, stale);
        assert.equal(whole.headers['content-encoding'], undefined);
        assert.deepEqual(whole.rawPayload, pdf, stale);
      }

      const read = (await t.call('GET', `/api/v1/materials/${m.id}`, { as: 'moderator' })).json();
      assert.equal(read.current.extraction, 'done');
      assert.equal(read.current.pages, 2);
      assert.equal(read.current.preview, true);
      const preview = await t.call('GET', `/api/v1/materials/${m.id}/preview`, { as: 'moderator' });
      assert.equal(preview.statusCode, 200);
      assert.equal(preview.headers['content-type'], 'image/png');
      assert.deepEqual([...preview.rawPayload.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47]);
    });

    test('a new upload is a new version; the earlier one stays readable', async () => {
      const first = await makeDocx(['First draft of the note.']);
      const m = (await upload(first, { fileName: 'note.docx', language: 'en', kind: 'background_note' })).json();
      assert.equal(m.current.type, 'docx');
      const second = makePptx(['Slide one', 'Slide two']);
      const stale = await uploadAs(t, `/api/v1/materials/${m.id}/versions`, second, {
        fileName: 'a.pptx',
        version: 99,
      });
      assert.equal(stale.statusCode, 409);
      const res = await uploadAs(t, `/api/v1/materials/${m.id}/versions`, second, {
        fileName: 'note-final.pptx',
        version: m.version,
      });
      assert.equal(res.statusCode, 201, res.body);
      const now = res.json();
      assert.equal(now.current.number, 2);
      assert.equal(now.current.type, 'pptx');
      assert.deepEqual(
        now.versions.map((v: { number: number }) => v.number),
        [2, 1],
      );
      const v1 = await t.call('GET', `/api/v1/materials/${m.id}/file?version=1`, { as: 'moderator' });
      assert.deepEqual(v1.rawPayload, first);
      // Not a PDF or an image: an attachment, never shown inline.
      assert.match(String(v1.headers['content-disposition']), /^attachment;/);
      const v2 = await t.call('GET', `/api/v1/materials/${m.id}/file`, { as: 'moderator' });
      assert.deepEqual(v2.rawPayload, second);
      await extractionsIdle(t.deps);
      const read = (await t.call('GET', `/api/v1/materials/${m.id}`, { as: 'moderator' })).json();
      assert.equal(read.current.pages, 2);
    });

    test('bad files answer problem+json naming the body, and nothing is stored', async () => {
      const before = await materialCounts(t);
      const cases: [string, Buffer, number, string][] = [
        ['a renamed executable', makeExecutable(), 415, 'file_type_refused'],
        ['a ZIP bomb in a DOCX', makeDocxBomb(), 422, 'file_unsafe'],
        ['a file over the limit', Buffer.alloc(2 * 1024 * 1024 + 1, 0x41), 413, 'body_too_large'],
        ['HTML posing as text', Buffer.from('<!doctype html><script>alert(1)</script>'), 415, 'file_type_refused'],
      ];
      for (const [what, bytes, status, code] of cases) {
        const res = await upload(bytes, { fileName: 'paper.pdf', language: 'en' });
        assert.equal(res.statusCode, status, `${what}: ${res.body}`);
        assert.match(String(res.headers['content-type']), /^application\/problem\+json/, what);
        assert.equal(res.json().code, code, what);
        assert.equal(res.json().errors[0].path, 'body', what);
      }
      const wrongAnchor = await upload(await makePdf(['x']), {
        fileName: 'a.pdf',
        language: 'en',
        agendaItemId: '00000000-0000-4000-8000-000000000000',
      });
      assert.equal(wrongAnchor.statusCode, 400);
      assert.equal(wrongAnchor.json().errors[0].path, 'query.agendaItemId');
      assert.equal(await materialCounts(t), before);
    });

    test('the count limit holds', async () => {
      const small = await startTestApp(backend, { config: { materialsPerDialogue: 1 } });
      try {
        const d = await makeDialogue(small, 'public');
        const url = `/api/v1/dialogues/${d}/materials`;
        const text = Buffer.from('Notes of the round.\n');
        assert.equal((await uploadAs(small, url, text, { fileName: 'a.txt', language: 'en' })).statusCode, 201);
        const second = await uploadAs(small, url, text, { fileName: 'b.txt', language: 'en' });
        assert.equal(second.statusCode, 409, second.body);
        await extractionsIdle(small.deps);
      } finally {
        await small.close();
      }
    });
  });
}
