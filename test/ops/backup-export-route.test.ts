import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { verifyArchive } from '../../src/server/backup/verify-archive.ts';
import { DIALOGUE_2020_ID } from '../../src/server/demo/dialogue-2020.ts';
import { BACKENDS } from '../support/databases.ts';
import { startTestApp, type TestApp } from '../support/app.ts';

for (const backend of BACKENDS) {
  describe(`GET /api/v1/admin/export (${backend})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(backend);
    });
    after(async () => {
      await t.close();
    });

    test('anonymous readers, members and a dialogue’s own participants are refused and learn nothing', async () => {
      // The participant is an insider of the demo dialogue: that gives no right to the whole database.
      const dialogue = await t.call('GET', `/api/v1/dialogues/${DIALOGUE_2020_ID}`, { as: 'participant' });
      assert.equal(dialogue.statusCode, 200);
      for (const [as, status] of [
        ['anonymous', 401],
        ['member', 403],
        ['participant', 403],
        ['moderator', 403],
      ] as const) {
        const res = await t.call('GET', '/api/v1/admin/export', { as });
        assert.equal(res.statusCode, status, `${as}: ${res.body}`);
        assert.match(String(res.headers['content-type']), /^application\/problem\+json/, as);
        assert.equal(res.headers['content-disposition'], undefined, as);
        assert.ok(res.rawPayload.length < 1000, `${as} gets a short problem, not data`);
        assert.doesNotMatch(res.body, /expert-dialogue-archive|argon2|ed_session|sha256/, as);
      }
    });

    test('the secretariat gets a whole archive, never cached, and one export at a time', async () => {
      const [first, second] = await Promise.all([
        t.call('GET', '/api/v1/admin/export', { as: 'admin' }),
        t.call('GET', '/api/v1/admin/export', { as: 'admin' }),
      ]);
      const ok = [first, second].filter((r) => r.statusCode === 200);
      const busy = [first, second].filter((r) => r.statusCode === 429);
      assert.equal(ok.length, 1, `${first!.statusCode} ${second!.statusCode}`);
      assert.equal(busy.length, 1);
      assert.ok(busy[0]!.headers['retry-after'], 'a refused export says when to come back');
      const res = ok[0]!;
      assert.equal(res.headers['cache-control'], 'no-store');
      assert.equal(res.headers['content-type'], 'application/gzip');
      assert.match(String(res.headers['content-disposition']), /attachment; filename="expert-dialogue-.+\.ed\.gz"/);
      const contents = await verifyArchive(Readable.from([res.rawPayload]));
      assert.equal(contents.header.source.backend, backend);
      assert.ok(contents.tables >= 40, `tables: ${contents.tables}`);
      assert.ok(contents.rows > 1000, `rows: ${contents.rows}`);
      // Once the first is done, the next may start.
      const again = await t.call('GET', '/api/v1/admin/export', { as: 'admin' });
      assert.equal(again.statusCode, 200);
    });
  });
}
