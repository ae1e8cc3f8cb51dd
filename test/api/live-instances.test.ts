import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { ml } from '../../src/shared/multilingual.ts';
import { buildApp, type App } from '../../src/server/app.ts';
import { testConfig } from '../../src/server/config.ts';
import { openPostgres, type Database } from '../../src/server/db/database.ts';
import { liveConnections, liveInstances, users } from '../../src/server/db/schema.ts';
import { sweepGoneInstances } from '../../src/server/live/presence.ts';
import { DIALOGUE_2020_ID, participantId } from '../../src/server/demo/dialogue-2020.ts';
import { personId } from '../../src/server/demo/directory-data.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { holdNow, liveClient, type LiveClient } from '../support/live-client.ts';

const D = DIALOGUE_2020_ID;

/** Two server processes' worth of app on one PostgreSQL database: the doorbell is NOTIFY, the source the Event table. */
describe(
  'two server instances share one room (postgres)',
  { skip: !process.env.TEST_DATABASE_URL && 'needs TEST_DATABASE_URL' },
  () => {
    let a: TestApp;
    let b: App;
    let second: Database;
    const urls = { a: '', b: '' };
    let mod: LiveClient, kz: LiveClient, tj: LiveClient;

    before(async () => {
      a = await startTestApp('postgres');
      second = await openPostgres(a.database.url!);
      b = await buildApp(testConfig({ databaseUrl: a.database.url }), second);
      for (const [key, app] of [
        ['a', a],
        ['b', b],
      ] as const) {
        await app.fastify.listen({ port: 0, host: '127.0.0.1' });
        urls[key] = `ws://127.0.0.1:${(app.fastify.server.address() as AddressInfo).port}/api/v1/live`;
      }
      await holdNow(a, D);
      mod = await liveClient(urls.a, a.clients.moderator);
      kz = await liveClient(urls.b, a.clients.participant);
      tj = await liveClient(urls.b, await a.personClient(personId('niss-tj')));
      for (const c of [mod, kz, tj]) assert.equal((await c.subscribe(D)).type, 'snapshot');
    });
    after(async () => {
      for (const c of [mod, kz, tj]) c.close();
      await b.fastify.close().catch(() => undefined);
      await second.close().catch(() => undefined);
      await a.close();
    });

    test('writes through either instance reach clients of both, with the same seqs in the same order', async () => {
      const from = Math.max(...[mod, kz, tj].map((c) => c.snapshot()!.seq));
      assert.equal((await kz.act({ type: 'floor.request', dialogueId: D, kind: 'statement' })).type, 'ack');
      assert.equal((await tj.act({ type: 'chat.post', dialogueId: D, text: 'from instance b' })).type, 'ack');
      assert.equal((await mod.act({ type: 'floor.grant', dialogueId: D })).type, 'ack');
      const rest = await a.call('POST', `/api/v1/dialogues/${D}/statements`, {
        as: 'admin',
        body: {
          speaker: { kind: 'participant', participantId: participantId('kaziss') },
          kind: 'remarks',
          text: ml({ en: 'Through the API of instance a' }),
          areaIds: [],
          provisionIds: [],
        },
      });
      assert.equal(rest.statusCode, 201, rest.body);
      const seen = (c: LiveClient) =>
        c
          .events()
          .filter((e) => e.seq > from)
          .map((e) => `${e.seq}:${e.event}`);
      for (const c of [mod, kz, tj])
        await c.until(() => seen(c).some((s) => s.endsWith('statement.created')), 'the statement');
      assert.deepEqual(seen(kz), seen(mod));
      assert.deepEqual(seen(tj), seen(mod));
      assert.deepEqual(
        seen(mod)
          .map((s) => s.split(':')[1] ?? '')
          .filter((e) => !e.startsWith('presence.')),
        ['floor.changed', 'chat.posted', 'floor.changed', 'statement.created'],
      );
      assert.equal(mod.floor()!.current!.participantId, participantId('kaziss'));
    });

    test('signalling crosses instances', async () => {
      for (const c of [mod, kz]) assert.equal((await c.act({ type: 'media.join', dialogueId: D })).type, 'ack');
      kz.send({
        type: 'signal',
        dialogueId: D,
        to: mod.snapshot()!.you.connectionId,
        data: { candidate: { candidate: 'candidate:1 1 udp 1 10.0.0.1 5000 typ host', sdpMid: '0', sdpMLineIndex: 0 } },
      });
      await mod.until(() => mod.received.some((m) => m.type === 'signal'), 'the candidate from the other instance');
      const signal = mod.received.find((m) => m.type === 'signal')!;
      assert.equal(signal.type === 'signal' && signal.from, kz.snapshot()!.you.connectionId);
    });

    test('connections of an instance that stopped beating are closed by the others', async () => {
      const [user] = await a.deps.db.select({ id: users.id }).from(users).where(eq(users.email, 'admin@test.example'));
      const ghost = randomUUID();
      await a.deps.db.insert(liveInstances).values({ id: ghost, seenAt: new Date(Date.now() - 60_000) });
      const connection = randomUUID();
      await a.deps.db
        .insert(liveConnections)
        .values({ id: connection, dialogueId: D, userId: user!.id, instanceId: ghost, since: new Date() });
      assert.equal(await sweepGoneInstances(a.deps, a.live.instanceId), 1);
      const left = await a.deps.db.select().from(liveConnections);
      assert.ok(!left.some((c) => c.id === connection));
      await mod.until(
        () =>
          mod
            .events()
            .some((e) => e.event === 'presence.left' && (e.payload as { userId: string }).userId === user!.id),
        'the ghost leaving',
      );
    });

    test('a publishing write on one instance clears the news pages the other has rendered, at once', async () => {
      let cleared = 0;
      const clear = b.deps.pages.clear.bind(b.deps.pages);
      b.deps.pages.clear = () => {
        cleared += 1;
        clear();
      };
      assert.equal((await b.fastify.inject({ method: 'GET', url: '/news?lang=en' })).statusCode, 200);
      const res = await a.call('POST', `/api/v1/dialogues/${D}/publications`, {
        as: 'admin',
        body: { kind: 'summary', language: 'en' },
      });
      assert.equal(res.statusCode, 201, res.body);
      for (const deadline = Date.now() + 2_000; cleared === 0; await new Promise((r) => setTimeout(r, 20))) {
        assert.ok(Date.now() < deadline, 'the other instance was not told');
      }
    });

    test('an instance that shuts down takes its people out of the room', async () => {
      const kzUser = kz.snapshot()!.you.userId;
      await b.fastify.close();
      await mod.until(
        () =>
          mod.events().some((e) => e.event === 'presence.left' && (e.payload as { userId: string }).userId === kzUser),
        'the departure',
      );
    });
  },
);
