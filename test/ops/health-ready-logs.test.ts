import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { buildApp } from '../../src/server/app.ts';
import type { Db } from '../../src/server/db/database.ts';
import { checkReadiness } from '../../src/server/ops/readiness.ts';
import { withDatabase } from '../support/template.ts';
import { testConfig } from '../../src/server/config.ts';
import { BACKENDS, openTestDatabase } from '../support/databases.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { startServer, stopServer, type ServerProcess } from '../support/server-process.ts';
import { makeDatabase } from './made-database.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

for (const backend of BACKENDS) {
  describe(`liveness and readiness (${backend})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(backend);
    });
    after(async () => t.close());

    test('ready: the database answers and every migration is applied; 503 when one is missing or while draining', async () => {
      const ok = await t.call('GET', '/api/v1/ready');
      assert.equal(ok.statusCode, 200, ok.body);
      assert.deepEqual(ok.json(), { status: 'ready', database: true, migrations: true, draining: false });
      assert.equal(ok.headers['cache-control'], 'no-store');

      // As if this build were newer than the database: its last migration not applied.
      const [newest] = (
        (await t.deps.db.execute(
          sql`select id, hash, created_at from drizzle.__drizzle_migrations order by created_at desc limit 1`,
        )) as unknown as { rows: { id: number; hash: string; created_at: string }[] }
      ).rows;
      await t.deps.db.execute(sql`delete from drizzle.__drizzle_migrations where id = ${newest!.id}`);
      const behind = await t.call('GET', '/api/v1/ready');
      assert.equal(behind.statusCode, 503);
      assert.deepEqual(behind.json(), { status: 'unavailable', database: true, migrations: false, draining: false });
      await t.deps.db.execute(
        sql`insert into drizzle.__drizzle_migrations (id, hash, created_at) values (${newest!.id}, ${newest!.hash}, ${newest!.created_at})`,
      );
      assert.equal((await t.call('GET', '/api/v1/ready')).statusCode, 200);

      t.ops.draining = true;
      const draining = await t.call('GET', '/api/v1/ready');
      assert.equal(draining.statusCode, 503);
      assert.equal(draining.json().draining, true);
      assert.equal((await t.call('GET', '/api/v1/health')).statusCode, 200, 'still alive while draining');
      t.ops.draining = false;
    });

    test('health is liveness and reads nothing; ready says the database is gone', async () => {
      const database = await openTestDatabase(backend);
      const app = await buildApp(testConfig(), database);
      try {
        await database.close();
        const health = await app.fastify.inject({ method: 'GET', url: '/api/v1/health' });
        assert.equal(health.statusCode, 200, health.body);
        assert.equal(health.json().status, 'ok');
        const ready = await app.fastify.inject({ method: 'GET', url: '/api/v1/ready' });
        assert.equal(ready.statusCode, 503, ready.body);
        assert.deepEqual(ready.json(), { status: 'unavailable', database: false, migrations: false, draining: false });
      } finally {
        await app.fastify.close().catch(() => undefined);
      }
    });

    test('a database no migration has run on is reachable but not ready', async () => {
      if (backend === 'pglite') {
        const client = await PGlite.create();
        try {
          const state = await checkReadiness(drizzlePglite({ client }) as unknown as Db, false);
          assert.deepEqual(state, { status: 'unavailable', database: true, migrations: false, draining: false });
        } finally {
          await client.close();
        }
        return;
      }
      const adminUrl = process.env.TEST_DATABASE_URL!;
      const name = `${process.env.ED_PG_PREFIX ?? 'ed_test_'}bare_${process.pid}`;
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`create database "${name}"`);
      // One client, ended before the drop: a pool could still hold a connection the drop terminates.
      const client = new pg.Client({ connectionString: withDatabase(adminUrl, name) });
      await client.connect();
      try {
        const state = await checkReadiness(drizzlePg({ client }) as unknown as Db, false);
        assert.deepEqual(state, { status: 'unavailable', database: true, migrations: false, draining: false });
      } finally {
        await client.end();
        await admin.query(`drop database if exists "${name}" with (force)`);
        await admin.end();
      }
    });

    test('every answer names its request id; a caller names it only through a trusted proxy', async () => {
      const a = await t.call('GET', '/api/v1/health', { headers: { 'x-request-id': 'chosen-by-caller' } });
      assert.match(String(a.headers['x-request-id']), UUID, 'without TRUST_PROXY, a fresh id');
      const b = await t.call('GET', '/api/v1/health');
      assert.notEqual(a.headers['x-request-id'], b.headers['x-request-id']);
      const proxied = await startTestApp(backend, { config: { trustProxy: true } });
      try {
        const c = await proxied.call('GET', '/api/v1/health', { headers: { 'x-request-id': 'f00d.1:2-3_4' } });
        assert.equal(c.headers['x-request-id'], 'f00d.1:2-3_4');
        for (const bad of ['a b', 'x'.repeat(129), 'line\u2028break', '']) {
          const d = await proxied.call('GET', '/api/v1/health', { headers: { 'x-request-id': bad } });
          assert.match(String(d.headers['x-request-id']), UUID, JSON.stringify(bad));
        }
      } finally {
        await proxied.close();
      }
    });
  });
}

describe('the log of a real server: JSON, one line per request, with its id', () => {
  let server: ServerProcess;
  let dataDir = '';
  let made: Awaited<ReturnType<typeof makeDatabase>> | undefined;
  before(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'ed-logs-'));
    // On PostgreSQL when there is one: a copy of the migrated template starts at once.
    made = process.env.TEST_DATABASE_URL ? await makeDatabase('logs') : undefined;
    server = await startServer(
      {
        ...(made ? { DATABASE_URL: made.url } : { DATA_DIR: dataDir }),
        DEMO: '0',
        PUBLIC_URL: 'https://dialogue.example.org',
        LOG_LEVEL: 'info',
        NODE_ENV: 'production',
      },
      240_000,
    );
  });
  after(async () => {
    if (server) await stopServer(server);
    await made?.drop();
    await rm(dataDir, { recursive: true, force: true });
  });

  test('at the default level each request is one JSON line naming its id, route pattern, status and client', async () => {
    const ids: string[] = [];
    for (const path of ['/api/v1/health', '/api/v1/dialogues/00000000-0000-4000-8000-000000000000', '/nowhere']) {
      const res = await fetch(`${server.url}${path}`, { headers: { 'x-forwarded-for': '203.0.113.9' } });
      await res.arrayBuffer();
      ids.push(res.headers.get('x-request-id')!);
    }
    await new Promise((r) => setTimeout(r, 300));
    const lines = server
      .output()
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    for (const [i, id] of ids.entries()) {
      assert.match(id, UUID);
      const mine = lines.filter((l) => l.reqId === id);
      assert.equal(mine.length, 1, `one line for request ${i}: ${JSON.stringify(mine)}`);
      assert.equal(mine[0]!.ip, '127.0.0.1', 'without TRUST_PROXY, X-Forwarded-For is not believed');
      assert.equal(mine[0]!.level, 30);
    }
    const byId = (id: string) => lines.find((l) => l.reqId === id)!;
    assert.equal(byId(ids[0]!).route, '/api/v1/health');
    assert.equal(byId(ids[1]!).route, '/api/v1/dialogues/:id', 'the pattern, not the address');
    assert.equal(byId(ids[1]!).status, 404);
    assert.equal(byId(ids[2]!).route, 'unmatched');
    assert.doesNotMatch(server.output(), /00000000-0000-4000-8000-000000000000/, 'no raw path in the log');
    assert.doesNotMatch(server.output(), /incoming request|request completed/, 'not Fastify’s two lines');
  });
});
