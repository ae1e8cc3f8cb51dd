import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import WebSocket from 'ws';
import { ml } from '../../src/shared/multilingual.ts';
import { ServerMessage } from '../../src/shared/live/messages.ts';
import { DIALOGUE_2020_ID, participantId } from '../../src/server/demo/dialogue-2020.ts';
import { BACKENDS } from '../support/databases.ts';
import { startTestApp, type Role, type TestApp } from '../support/app.ts';

/** A live client that keeps every message, parsed with the same union the server sends. */
async function connect(t: TestApp, url: string, as: Role) {
  const cookie = t.clients[as].cookie;
  const socket = new WebSocket(url, { headers: cookie ? { cookie } : {} });
  const received: ServerMessage[] = [];
  const waiters: (() => void)[] = [];
  socket.on('message', (data) => {
    received.push(ServerMessage.parse(JSON.parse(String(data))));
    for (const w of waiters.splice(0)) w();
  });
  await new Promise((resolve, reject) => { socket.once('open', resolve); socket.once('error', reject); });
  const until = async (check: () => boolean, what: string) => {
    const deadline = Date.now() + 5_000;
    while (!check()) {
      if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}: ${JSON.stringify(received).slice(0, 500)}`);
      await new Promise<void>((r) => { waiters.push(r); setTimeout(r, 100); });
    }
  };
  return { socket, received, until, send: (m: unknown) => socket.send(typeof m === 'string' ? m : JSON.stringify(m)), close: () => socket.close() };
}

for (const backend of BACKENDS) {
  describe(`the live channel (${backend})`, () => {
    let t: TestApp;
    let url = '';
    before(async () => {
      t = await startTestApp(backend);
      await t.fastify.listen({ port: 0, host: '127.0.0.1' });
      url = `ws://127.0.0.1:${(t.fastify.server.address() as AddressInfo).port}/api/v1/live`;
    });
    after(async () => { await t.close(); });
    const say = async (text: string) => {
      const res = await t.call('POST', `/api/v1/dialogues/${DIALOGUE_2020_ID}/statements`, { as: 'admin', body: {
        speaker: { kind: 'participant', participantId: participantId('kaziss') }, kind: 'remarks', text: ml({ en: text }), areaIds: [], provisionIds: [],
      } });
      assert.equal(res.statusCode, 201, res.body);
    };
    const events = (received: ServerMessage[]) => received.filter((m): m is Extract<ServerMessage, { type: 'event' }> => m.type === 'event');

    test('someone outside the dialogue cannot subscribe, and learns nothing', async () => {
      for (const as of ['anonymous', 'member'] as const) {
        const c = await connect(t, url, as);
        c.send({ type: 'subscribe', dialogueId: DIALOGUE_2020_ID });
        await c.until(() => c.received.length > 0, 'an answer');
        assert.deepEqual(c.received, [{ type: 'error', code: 'not_found', message: 'no such dialogue', path: 'dialogueId' }]);
        c.close();
      }
    });

    test('a participant joins with a snapshot, then gets each new event once, with its seq', async () => {
      const c = await connect(t, url, 'participant');
      c.send({ type: 'subscribe', dialogueId: DIALOGUE_2020_ID });
      await c.until(() => c.received.some((m) => m.type === 'snapshot'), 'the snapshot');
      const snapshot = c.received[0] as Extract<ServerMessage, { type: 'snapshot' }>;
      assert.equal(snapshot.record.dialogue.id, DIALOGUE_2020_ID);
      await say('Said live, first');
      await c.until(() => events(c.received).length === 1, 'the event');
      const [e] = events(c.received);
      assert.equal(e!.seq, snapshot.seq + 1);
      assert.equal(e!.event, 'statement.created');
      c.close();
    });

    test('a dropped client resumes from its last seq: nothing missed, nothing twice', async () => {
      const first = await connect(t, url, 'moderator');
      first.send({ type: 'subscribe', dialogueId: DIALOGUE_2020_ID });
      await first.until(() => first.received.some((m) => m.type === 'snapshot'), 'the snapshot');
      await say('Before the drop');
      await first.until(() => events(first.received).length === 1, 'the first event');
      const last = events(first.received).at(-1)!.seq;
      first.socket.terminate();
      await say('While away, one');
      await say('While away, two');
      const again = await connect(t, url, 'moderator');
      again.send({ type: 'subscribe', dialogueId: DIALOGUE_2020_ID, afterSeq: last });
      await again.until(() => events(again.received).length >= 2, 'the missed events');
      await new Promise((r) => setTimeout(r, 300));
      assert.deepEqual(events(again.received).map((e) => e.seq), [last + 1, last + 2]);
      assert.equal(again.received.filter((m) => m.type === 'snapshot').length, 0, 'resuming needs no snapshot');
      again.close();
    });

    test('malformed and random messages get an error message and change nothing', async () => {
      const c = await connect(t, url, 'participant');
      c.send('{not json');
      c.send({ type: 'subscribe', dialogueId: 'not-a-uuid' });
      c.send({ type: 'grant-floor', to: 'me' });
      await c.until(() => c.received.length >= 3, 'three errors');
      assert.deepEqual(c.received.map((m) => m.type === 'error' && m.code), ['malformed', 'validation_failed', 'validation_failed']);
      assert.equal((c.received[1] as { path?: string }).path, 'dialogueId');
      const before = (await t.call('GET', `/api/v1/dialogues/${DIALOGUE_2020_ID}`, { as: 'admin' })).json().seq;
      await fc.assert(fc.asyncProperty(fc.oneof(fc.jsonValue(), fc.string()), async (junk) => {
        const n = c.received.length;
        c.send(typeof junk === 'string' ? junk : JSON.stringify(junk));
        c.send({ type: 'ping', id: 7 });
        await c.until(() => c.received.slice(n).some((m) => m.type === 'pong'), 'the pong');
      }), { numRuns: 40, seed: 2020 });
      assert.equal(c.socket.readyState, WebSocket.OPEN, 'the channel survives');
      assert.equal((await t.call('GET', `/api/v1/dialogues/${DIALOGUE_2020_ID}`, { as: 'admin' })).json().seq, before, 'nothing was written');
      c.close();
    });
  });
}
