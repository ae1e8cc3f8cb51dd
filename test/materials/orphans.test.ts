import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { BACKENDS } from '../support/databases.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { extractionsIdle } from '../../src/server/materials/extract.ts';
import { guardChunks } from '../../src/server/materials/orphans.ts';
import { writeChunks } from '../../src/server/materials/storage.ts';
import { runDueJobs } from '../../src/server/jobs/worker.ts';
import { JOB_HANDLERS } from '../../src/server/jobs/handlers.ts';
import { makePdf } from './fixtures.ts';
import { makeDialogue, materialCounts, uploadAs } from './support.ts';

/** Chunks never outlive their upload: a failure, an abort or a crash leaves no rows behind. */
for (const backend of BACKENDS) {
  describe(`materials: no orphan chunks (${backend})`, () => {
    let t: TestApp;
    let d = '';
    let now = new Date('2026-03-01T08:00:00Z');
    const rows = async (q: ReturnType<typeof sql>) =>
      ((await t.database.db.execute(q)) as unknown as { rows: Record<string, unknown>[] }).rows;
    const chunksOf = async (versionId: string) =>
      Number((await rows(sql`select count(*) n from material_chunks where version_id = ${versionId}`))[0]!.n);

    before(async () => {
      t = await startTestApp(backend, { clock: () => now });
      d = await makeDialogue(t, 'public');
    });
    after(async () => {
      await t?.close();
    });

    test('an upload that fails after its chunks are written removes them, and its guard job', async () => {
      const counts = await materialCounts(t);
      // The version's row is refused by the database, after every chunk is in.
      await t.database.db.execute(
        sql`alter table material_versions add constraint refuse_doomed check (file_name <> 'doomed.pdf')`,
      );
      try {
        const res = await uploadAs(t, `/api/v1/dialogues/${d}/materials`, await makePdf(['Doomed']), {
          fileName: 'doomed.pdf',
          language: 'en',
        });
        assert.equal(res.statusCode, 400, res.body);
        assert.match(res.json().detail, /refuse_doomed/);
      } finally {
        await t.database.db.execute(sql`alter table material_versions drop constraint refuse_doomed`);
      }
      assert.equal(await materialCounts(t), counts);
      assert.deepEqual(await rows(sql`select key from jobs where kind = 'material.discard'`), []);
    });

    test('an upload whose client goes away mid-body stores nothing', async () => {
      const counts = await materialCounts(t);
      const pdf = await makePdf(['Cut short']);
      const body = new Readable({ read() {} });
      body.push(pdf.subarray(0, 200));
      setTimeout(() => body.destroy(new Error('the client went away')), 50);
      await t.fastify
        .inject({
          method: 'POST',
          url: `/api/v1/dialogues/${d}/materials?fileName=cut.pdf&language=en`,
          headers: {
            'content-type': 'application/octet-stream',
            'content-length': String(pdf.length),
            cookie: t.clients.moderator.cookie!,
            'x-csrf-token': t.clients.moderator.csrf!,
          },
          payload: body,
        })
        .catch(() => null);
      assert.equal(await materialCounts(t), counts);
    });

    test('chunks a crash left behind are removed by the guard job; a finished upload keeps its own', async () => {
      const lost = randomUUID();
      await guardChunks(t.database.db, lost, now);
      await writeChunks(t.database.db, lost, 'original', Buffer.alloc(700 * 1024, 0x20));
      assert.equal(await chunksOf(lost), 2);
      const kept = await uploadAs(t, `/api/v1/dialogues/${d}/materials`, await makePdf(['Kept']), {
        fileName: 'kept.pdf',
        language: 'en',
      });
      assert.equal(kept.statusCode, 201, kept.body);
      await extractionsIdle(t.deps);
      // Still within the hour an upload may take: the job waits.
      await runDueJobs(t.deps, JOB_HANDLERS);
      assert.equal(await chunksOf(lost), 2);
      now = new Date(now.getTime() + 2 * 3600_000);
      await runDueJobs(t.deps, JOB_HANDLERS);
      assert.equal(await chunksOf(lost), 0);
      const file = await t.call('GET', `/api/v1/materials/${kept.json().id}/file`, { as: 'moderator' });
      assert.equal(file.statusCode, 200);
      assert.equal(file.rawPayload.length, kept.json().current.size);
    });

    test('a text file is sent as stored, uncompressed, under a strong ETag', async () => {
      const text = Buffer.from('Notes of the round. '.repeat(400));
      const up = await uploadAs(t, `/api/v1/dialogues/${d}/materials`, text, { fileName: 'notes.txt', language: 'en' });
      assert.equal(up.statusCode, 201, up.body);
      await extractionsIdle(t.deps);
      const file = await t.call('GET', `/api/v1/materials/${up.json().id}/file`, {
        as: 'moderator',
        headers: { 'accept-encoding': 'br, gzip' },
      });
      assert.equal(file.headers['content-encoding'], undefined);
      assert.equal(file.headers.etag, `"${up.json().current.sha256.slice(0, 32)}"`);
      assert.deepEqual(file.rawPayload, text);
    });
  });
}
