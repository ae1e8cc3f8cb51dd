import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { DIALOGUE_2020_ID } from '../../src/server/demo/dialogue-2020.ts';
import { personId } from '../../src/server/demo/directory-data.ts';
import { loadMediaRules } from '../../src/server/live/media/media-rules.ts';
import { BACKENDS } from '../support/databases.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { holdNow, liveClient, type LiveClient } from '../support/live-client.ts';

const D = DIALOGUE_2020_ID;

/** What the SFU is told each connection may send: the rules `enforce-media.ts` applies at Janus. */
for (const backend of BACKENDS) {
  describe(`the room's media rules (${backend})`, () => {
    let t: TestApp;
    let now = new Date('2026-06-01T08:00:00Z');
    let mod: LiveClient, kz: LiveClient, tj: LiveClient;
    const id = (c: LiveClient) => c.snapshot()!.you.connectionId;
    const rules = async () => {
      const all = await loadMediaRules(t.deps.db, D);
      return Object.fromEntries(
        (
          [
            ['moderator', mod],
            ['kazakh', kz],
            ['tajik', tj],
          ] as const
        ).map(([who, c]) => [who, all.get(id(c))]),
      );
    };
    const ok = async (c: LiveClient, msg: Record<string, unknown>) => {
      now = new Date(now.getTime() + 1_000);
      const answer = await c.act({ dialogueId: D, ...msg });
      assert.equal(answer.type, 'ack', JSON.stringify(answer));
    };

    before(async () => {
      t = await startTestApp(backend, { clock: () => now });
      await t.fastify.listen({ port: 0, host: '127.0.0.1' });
      const url = `ws://127.0.0.1:${(t.fastify.server.address() as AddressInfo).port}/api/v1/live`;
      await holdNow(t, D, now);
      mod = await liveClient(url, t.clients.moderator);
      kz = await liveClient(url, t.clients.participant);
      tj = await liveClient(url, await t.personClient(personId('niss-tj')));
      for (const c of [mod, kz, tj]) assert.equal((await c.subscribe(D)).type, 'snapshot');
    });
    after(async () => {
      for (const c of [mod, kz, tj]) c.close();
      await t.close();
    });

    test('everyone sends until the moderator mutes everyone else; the floor changing hands lifts it', async () => {
      const all = { audio: true, video: true };
      assert.deepEqual(await rules(), { moderator: all, kazakh: all, tajik: all });
      await ok(mod, { type: 'media.mute_all' });
      const muted = { audio: false, video: true };
      assert.deepEqual(await rules(), { moderator: all, kazakh: muted, tajik: muted }, 'only the moderator is spared');
      await ok(kz, { type: 'floor.request', kind: 'statement' });
      assert.deepEqual((await rules()).kazakh, muted, 'asking for the floor does not lift it');
      await ok(mod, { type: 'floor.grant' });
      assert.deepEqual(await rules(), { moderator: all, kazakh: all, tajik: all }, 'a new turn lifts it');
    });

    test('with “only the floor holder and the chair”, the others send audio but no video', async () => {
      await ok(mod, { type: 'floor.settings', videoPolicy: 'floor_and_chair' });
      assert.deepEqual(await rules(), {
        moderator: { audio: true, video: true },
        kazakh: { audio: true, video: true },
        tajik: { audio: true, video: false },
      });
      await ok(mod, { type: 'floor.end' });
      assert.equal((await rules()).kazakh?.video, false, 'the turn over, the floor holder’s camera goes too');
      await ok(mod, { type: 'floor.settings', videoPolicy: 'everyone' });
    });
  });
}
