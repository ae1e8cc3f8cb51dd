import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ml } from '../../src/shared/multilingual.ts';
import { orgId, personId } from '../../src/server/demo/directory-data.ts';
import { BACKENDS } from '../support/databases.ts';
import { startTestApp, type Client, type Role, type TestApp } from '../support/app.ts';
import { extractionsIdle } from '../../src/server/materials/extract.ts';
import { makePdf } from './fixtures.ts';

for (const backend of BACKENDS) {
  describe(`materials (${backend})`, () => {
    let t: TestApp;
    let id = '';
    const upload = (bytes: Buffer, query: Record<string, string>, as: Role | Client = 'moderator', url?: string) => {
      const client = typeof as === 'object' ? as : t.clients[as];
      return t.fastify.inject({
        method: 'POST',
        url: url ?? `/api/v1/dialogues/${id}/materials?${new URLSearchParams(query)}`,
        headers: {
          'content-type': 'application/octet-stream',
          ...(client.cookie ? { cookie: client.cookie } : {}),
          ...(client.csrf ? { 'x-csrf-token': client.csrf } : {}),
        },
        payload: bytes,
      });
    };

    before(async () => {
      t = await startTestApp(backend);
      const res = await t.call('POST', '/api/v1/dialogues', {
        as: 'admin',
        body: {
          title: ml({ en: 'Water and energy round' }),
          format: 'videoconference',
          startsAt: '2021-03-01T05:00:00Z',
          endsAt: '2021-03-01T07:00:00Z',
          hostZone: 'Asia/Tashkent',
          status: 'concluded',
          confidentiality: 'public',
          languages: ['ru', 'en'],
          media: { kind: 'built_in' },
          convenerIds: [],
          referenceDocumentIds: [],
        },
      });
      assert.equal(res.statusCode, 201, res.body);
      id = res.json().id;
      const chair = await t.call('POST', `/api/v1/dialogues/${id}/participants`, {
        as: 'admin',
        body: { personId: personId('unrcca'), organizationId: orgId('unrcca'), role: 'chair', invitation: 'accepted' },
      });
      assert.equal(chair.statusCode, 201, chair.body);
    });
    after(async () => {
      await t?.close();
    });

    test('upload, then download whole and by range', async () => {
      const pdf = await makePdf(['Водные ресурсы Центральной Азии', 'Second page about energy'], {
        author: 'Ivan Petrov',
      });
      const res = await upload(pdf, { fileName: 'Доклад о воде.pdf', language: 'ru', kind: 'paper' });
      assert.equal(res.statusCode, 201, res.body);
      const m = res.json();
      assert.equal(m.current.type, 'pdf');
      assert.equal(m.current.size, pdf.length);
      await extractionsIdle(t.deps);
      const file = await t.call('GET', `/api/v1/materials/${m.id}/file`, { as: 'moderator' });
      assert.equal(file.statusCode, 200);
      assert.deepEqual(file.rawPayload, pdf);
      const part = await t.call('GET', `/api/v1/materials/${m.id}/file`, {
        as: 'moderator',
        headers: { range: 'bytes=100-199' },
      });
      assert.equal(part.statusCode, 206);
      assert.deepEqual(part.rawPayload, pdf.subarray(100, 200));
      const read = await t.call('GET', `/api/v1/materials/${m.id}`, { as: 'moderator' });
      assert.equal(read.json().current.extraction, 'done', read.body);
      assert.equal(read.json().current.pages, 2);
      console.log(file.headers);
    });
  });
}
