import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { gunzipSync, gzipSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';
import type { PGlite } from '@electric-sql/pglite';
import { buildApp } from '../../src/server/app.ts';
import { testConfig } from '../../src/server/config.ts';
import { importArchive, ImportRefused, type ImportTarget } from '../../src/server/backup/import-archive.ts';
import { ArchiveError } from '../../src/server/backup/archive-format.ts';
import { verifyArchive } from '../../src/server/backup/verify-archive.ts';
import { inPgliteTransaction, inPostgresTransaction } from '../../src/server/backup/sql-session.ts';
import type { SqlSession } from '../../src/server/backup/sql-session.ts';
import { BACKENDS } from '../support/databases.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { addWrites, caller, emptyDatabase, rowsIn, tableDigests, views } from './backup-support.ts';
import type pg from 'pg';
import { ml } from '../../src/shared/multilingual.ts';

const fromBytes = (bytes: Buffer) => Readable.from([bytes]);

/** A read on the source test app's own database. */
async function readSource<T>(t: TestApp, fn: (s: SqlSession) => Promise<T>): Promise<T> {
  const client = (t.database.db as unknown as { $client: PGlite | pg.Pool }).$client;
  if (t.database.kind === 'pglite') return inPgliteTransaction(client as PGlite, fn);
  const c = await (client as pg.Pool).connect();
  try {
    return await inPostgresTransaction(c, 'read', fn);
  } finally {
    c.release();
  }
}

for (const source of BACKENDS) {
  describe(`backup and restore from ${source}`, () => {
    let t: TestApp;
    let archive: Buffer;
    let expected: Map<string, string>;
    let digests: unknown;

    before(async () => {
      t = await startTestApp(source);
      await addWrites(caller(t.fastify, t.clients));
      const res = await t.call('GET', '/api/v1/admin/export', { as: 'admin' });
      assert.equal(res.statusCode, 200, res.body.slice(0, 300));
      assert.equal(res.headers['content-type'], 'application/gzip');
      assert.equal(res.headers['cache-control'], 'no-store');
      archive = res.rawPayload;
      expected = await views(caller(t.fastify, t.clients));
      digests = withoutHeartbeats(await readSource(t, tableDigests));
    });
    after(async () => {
      await t.close();
    });

    for (const target of BACKENDS) {
      test(`${source} → ${target}: every table, record, tracker, publication, news page and search answers as before`, async () => {
        const empty = await emptyDatabase(target);
        try {
          const summary = await importArchive(empty.target, fromBytes(archive));
          assert.equal(summary.header.source.backend, source);
          assert.ok(summary.rows > 1000, `rows loaded: ${summary.rows}`);
          assert.deepEqual(
            withoutHeartbeats(await empty.read(tableDigests)),
            digests,
            'every table holds the same rows',
          );
          const database = await empty.open();
          const app = await buildApp(testConfig(), database);
          try {
            // The sessions came along: the same signed-in clients read the new server.
            const got = await views(caller(app.fastify, t.clients));
            assert.deepEqual([...got.keys()], [...expected.keys()]);
            for (const [what, body] of expected) assert.equal(got.get(what), body, what);
            // Counters carried: a new row gets an id after every id restored, not a duplicate key.
            const write = await caller(app.fastify, t.clients)('POST', '/api/v1/areas', 'admin', {
              slug: 'restored',
              name: ml({ en: 'Restored area' }),
            });
            assert.equal(write.status, 201, write.body);
          } finally {
            await app.fastify.close();
          }
        } finally {
          await empty.drop();
        }
      });
    }

    test('a truncated or altered archive is refused, and the target stays empty', async () => {
      const target = BACKENDS.at(-1)!;
      const empty = await emptyDatabase(target);
      try {
        const plain = gunzipSync(archive);
        const at = plain.indexOf('Multilateral');
        assert.ok(at > 0, 'the archive holds the record in clear text');
        const altered = Buffer.from(plain);
        altered.write('Unilateral!!', at);
        const cases: [string, Buffer, RegExp][] = [
          ['cut short', archive.subarray(0, Math.floor(archive.length * 0.7)), /truncated/],
          ['cut before its trailer', gzipSync(plain.subarray(0, plain.lastIndexOf('{"kind":"trailer"'))), /truncated/],
          ['a word changed', gzipSync(altered), /altered/],
          ['a compressed byte flipped', flip(archive), /truncated or damaged|altered|damaged/],
          ['not an archive', gzipSync(Buffer.from('hello\n')), /not an archive/],
        ];
        for (const [what, bytes, message] of cases) {
          await assert.rejects(importArchive(empty.target, fromBytes(bytes)), (err: Error) => {
            assert.ok(err instanceof ArchiveError, `${what}: ${err.stack}`);
            assert.match(err.message, message, what);
            return true;
          });
          await assert.rejects(verifyArchive(fromBytes(bytes)), ArchiveError, what);
          assert.equal(await empty.read(rowsIn), 0, `${what}: nothing was loaded`);
        }
        // The good archive still loads into it afterwards.
        assert.ok((await importArchive(empty.target, fromBytes(archive))).rows > 1000);
      } finally {
        await empty.drop();
      }
    });

    test('a database that holds rows is refused, and keeps them', async () => {
      const target: ImportTarget =
        source === 'pglite'
          ? { kind: 'pglite', client: (t.database.db as unknown as { $client: PGlite }).$client }
          : { kind: 'postgres', url: t.database.url! };
      const before = withoutHeartbeats(await readSource(t, tableDigests));
      await assert.rejects(importArchive(target, fromBytes(archive)), (err: Error) => {
        assert.ok(err instanceof ImportRefused, err.stack);
        assert.match(err.message, /not empty/);
        return true;
      });
      assert.deepEqual(withoutHeartbeats(await readSource(t, tableDigests)), before);
    });
  });
}

/** The running source moves its own live instance's heartbeat after the export: that row alone may differ. */
function withoutHeartbeats(digests: Record<string, string>): Record<string, string> {
  const { 'public.live_instances': _, ...rest } = digests;
  return rest;
}

/** The archive with one byte in the middle of its compressed stream changed. */
function flip(bytes: Buffer): Buffer {
  const copy = Buffer.from(bytes);
  const i = Math.floor(copy.length / 2);
  copy[i] = copy[i]! ^ 0x5a;
  return copy;
}
