import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { DIALOGUE_2020_ID, participantId } from '../../src/server/demo/dialogue-2020.ts';
import { getDialogueRecord } from '../../src/server/dialogues/get-dialogue-record.ts';
import { resolveActor } from '../../src/server/accounts/resolve-actor.ts';
import { loadDialogueAccess } from '../../src/server/policy/dialogue-access.ts';
import { ANONYMOUS, type Actor } from '../../src/server/policy/actor.ts';
import { ml } from '../../src/shared/multilingual.ts';
import { BACKENDS } from '../support/databases.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { holdNow, liveClient } from '../support/live-client.ts';

const D = DIALOGUE_2020_ID;

for (const backend of BACKENDS) {
  describe(`the full record through a live meeting (${backend})`, () => {
    let t: TestApp;
    let url = '';
    before(async () => {
      t = await startTestApp(backend);
      await t.fastify.listen({ port: 0, host: '127.0.0.1' });
      url = `ws://127.0.0.1:${(t.fastify.server.address() as AddressInfo).port}/api/v1/live`;
      await holdNow(t, D);
    });
    after(async () => {
      await t.close();
    });
    const cookieActor = async (role: 'admin'): Promise<Actor> =>
      resolveActor(t.deps.db, t.clients[role].cookie!.split('=')[1]!);
    /** The record as the cache serves it now, read as a route would (access first, then the record). */
    const read = async (actor: Actor) => {
      const access = (await loadDialogueAccess(t.deps.db, actor, D))!;
      return { access, record: await getDialogueRecord(t.deps, { actor, access }) };
    };

    test('floor, chat and media events leave the cached record in place; a statement or a join rebuilds it', async () => {
      const admin = await cookieActor('admin');
      const moderator = await liveClient(url, t.clients.moderator);
      await moderator.subscribe(D);
      const inside0 = await read(admin);
      const outside0 = await read(ANONYMOUS);
      const etag0 = (await t.call('GET', `/api/v1/dialogues/${D}`, { as: 'admin' })).headers.etag;

      for (const type of ['floor.request', 'floor.grant', 'floor.end'])
        assert.equal(
          (await moderator.act({ type, dialogueId: D, ...(type === 'floor.request' ? { kind: 'statement' } : {}) }))
            .type,
          'ack',
        );
      assert.equal((await moderator.act({ type: 'chat.post', dialogueId: D, text: 'Room talk only' })).type, 'ack');
      const inside1 = await read(admin);
      assert.ok(inside1.access.seqs.dialogue > inside0.access.seqs.dialogue, 'the stream moved on');
      assert.equal(inside1.record.body, inside0.record.body, 'the same bytes, not rebuilt');
      assert.equal(inside1.record.validThrough, inside1.access.seqs.dialogue, 'known current at the new seq');
      assert.equal((await read(ANONYMOUS)).record.body, outside0.record.body);
      const again = await t.call('GET', `/api/v1/dialogues/${D}`, {
        as: 'admin',
        headers: { 'if-none-match': etag0! },
      });
      assert.equal(again.statusCode, 304, 'the ETag did not move with room activity');

      // Someone joining opens an attendance interval: insiders' record shows it, outsiders' does not.
      const delegate = await liveClient(url, t.clients.participant);
      await delegate.subscribe(D);
      const inside2 = await read(admin);
      assert.notEqual(inside2.record.body, inside0.record.body, 'insiders see the attendance');
      assert.ok(
        inside2.record.record.participants
          .find((p) => p.id === participantId('kaziss'))!
          .attendance.some((a) => a.to === null),
        'with the open interval',
      );
      assert.equal((await read(ANONYMOUS)).record.body, outside0.record.body, 'outsiders’ record holds no attendance');

      // The side panel records a statement: both rebuild, and the live snapshot carries it.
      const said = await moderator.act({
        type: 'statement.record',
        dialogueId: D,
        statement: {
          speaker: { kind: 'participant', participantId: participantId('kaziss') },
          kind: 'remarks',
          text: ml({ en: 'Recorded in the room' }),
          areaIds: [],
          provisionIds: [],
        },
      });
      assert.equal(said.type, 'ack', JSON.stringify(said));
      const inside3 = await read(admin);
      assert.notEqual(inside3.record.body, inside2.record.body);
      assert.notEqual((await read(ANONYMOUS)).record.body, outside0.record.body);
      const late = await liveClient(url, t.clients.admin);
      const snapshot = await late.subscribe(D);
      assert.ok(snapshot.type === 'snapshot');
      assert.ok(
        snapshot.record.statements.some((s) => JSON.stringify(s.text).includes('Recorded in the room')),
        'the snapshot splices in the current record',
      );
      for (const c of [moderator, delegate, late]) c.close();
    });
  });
}
