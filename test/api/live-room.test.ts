import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { ml } from '../../src/shared/multilingual.ts';
import type { ChatMessage, PresenceEntry } from '../../src/shared/live/room.ts';
import { DIALOGUE_2020_ID, agendaId, participantId } from '../../src/server/demo/dialogue-2020.ts';
import { orgId, personId } from '../../src/server/demo/directory-data.ts';
import { BACKENDS } from '../support/databases.ts';
import { startTestApp, type Client, type TestApp } from '../support/app.ts';
import { holdNow, liveClient, type LiveClient } from '../support/live-client.ts';

const D = DIALOGUE_2020_ID;

for (const backend of BACKENDS) {
  describe(`the live room (${backend})`, () => {
    let t: TestApp;
    let url = '';
    let now = new Date('2026-06-01T08:00:00Z');
    const tick = (seconds: number) => {
      now = new Date(now.getTime() + seconds * 1_000);
    };
    let mod: LiveClient, kz: LiveClient, tj: LiveClient;
    let tjClient: Client, uzClient: Client, observerClient: Client, interpreterClient: Client;

    before(async () => {
      t = await startTestApp(backend, { clock: () => now });
      await t.fastify.listen({ port: 0, host: '127.0.0.1' });
      url = `ws://127.0.0.1:${(t.fastify.server.address() as AddressInfo).port}/api/v1/live`;
      await holdNow(t, D, now);
      for (const [key, role, org] of [
        ['zhang-ming', 'observer', 'sco'],
        ['yermekbayev', 'interpreter', 'sco'],
      ] as const) {
        const res = await t.call('POST', `/api/v1/dialogues/${D}/participants`, {
          as: 'admin',
          body: { personId: personId(key), organizationId: orgId(org), role, invitation: 'accepted' },
        });
        assert.equal(res.statusCode, 201, res.body);
      }
      tjClient = await t.personClient(personId('niss-tj'));
      uzClient = await t.personClient(personId('isrs'));
      observerClient = await t.personClient(personId('zhang-ming'));
      interpreterClient = await t.personClient(personId('yermekbayev'));
      mod = await liveClient(url, t.clients.moderator);
      kz = await liveClient(url, t.clients.participant);
      tj = await liveClient(url, tjClient);
      for (const c of [mod, kz, tj]) assert.equal((await c.subscribe(D)).type, 'snapshot');
    });
    after(async () => {
      for (const c of [mod, kz, tj]) c.close();
      await t.close();
    });

    /** Waits until every page shows the same speakers' list, and returns it. */
    const settled = async (check: (f: NonNullable<ReturnType<LiveClient['floor']>>) => boolean, what: string) => {
      for (const c of [mod, kz, tj]) await c.until(() => check(c.floor()!), `${what} on every page`);
      assert.deepEqual(kz.floor(), mod.floor());
      assert.deepEqual(tj.floor(), mod.floor());
      return mod.floor()!;
    };
    const ok = (answer: Awaited<ReturnType<LiveClient['act']>>) =>
      assert.equal(answer.type, 'ack', JSON.stringify(answer));
    const refused = (answer: Awaited<ReturnType<LiveClient['act']>>, code: string, path?: string) => {
      assert.equal(answer.type, 'error', JSON.stringify(answer));
      if (answer.type !== 'error') return;
      assert.equal(answer.code, code, answer.message);
      if (path) assert.equal(answer.path, path);
    };

    test('floor requests line up by kind; a delegate cannot grant; the moderator grants, and the turn is timed', async () => {
      ok(await kz.act({ type: 'floor.request', dialogueId: D, kind: 'statement' }));
      ok(await tj.act({ type: 'floor.request', dialogueId: D, kind: 'statement' }));
      let floor = await settled((f) => f.queue.length === 2, 'two requests');
      assert.deepEqual(
        floor.queue.map((q) => q.participantId),
        [participantId('kaziss'), participantId('niss-tj')],
      );
      refused(await kz.act({ type: 'floor.request', dialogueId: D, kind: 'reply' }), 'conflict');

      const tjRequest = floor.queue[1]!.requestId;
      refused(await kz.act({ type: 'floor.withdraw', dialogueId: D, requestId: tjRequest }), 'not_found', 'requestId');
      ok(await tj.act({ type: 'floor.withdraw', dialogueId: D, requestId: tjRequest }));
      ok(await tj.act({ type: 'floor.request', dialogueId: D, kind: 'point_of_order' }));
      floor = await settled((f) => f.queue[0]?.kind === 'point_of_order', 'the point of order first');
      assert.deepEqual(
        floor.queue.map((q) => [q.participantId, q.kind]),
        [
          [participantId('niss-tj'), 'point_of_order'],
          [participantId('kaziss'), 'statement'],
        ],
      );

      const before = mod.events().length;
      refused(await kz.act({ type: 'floor.grant', dialogueId: D }), 'forbidden');
      refused(await kz.act({ type: 'floor.settings', dialogueId: D, timeLimitSeconds: 600 }), 'forbidden');
      await new Promise((r) => setTimeout(r, 150));
      assert.equal(mod.events().length, before, 'a refused action writes nothing');

      ok(await mod.act({ type: 'floor.settings', dialogueId: D, timeLimitSeconds: 60 }));
      ok(await mod.act({ type: 'floor.grant', dialogueId: D }));
      floor = await settled((f) => f.current !== null, 'the floor given');
      assert.deepEqual(
        [floor.current!.participantId, floor.current!.grantedAt, floor.current!.timeLimitSeconds],
        [participantId('niss-tj'), now.toISOString(), 60],
      );
      assert.equal(floor.queue.length, 1);

      // The countdown is grantedAt + limit against the server's clock, which pong reports.
      kz.send({ type: 'ping', id: 1 });
      await kz.until(() => kz.received.some((m) => m.type === 'pong'), 'the pong');
      const pong = kz.received.find((m) => m.type === 'pong')!;
      assert.equal(pong.type === 'pong' && pong.serverTime, now.toISOString());

      tick(42);
      ok(await mod.act({ type: 'floor.grant', dialogueId: D }));
      floor = await settled((f) => f.current?.participantId === participantId('kaziss'), 'the next speaker');
      assert.deepEqual(floor.speakingTime.byParticipant, [
        { participantId: participantId('niss-tj'), seconds: 42, turns: 1 },
      ]);
      assert.deepEqual(floor.speakingTime.byOrganization, [{ organizationId: orgId('niss-tj'), seconds: 42 }]);
      assert.deepEqual(floor.speakingTime.byCountry, [{ countryCode: 'TJ', seconds: 42 }]);

      tick(30);
      refused(await tj.act({ type: 'floor.end', dialogueId: D }), 'forbidden');
      ok(await kz.act({ type: 'floor.end', dialogueId: D }));
      floor = await settled((f) => f.current === null, 'the turn ended');
      assert.deepEqual(floor.speakingTime.byCountry, [
        { countryCode: 'TJ', seconds: 42 },
        { countryCode: 'KZ', seconds: 30 },
      ]);
      refused(await mod.act({ type: 'floor.end', dialogueId: D }), 'conflict');
    });

    test('balanced order puts the fewest turns first; ordering by hand ends it; a stale order is refused', async () => {
      const uz = await liveClient(url, uzClient);
      await uz.subscribe(D);
      ok(await kz.act({ type: 'floor.request', dialogueId: D, kind: 'statement' }));
      ok(await tj.act({ type: 'floor.request', dialogueId: D, kind: 'statement' }));
      ok(await uz.act({ type: 'floor.request', dialogueId: D, kind: 'statement' }));
      let floor = await settled((f) => f.queue.length === 3, 'three requests');
      ok(await mod.act({ type: 'floor.settings', dialogueId: D, balanced: true }));
      floor = await settled((f) => f.balanced, 'balanced order');
      assert.equal(floor.queue[0]!.participantId, participantId('isrs'), 'no turns yet: first');

      const ids = floor.queue.map((q) => q.requestId);
      refused(await mod.act({ type: 'floor.reorder', dialogueId: D, order: ids.slice(1) }), 'conflict', 'order');
      ok(await mod.act({ type: 'floor.reorder', dialogueId: D, order: [...ids].reverse() }));
      floor = await settled((f) => !f.balanced, 'the order by hand');
      assert.deepEqual(
        floor.queue.map((q) => q.requestId),
        [...ids].reverse(),
      );

      ok(await mod.act({ type: 'floor.revoke', dialogueId: D, requestId: ids[0]! }));
      ok(await mod.act({ type: 'floor.revoke', dialogueId: D, requestId: ids[1]! }));
      ok(await mod.act({ type: 'floor.revoke', dialogueId: D, requestId: ids[2]! }));
      await settled((f) => f.queue.length === 0, 'the list cleared');
      refused(await mod.act({ type: 'floor.revoke', dialogueId: D, requestId: ids[0]! }), 'not_found', 'requestId');
      uz.close();
    });

    test('an observer follows the room but cannot ask for the floor or chat', async () => {
      const observer = await liveClient(url, observerClient);
      const snap = await observer.subscribe(D);
      assert.ok(snap.type === 'snapshot' && !snap.you.canAct && !snap.you.canModerate);
      refused(await observer.act({ type: 'floor.request', dialogueId: D, kind: 'statement' }), 'forbidden');
      refused(await observer.act({ type: 'chat.post', dialogueId: D, text: 'hello' }), 'forbidden');
      observer.close();
    });

    test('someone taken out of the dialogue is cut off from its room', async () => {
      const observer = await liveClient(url, observerClient);
      const snap = await observer.subscribe(D);
      assert.ok(snap.type === 'snapshot');
      const closed = new Promise<number>((resolve) => observer.socket.on('close', resolve));
      const participant = (
        await t.call('GET', `/api/v1/dialogues/${D}/participants/${snap.you.participantId}`, { as: 'admin' })
      ).json();
      const removed = await t.call(
        'DELETE',
        `/api/v1/dialogues/${D}/participants/${snap.you.participantId}?version=${participant.version}`,
        { as: 'admin' },
      );
      assert.equal(removed.statusCode, 204, removed.body);
      assert.equal(await closed, 4003);
      const again = await liveClient(url, observerClient);
      assert.deepEqual(
        await again.subscribe(D),
        { type: 'error', code: 'not_found', message: 'no such dialogue', path: 'dialogueId' },
        'and cannot come back',
      );
      again.close();
    });

    test('chat reaches the room, stays with the dialogue, and only a moderator deletes', async () => {
      ok(await kz.act({ type: 'chat.post', dialogueId: D, text: 'Документ по пункту 4 — в чате' }));
      const posted = () =>
        tj
          .events()
          .filter((e) => e.event === 'chat.posted')
          .map((e) => e.payload as ChatMessage);
      await tj.until(() => posted().length === 1, 'the message');
      const message = posted()[0]!;
      assert.equal(message.participantId, participantId('kaziss'));
      assert.ok(message.name && Object.keys(message.name.texts).length > 0, 'the author is named');
      assert.equal(message.text, 'Документ по пункту 4 — в чате');
      refused(await tj.act({ type: 'chat.delete', dialogueId: D, messageId: message.id }), 'forbidden');
      ok(await kz.act({ type: 'chat.post', dialogueId: D, text: 'kept' }));
      ok(await mod.act({ type: 'chat.delete', dialogueId: D, messageId: message.id }));
      await kz.until(() => kz.events().some((e) => e.event === 'chat.deleted'), 'the deletion');
      const late = await liveClient(url, t.clients.admin);
      const snap = await late.subscribe(D);
      assert.ok(snap.type === 'snapshot');
      assert.deepEqual(
        snap.room.chat.map((m) => m.text),
        ['kept'],
      );
      late.close();
    });

    test('the side panel records the speaker’s statement: every page sees it, and the record has it', async () => {
      ok(await kz.act({ type: 'floor.request', dialogueId: D, kind: 'statement' }));
      ok(await mod.act({ type: 'floor.grant', dialogueId: D }));
      await settled((f) => f.current?.participantId === participantId('kaziss'), 'the floor');
      tick(5);
      refused(
        await kz.act({
          type: 'statement.record',
          dialogueId: D,
          statement: {
            agendaItemId: agendaId('resolution'),
            speaker: { kind: 'participant', participantId: participantId('kaziss') },
            kind: 'remarks',
            text: ml({ en: 'My own record' }),
            areaIds: [],
            provisionIds: [],
          },
        }),
        'forbidden',
      );
      ok(
        await mod.act({
          type: 'statement.record',
          dialogueId: D,
          statement: {
            agendaItemId: agendaId('resolution'),
            speaker: { kind: 'participant', participantId: participantId('kaziss') },
            kind: 'position',
            text: ml(
              { ru: 'Предлагаем ежегодный обзор выполнения', en: 'We propose a yearly implementation review' },
              'ru',
            ),
            areaIds: [],
            provisionIds: [],
          },
        }),
      );
      for (const c of [mod, kz, tj])
        await c.until(() => c.events().some((e) => e.event === 'statement.created'), 'the statement');
      const record = (await t.call('GET', `/api/v1/dialogues/${D}`, { as: 'anonymous' })).json();
      const kept = record.statements.find(
        (s: { text: { texts: { en?: { text: string } } } }) =>
          s.text.texts.en?.text === 'We propose a yearly implementation review',
      );
      assert.ok(kept, 'in the record API');
      assert.equal(kept.deliveredAt, now.toISOString());
      ok(await mod.act({ type: 'floor.end', dialogueId: D }));
    });

    test('presence shows institution and country; leaving closes an attendance interval', async () => {
      const uz = await liveClient(url, uzClient);
      await uz.subscribe(D);
      const joined = () =>
        kz
          .events()
          .filter((e) => e.event === 'presence.joined')
          .map((e) => e.payload as PresenceEntry);
      await kz.until(() => joined().some((p) => p.participantId === participantId('isrs')), 'the arrival');
      const entry = joined().findLast((p) => p.participantId === participantId('isrs'))!;
      assert.deepEqual(
        [entry.organizationId, entry.countryCode, entry.name?.texts.en?.text !== undefined],
        [orgId('isrs'), 'UZ', true],
      );
      const arrived = now.toISOString();
      tick(600);
      uz.close();
      await kz.until(
        () =>
          kz
            .events()
            .some(
              (e) =>
                e.event === 'presence.left' &&
                (e.payload as { userId: string }).userId === entry.userId &&
                e.seq > kz.events().find((j) => j.payload === entry)!.seq,
            ),
        'the departure',
      );
      const participant = (
        await t.call('GET', `/api/v1/dialogues/${D}/participants/${participantId('isrs')}`, { as: 'admin' })
      ).json();
      assert.deepEqual(participant.attendance.at(-1), { from: arrived, to: now.toISOString() });
    });

    test('media: peers learn of each other, signalling reaches one connection, interpreters carry a language', async () => {
      ok(await kz.act({ type: 'media.join', dialogueId: D }));
      ok(await tj.act({ type: 'media.join', dialogueId: D }));
      const kzConnection = kz.snapshot()!.you.connectionId;
      const tjConnection = tj.snapshot()!.you.connectionId;
      await kz.until(
        () =>
          kz
            .events()
            .some(
              (e) =>
                e.event === 'media.joined' && (e.payload as { connectionId: string }).connectionId === tjConnection,
            ),
        'the peer',
      );
      tj.send({
        type: 'signal',
        dialogueId: D,
        to: kzConnection,
        data: { description: { type: 'offer', sdp: 'v=0\r\n' } },
      });
      await kz.until(() => kz.received.some((m) => m.type === 'signal'), 'the offer');
      const signal = kz.received.find((m) => m.type === 'signal')!;
      assert.deepEqual(signal, {
        type: 'signal',
        dialogueId: D,
        from: tjConnection,
        data: { description: { type: 'offer', sdp: 'v=0\r\n' } },
      });
      tj.send({ type: 'signal', dialogueId: D, to: '00000000-0000-4000-8000-000000000000', data: { candidate: null } });
      await tj.until(() => tj.received.some((m) => m.type === 'error' && m.path === 'to'), 'the refusal');

      refused(
        await kz.act({ type: 'media.join', dialogueId: D, interpretingInto: 'en' }),
        'forbidden',
        'interpretingInto',
      );
      const interpreter = await liveClient(url, interpreterClient);
      await interpreter.subscribe(D);
      ok(await interpreter.act({ type: 'media.join', dialogueId: D, interpretingInto: 'en' }));
      await kz.until(
        () =>
          kz
            .events()
            .some(
              (e) =>
                e.event === 'media.joined' &&
                (e.payload as { interpretingInto: string | null }).interpretingInto === 'en',
            ),
        'the channel',
      );

      ok(await mod.act({ type: 'media.mute_all', dialogueId: D }));
      await kz.until(() => kz.events().some((e) => e.event === 'media.muted_all'), 'mute all');
      const muted = kz.events().find((e) => e.event === 'media.muted_all')!.payload as { exceptUserIds: string[] };
      assert.deepEqual(muted.exceptUserIds, [mod.snapshot()!.you.userId]);
      interpreter.close();
      await kz.until(() => kz.events().some((e) => e.event === 'media.left'), 'the interpreter leaving');
    });
  });
}
