import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import WebSocket from 'ws';
import { sql } from 'drizzle-orm';
import { LIVE_EVENTS_CHANNEL } from '../../src/server/events/append-event.ts';
import { ml } from '../../src/shared/multilingual.ts';
import { DIALOGUE_2020, DIALOGUE_2020_ID, participantId } from '../../src/server/demo/dialogue-2020.ts';
import { BACKENDS } from '../support/databases.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { assertContiguous, holdNow, liveClient } from '../support/live-client.ts';

for (const backend of BACKENDS) {
  describe(`the live channel (${backend})`, () => {
    let t: TestApp;
    let url = '';
    before(async () => {
      t = await startTestApp(backend, { config: { liveSendBufferBytes: 64 * 1024 } });
      await t.fastify.listen({ port: 0, host: '127.0.0.1' });
      url = `ws://127.0.0.1:${(t.fastify.server.address() as AddressInfo).port}/api/v1/live`;
      await holdNow(t, DIALOGUE_2020_ID);
    });
    after(async () => {
      await t.close();
    });
    const waitFor = async (check: () => boolean, what: string) => {
      for (const deadline = Date.now() + 10_000; !check(); await new Promise((r) => setTimeout(r, 20))) {
        if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
      }
    };
    const fillRoom = async (room: string, n: number): Promise<number> =>
      t.deps.db.transaction(async (tx) => {
        const [row] = (
          (await tx.execute(sql`insert into event_streams (stream, last_seq) values (${room}, ${n}) on conflict (stream)
        do update set last_seq = event_streams.last_seq + ${n} returning last_seq`)) as unknown as {
            rows: { last_seq: string }[];
          }
        ).rows;
        const last = Number(row!.last_seq);
        await tx.execute(sql`insert into events (stream, seq, dialogue_id, type, payload)
        select ${room}, s, ${room}::uuid, 'test.filler', jsonb_build_object('text', repeat('x', 2000)) from generate_series(${last - n + 1}::bigint, ${last}::bigint) s`);
        await tx.execute(sql`select pg_notify(${LIVE_EVENTS_CHANNEL}, ${room})`);
        return last;
      });
    const say = async (text: string) => {
      const res = await t.call('POST', `/api/v1/dialogues/${DIALOGUE_2020_ID}/statements`, {
        as: 'admin',
        body: {
          speaker: { kind: 'participant', participantId: participantId('kaziss') },
          kind: 'remarks',
          text: ml({ en: text }),
          areaIds: [],
          provisionIds: [],
        },
      });
      assert.equal(res.statusCode, 201, res.body);
    };

    test('someone outside the dialogue cannot subscribe, and learns nothing', async () => {
      for (const as of ['anonymous', 'member'] as const) {
        const c = await liveClient(url, t.clients[as]);
        const answer = await c.subscribe(DIALOGUE_2020_ID);
        assert.deepEqual(answer, { type: 'error', code: 'not_found', message: 'no such dialogue', path: 'dialogueId' });
        const refused = await c.act({ type: 'floor.request', dialogueId: DIALOGUE_2020_ID, kind: 'statement' });
        assert.equal(refused.type === 'error' && refused.code, 'not_found', 'no acting without a subscription');
        c.close();
      }
    });

    test('a page from another site cannot open the channel with the cookie', async () => {
      const socket = new WebSocket(url, {
        headers: { cookie: t.clients.participant.cookie!, origin: 'https://elsewhere.example' },
      });
      const code = await new Promise<number>((resolve) => socket.on('close', resolve));
      assert.equal(code, 4003);
    });

    test('a participant joins with a snapshot, then gets each new event once, in seq order', async () => {
      const c = await liveClient(url, t.clients.participant);
      const snapshot = await c.subscribe(DIALOGUE_2020_ID);
      assert.equal(snapshot.type, 'snapshot');
      if (snapshot.type !== 'snapshot') return;
      assert.equal(snapshot.record.dialogue.id, DIALOGUE_2020_ID);
      assert.equal(snapshot.you.participantId, participantId('kaziss'));
      assert.deepEqual([snapshot.you.canAct, snapshot.you.canModerate, snapshot.you.canRecord], [true, false, false]);
      assert.ok(
        snapshot.room.presence.some((p) => p.participantId === participantId('kaziss') && p.countryCode === 'KZ'),
        'present, with institution and country',
      );
      assert.equal(snapshot.media.topology, 'mesh');
      await say('Said live, first');
      await say('Said live, second');
      await c.until(() => c.events().filter((e) => e.event === 'statement.created').length === 2, 'both statements');
      assertContiguous(
        c
          .events()
          .map((e) => e.seq)
          .filter((s) => s > snapshot.seq),
        snapshot.seq,
      );
      c.close();
    });

    test('a dropped client resumes from its last seq: nothing missed, nothing twice', async () => {
      const first = await liveClient(url, t.clients.moderator);
      await first.subscribe(DIALOGUE_2020_ID);
      await say('Before the drop');
      await first.until(() => first.events().some((e) => e.event === 'statement.created'), 'the first event');
      const last = first.events().at(-1)!.seq;
      first.socket.terminate();
      await say('While away, one');
      await say('While away, two');
      const again = await liveClient(url, t.clients.moderator);
      const answer = await again.subscribe(DIALOGUE_2020_ID, last);
      assert.equal(answer.type, 'resumed', 'resuming needs no snapshot');
      await again.until(
        () => again.events().filter((e) => e.event === 'statement.created').length >= 2,
        'the missed events',
      );
      await new Promise((r) => setTimeout(r, 300));
      assertContiguous(
        again.events().map((e) => e.seq),
        last,
      );
      const texts = again
        .events()
        .filter((e) => e.event === 'statement.created')
        .map((e) => (e.payload as { text: { texts: { en: { text: string } } } }).text.texts.en.text);
      assert.deepEqual(texts, ['While away, one', 'While away, two']);
      again.close();
    });

    test('clients that resume while events flow each get every event after their seq, once and in order', async () => {
      const watcher = await liveClient(url, t.clients.moderator);
      const start = (await watcher.subscribe(DIALOGUE_2020_ID)) as { seq: number };
      const seen = () => watcher.events().at(-1)?.seq ?? start.seq;
      const joiners: { c: Awaited<ReturnType<typeof liveClient>>; from: number }[] = [];
      // Each statement is a few events; clients join between them, level with the room or a little behind it.
      for (let i = 0; i < 8; i++) {
        const joining = Array.from({ length: 4 }, async (_, j) => {
          const c = await liveClient(url, t.clients.participant);
          const from = Math.max(start.seq, seen() - (j % 3));
          assert.equal((await c.subscribe(DIALOGUE_2020_ID, from)).type, 'resumed');
          joiners.push({ c, from });
        });
        await Promise.all([say(`While people join, ${i}`), ...joining]);
      }
      await watcher.until(
        () => watcher.events().filter((e) => e.event === 'statement.created').length >= 8,
        'every statement',
      );
      const last = seen();
      for (const { c, from } of joiners) {
        await c.until(() => (c.events().at(-1)?.seq ?? from) >= last, `the events after ${from}`);
        assertContiguous(
          c.events().map((e) => e.seq),
          from,
        );
      }
      for (const { c } of joiners) c.close();
      watcher.close();
    });

    test('a client that stops reading is dropped, and resumes where it was', async () => {
      // A room of its own, so the flood of events does not weigh on the other tests' snapshots.
      const created = await t.call('POST', '/api/v1/dialogues', {
        as: 'admin',
        body: { ...DIALOGUE_2020, status: 'scheduled' },
      });
      assert.equal(created.statusCode, 201, created.body);
      const room = created.json().id as string;
      const slow = await liveClient(url, t.clients.admin);
      await slow.subscribe(room);
      const closed = new Promise<number>((resolve) => slow.socket.on('close', resolve));
      (slow.socket as unknown as { _socket: { pause(): void } })._socket.pause();
      // 3,000 events of 2 kB, written straight into the Event table (the hub's source) in one statement.
      const last = await fillRoom(room, 3_000);
      await waitFor(() => t.live.subscriberCount(room) === 0, 'the slow client to be dropped');
      (slow.socket as unknown as { _socket: { resume(): void } })._socket.resume();
      assert.equal(await closed, 4008, 'told it was too slow');
      const back = await liveClient(url, t.clients.admin);
      const resumeFrom = slow.events().at(-1)?.seq ?? 0;
      assert.equal((await back.subscribe(room, resumeFrom)).type, 'resumed');
      await back.until(() => back.events().some((e) => e.seq === last), 'every event since');
      assertContiguous(
        back
          .events()
          .map((e) => e.seq)
          .filter((s) => s <= last),
        resumeFrom,
      );
      back.close();
    });

    test('malformed messages get an error naming the field, and change nothing', async () => {
      const c = await liveClient(url, t.clients.participant);
      await c.subscribe(DIALOGUE_2020_ID);
      const before = (await t.call('GET', `/api/v1/dialogues/${DIALOGUE_2020_ID}`, { as: 'admin' })).json().statements;
      c.send('{not json');
      await c.until(() => c.received.some((m) => m.type === 'error' && m.code === 'malformed'), 'malformed');
      const cases: [Record<string, unknown>, string][] = [
        [{ type: 'subscribe', dialogueId: 'not-a-uuid' }, 'dialogueId'],
        [{ type: 'floor.request', dialogueId: DIALOGUE_2020_ID, kind: 'filibuster' }, 'kind'],
        [{ type: 'chat.post', dialogueId: DIALOGUE_2020_ID, text: '   ' }, 'text'],
        [{ type: 'chat.post', dialogueId: DIALOGUE_2020_ID, text: 'x'.repeat(2_001) }, 'text'],
        [{ type: 'floor.settings', dialogueId: DIALOGUE_2020_ID, timeLimitSeconds: 5 }, 'timeLimitSeconds'],
        [{ type: 'floor.grant', dialogueId: DIALOGUE_2020_ID, requestId: 'me', extra: 1 }, 'requestId'],
        [
          { type: 'statement.record', dialogueId: DIALOGUE_2020_ID, statement: { kind: 'remarks' } },
          'statement.speaker',
        ],
      ];
      for (const [message, path] of cases) {
        const answer = await c.act(message);
        assert.equal(answer.type, 'error', JSON.stringify(message));
        if (answer.type === 'error') assert.equal(answer.path, path, JSON.stringify(answer));
      }
      // Well-formed, but the use case refuses it: the field at fault, nothing written.
      const moderator = await liveClient(url, t.clients.moderator);
      await moderator.subscribe(DIALOGUE_2020_ID);
      const bad = await moderator.act({
        type: 'statement.record',
        dialogueId: DIALOGUE_2020_ID,
        statement: {
          agendaItemId: '00000000-0000-4000-8000-000000000000',
          speaker: { kind: 'participant', participantId: participantId('kaziss') },
          kind: 'remarks',
          text: ml({ en: 'nowhere' }),
          areaIds: [],
          provisionIds: [],
        },
      });
      assert.equal(bad.type === 'error' && bad.path, 'statement.agendaItemId');
      const statements = (await t.call('GET', `/api/v1/dialogues/${DIALOGUE_2020_ID}`, { as: 'admin' })).json()
        .statements;
      assert.ok(before.length > 0);
      assert.deepEqual(statements, before, 'nothing was written');
      moderator.close();
      c.close();
    });

    test('random messages never break the channel, and a delegate never changes what only a moderator may', async () => {
      const c = await liveClient(url, t.clients.participant);
      await c.subscribe(DIALOGUE_2020_ID);
      const id = fc.oneof(fc.constant(DIALOGUE_2020_ID), fc.uuid(), fc.string());
      const message = fc.oneof(
        fc.jsonValue(),
        fc.string(),
        fc.record(
          {
            type: fc.constantFrom(
              'floor.grant',
              'floor.revoke',
              'floor.reorder',
              'floor.settings',
              'chat.delete',
              'media.mute_all',
              'statement.record',
              'signal',
              'subscribe',
              'bogus',
            ),
            dialogueId: id,
            requestId: fc.option(fc.uuid(), { nil: undefined }),
            order: fc.option(fc.array(fc.uuid(), { maxLength: 3 }), { nil: undefined }),
            timeLimitSeconds: fc.option(fc.integer({ min: -10, max: 10_000 }), { nil: undefined }),
            to: fc.option(fc.uuid(), { nil: undefined }),
            data: fc.option(fc.jsonValue(), { nil: undefined }),
            statement: fc.option(fc.record({ kind: fc.constantFrom('remarks', 'x'), text: fc.jsonValue() }), {
              nil: undefined,
            }),
          },
          { requiredKeys: ['type', 'dialogueId'] },
        ),
      );
      const before = await t.call('GET', `/api/v1/dialogues/${DIALOGUE_2020_ID}`, { as: 'admin' });
      const floorBefore = c.floor();
      await fc.assert(
        fc.asyncProperty(message, async (junk) => {
          const n = c.received.length;
          c.send(typeof junk === 'string' ? junk : JSON.stringify(junk));
          c.send({ type: 'ping', id: 7 });
          await c.until(() => c.received.slice(n).some((m) => m.type === 'pong'), 'the pong');
        }),
        { numRuns: 150, seed: 2020 },
      );
      assert.equal(c.socket.readyState, WebSocket.OPEN, 'the channel survives');
      const afterRecord = await t.call('GET', `/api/v1/dialogues/${DIALOGUE_2020_ID}`, { as: 'admin' });
      assert.ok(before.json().statements.length > 0);
      assert.deepEqual(afterRecord.json().statements, before.json().statements, 'no statement written by a delegate');
      assert.deepEqual(c.floor(), floorBefore, 'the speakers’ list is as it was');
      c.close();
    });
  });
}
