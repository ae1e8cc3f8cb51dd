import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { DIALOGUE_2020_ID, participantId } from '../../src/server/demo/dialogue-2020.ts';
import { ml } from '../../src/shared/multilingual.ts';
import { BACKENDS } from '../support/databases.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { holdNow, liveClient, type LiveClient } from '../support/live-client.ts';

const D = DIALOGUE_2020_ID;
const MIN = 60_000;

for (const backend of BACKENDS) {
  describe(`the room opens and closes with the dialogue (${backend})`, () => {
    let t: TestApp;
    let url = '';
    // The meeting runs 10:00–12:10; the clock is moved around it.
    const start = new Date('2026-06-01T10:00:00Z');
    let now = start;
    const at = (minutesFromStart: number) => {
      now = new Date(start.getTime() + minutesFromStart * MIN);
    };
    let mod: LiveClient, kz: LiveClient;
    before(async () => {
      t = await startTestApp(backend, { clock: () => now });
      await t.fastify.listen({ port: 0, host: '127.0.0.1' });
      url = `ws://127.0.0.1:${(t.fastify.server.address() as AddressInfo).port}/api/v1/live`;
      // holdNow starts the meeting ten minutes before the time it is given.
      await holdNow(t, D, new Date(start.getTime() + 10 * MIN));
      mod = await liveClient(url, t.clients.moderator);
      kz = await liveClient(url, t.clients.participant);
    });
    after(async () => {
      for (const c of [mod, kz]) c.close();
      await t.close();
    });

    const ask = () => kz.act({ type: 'floor.request', dialogueId: D, kind: 'statement' });
    const chat = (text: string) => kz.act({ type: 'chat.post', dialogueId: D, text });
    const closed = (answer: Awaited<ReturnType<LiveClient['act']>>, why: RegExp) => {
      assert.equal(answer.type, 'error', JSON.stringify(answer));
      if (answer.type !== 'error') return;
      assert.equal(answer.code, 'conflict');
      assert.equal(answer.path, 'dialogueId');
      assert.match(answer.message, why);
    };

    test('before half an hour ahead of the start: people can join, but not take the floor or chat', async () => {
      at(-31);
      assert.equal((await kz.subscribe(D)).type, 'snapshot', 'joining is not refused');
      assert.equal((await mod.subscribe(D)).type, 'snapshot');
      closed(await ask(), /opens at 2026-06-01T09:30:00/);
      closed(await chat('too early'), /opens at/);
      at(-29);
      assert.equal((await ask()).type, 'ack', 'open 30 minutes before the start');
      assert.equal((await chat('just in time')).type, 'ack');
    });

    test('two hours after the end it closes; a concluded dialogue’s room refuses at once; the chair reopens it', async () => {
      at(130 + 119);
      assert.equal((await mod.act({ type: 'floor.grant', dialogueId: D })).type, 'ack', 'still open in overtime');
      at(130 + 121);
      closed(await mod.act({ type: 'floor.end', dialogueId: D }), /meeting is over/);
      closed(await chat('after the end'), /meeting is over/);

      at(60);
      const read = await t.call('GET', `/api/v1/dialogues/${D}`, { as: 'admin' });
      const patched = await t.call('PATCH', `/api/v1/dialogues/${D}`, {
        as: 'admin',
        body: { version: read.json().dialogue.version, status: 'concluded' },
      });
      assert.equal(patched.statusCode, 200, patched.body);
      closed(await ask(), /concluded/);
      closed(await mod.act({ type: 'floor.end', dialogueId: D }), /concluded/);

      // Rapporteurs finish the record after the meeting: the side panel still writes.
      const said = await mod.act({
        type: 'statement.record',
        dialogueId: D,
        statement: {
          speaker: { kind: 'participant', participantId: participantId('kaziss') },
          kind: 'remarks',
          text: ml({ en: 'Recorded after the close' }),
          areaIds: [],
          provisionIds: [],
        },
      });
      assert.equal(said.type, 'ack', JSON.stringify(said));
      // Presence still works: someone joining now is shown in the room.
      const late = await liveClient(url, t.clients.admin);
      const snap = await late.subscribe(D);
      assert.ok(snap.type === 'snapshot');
      assert.ok(snap.room.presence.length >= 3, 'the room shows who is there');
      late.close();

      const refused = await kz.act({ type: 'room.reopen', dialogueId: D });
      assert.equal(refused.type === 'error' && refused.code, 'forbidden', 'a delegate cannot reopen');
      assert.equal((await mod.act({ type: 'room.reopen', dialogueId: D })).type, 'ack');
      await kz.until(() => kz.events().some((e) => e.event === 'room.reopened'), 'the room to hear it reopened');
      assert.equal(
        (await mod.act({ type: 'floor.end', dialogueId: D })).type,
        'ack',
        'the chair’s reopening lets it run',
      );
      assert.equal((await chat('reopened')).type, 'ack');
      at(60 + 121);
      closed(await ask(), /concluded/);
    });
  });
}
