import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { ml } from '../../src/shared/multilingual.ts';
import { ProjectorView } from '../../src/shared/live/projector.ts';
import { DIALOGUE_2020_ID, agendaId, participantId } from '../../src/server/demo/dialogue-2020.ts';
import { orgId, personId } from '../../src/server/demo/directory-data.ts';
import { BACKENDS } from '../support/databases.ts';
import { startTestApp, type Client, type TestApp } from '../support/app.ts';
import { holdNow, liveClient, type LiveClient } from '../support/live-client.ts';
import { and, eq } from 'drizzle-orm';
import { AppError } from '../../src/shared/errors.ts';
import { floorRequests } from '../../src/server/db/schema.ts';
import { changeFloor } from '../../src/server/live/floor/change-floor.ts';
import { enqueue } from '../../src/server/live/floor/enqueue.ts';
import { runFloorBatch } from '../../src/server/live/floor/floor-batch.ts';
import type { FloorBatch, RoomContext } from '../../src/server/live/room-context.ts';
import { ANONYMOUS } from '../../src/server/policy/actor.ts';
import { loadDialogueAccess } from '../../src/server/policy/dialogue-access.ts';

const D = DIALOGUE_2020_ID;
const MISSING = '00000000-0000-4000-8000-0000000000aa';

/** The chair's list and agenda (the floor actions of a meeting room) and the hall's projector view. */
for (const backend of BACKENDS) {
  describe(`the chair's speakers' list, agenda item and projector (${backend})`, () => {
    let t: TestApp;
    let url = '';
    let now = new Date('2026-06-01T08:00:00Z');
    let mod: LiveClient, kz: LiveClient, tj: LiveClient;
    let outsider: Client;

    before(async () => {
      t = await startTestApp(backend, { clock: () => now });
      await holdNow(t, D, now); // floor actions work inside the room's window only
      await t.fastify.listen({ port: 0, host: '127.0.0.1' });
      url = `ws://127.0.0.1:${(t.fastify.server.address() as AddressInfo).port}/api/v1/live`;
      // A member of an institution that takes no part in the dialogue.
      const person = await t.call('POST', '/api/v1/people', {
        as: 'admin',
        body: {
          name: ml({ en: 'Aida Outsider', ru: 'Аида Посторонняя' }),
          positions: [{ organizationId: orgId('niss-kg'), title: ml({ en: 'Analyst' }), validFrom: '2015-01-01' }],
        },
      });
      assert.equal(person.statusCode, 201, person.body);
      const member = await t.call('POST', `/api/v1/organizations/${orgId('niss-kg')}/memberships`, {
        as: 'admin',
        body: { personId: person.json().id, role: 'member', validFrom: '2020-01-01' },
      });
      assert.equal(member.statusCode, 201, member.body);
      outsider = await t.personClient(person.json().id);
      // Someone invited who has not answered: not inside, so not on the list.
      const invited = await t.call('POST', `/api/v1/dialogues/${D}/participants`, {
        as: 'admin',
        body: {
          personId: personId('zhang-ming'),
          organizationId: orgId('sco'),
          role: 'delegate',
          invitation: 'invited',
        },
      });
      assert.equal(invited.statusCode, 201, invited.body);
      mod = await liveClient(url, t.clients.moderator);
      kz = await liveClient(url, t.clients.participant);
      tj = await liveClient(url, await t.personClient(personId('niss-tj')));
      for (const c of [mod, kz, tj]) assert.equal((await c.subscribe(D)).type, 'snapshot');
    });
    after(async () => {
      for (const c of [mod, kz, tj]) c.close();
      await t.close();
    });

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
      assert.equal(answer.path, path);
    };
    /** A refusal writes nothing: no event reaches anyone. */
    const writesNothing = async (action: () => Promise<void>) => {
      const before = mod.events().length;
      await action();
      await new Promise((r) => setTimeout(r, 150));
      assert.equal(mod.events().length, before, 'a refused action writes nothing');
    };

    test('a fresh room has an open list and no agenda item', () => {
      const floor = mod.snapshot()!.room.floor;
      assert.equal(floor.open, true);
      assert.equal(floor.agendaItemId, null);
    });

    test('the chair closes the list: requests are refused with floor_closed; the chair still adds someone; reopening lets requests in', async () => {
      await writesNothing(async () => {
        refused(await kz.act({ type: 'floor.open', dialogueId: D, open: false }), 'forbidden');
        refused(await mod.act({ type: 'floor.open', dialogueId: D, open: 'no' }), 'validation_failed', 'open');
      });
      ok(await mod.act({ type: 'floor.open', dialogueId: D, open: false }));
      await settled((f) => !f.open, 'the list closed');

      await writesNothing(async () => {
        const answer = await kz.act({ type: 'floor.request', dialogueId: D, kind: 'statement' });
        refused(answer, 'floor_closed');
        assert.match(answer.type === 'error' ? answer.message : '', /closed/);
      });

      // The chair puts the Kazakh delegate on the closed list; a point of order still goes first.
      ok(
        await mod.act({
          type: 'floor.enlist',
          dialogueId: D,
          participantId: participantId('kaziss'),
          kind: 'statement',
        }),
      );
      ok(
        await mod.act({
          type: 'floor.enlist',
          dialogueId: D,
          participantId: participantId('norov'),
          kind: 'point_of_order',
        }),
      );
      let floor = await settled((f) => f.queue.length === 2, 'two added by the chair');
      assert.deepEqual(
        floor.queue.map((q) => [q.participantId, q.kind]),
        [
          [participantId('norov'), 'point_of_order'],
          [participantId('kaziss'), 'statement'],
        ],
      );
      assert.equal(floor.open, false, 'adding does not reopen the list');

      // The one added may withdraw their own request, like any other.
      ok(await kz.act({ type: 'floor.withdraw', dialogueId: D, requestId: floor.queue[1]!.requestId }));
      ok(await mod.act({ type: 'floor.open', dialogueId: D, open: true }));
      floor = await settled((f) => f.open && f.queue.length === 1, 'the list open again');
      ok(await tj.act({ type: 'floor.request', dialogueId: D, kind: 'statement' }));
      floor = await settled((f) => f.queue.length === 2, 'a request on the open list');
      assert.equal(floor.queue[1]!.participantId, participantId('niss-tj'));
      for (const q of floor.queue) ok(await mod.act({ type: 'floor.revoke', dialogueId: D, requestId: q.requestId }));
      await settled((f) => f.queue.length === 0, 'the list emptied');
    });

    test('adding to the list: only the chair, only accepted participants of this dialogue, once each', async () => {
      await writesNothing(async () => {
        refused(
          await kz.act({
            type: 'floor.enlist',
            dialogueId: D,
            participantId: participantId('niss-tj'),
            kind: 'statement',
          }),
          'forbidden',
        );
        refused(
          await mod.act({ type: 'floor.enlist', dialogueId: D, participantId: MISSING, kind: 'statement' }),
          'not_found',
          'participantId',
        );
        const invited = t.call('GET', `/api/v1/dialogues/${D}/participants`, { as: 'admin' });
        const zhang = ((await invited).json() as { items: { id: string; personId: string }[] }).items.find(
          (p) => p.personId === personId('zhang-ming'),
        )!;
        refused(
          await mod.act({ type: 'floor.enlist', dialogueId: D, participantId: zhang.id, kind: 'statement' }),
          'not_found',
          'participantId',
        );
        refused(
          await mod.act({ type: 'floor.enlist', dialogueId: D, participantId: 'nobody', kind: 'statement' }),
          'validation_failed',
          'participantId',
        );
        refused(
          await mod.act({ type: 'floor.enlist', dialogueId: D, participantId: participantId('isrs'), kind: 'speech' }),
          'validation_failed',
          'kind',
        );
      });
      ok(await mod.act({ type: 'floor.enlist', dialogueId: D, participantId: participantId('isrs'), kind: 'reply' }));
      await settled((f) => f.queue.length === 1, 'one added');
      await writesNothing(async () => {
        refused(
          await mod.act({
            type: 'floor.enlist',
            dialogueId: D,
            participantId: participantId('isrs'),
            kind: 'statement',
          }),
          'conflict',
          'participantId',
        );
      });
      ok(await mod.act({ type: 'floor.revoke', dialogueId: D, requestId: mod.floor()!.queue[0]!.requestId }));
      await settled((f) => f.queue.length === 0, 'the list emptied');
    });

    test('the current agenda item: the chair sets it for everyone; an item of no dialogue or another is refused; null clears it', async () => {
      await writesNothing(async () => {
        refused(await kz.act({ type: 'floor.agenda', dialogueId: D, agendaItemId: agendaId('tashkent') }), 'forbidden');
        refused(
          await mod.act({ type: 'floor.agenda', dialogueId: D, agendaItemId: MISSING }),
          'not_found',
          'agendaItemId',
        );
        refused(await mod.act({ type: 'floor.agenda', dialogueId: D }), 'validation_failed', 'agendaItemId');
      });
      // An agenda item of another dialogue is not this room's.
      const other = await t.call('POST', '/api/v1/dialogues', {
        as: 'admin',
        body: {
          title: ml({ en: 'Another dialogue' }),
          format: 'videoconference',
          startsAt: '2026-07-01T05:00:00Z',
          endsAt: '2026-07-01T08:00:00Z',
          hostZone: 'Asia/Tashkent',
          confidentiality: 'public',
          languages: ['en'],
          media: { kind: 'built_in' },
          status: 'scheduled',
          convenerIds: [],
          referenceDocumentIds: [],
        },
      });
      assert.equal(other.statusCode, 201, other.body);
      const item = await t.call('POST', `/api/v1/dialogues/${other.json().id}/agenda-items`, {
        as: 'admin',
        body: { position: 1, title: ml({ en: 'Elsewhere' }), provisionIds: [], areaIds: [] },
      });
      assert.equal(item.statusCode, 201, item.body);
      await writesNothing(async () => {
        refused(
          await mod.act({ type: 'floor.agenda', dialogueId: D, agendaItemId: item.json().id }),
          'not_found',
          'agendaItemId',
        );
      });

      ok(await mod.act({ type: 'floor.agenda', dialogueId: D, agendaItemId: agendaId('tashkent') }));
      await settled((f) => f.agendaItemId === agendaId('tashkent'), 'the agenda item');
      // A page that joins later finds it in its snapshot.
      const late = await liveClient(url, await t.personClient(personId('csr-tj')));
      const snap = await late.subscribe(D);
      assert.equal(snap.type === 'snapshot' && snap.room.floor.agendaItemId, agendaId('tashkent'));
      late.close();
      ok(await mod.act({ type: 'floor.agenda', dialogueId: D, agendaItemId: null }));
      await settled((f) => f.agendaItemId === null, 'no agenda item');
      ok(await mod.act({ type: 'floor.agenda', dialogueId: D, agendaItemId: agendaId('resolution') }));
      await settled((f) => f.agendaItemId === agendaId('resolution'), 'the first agenda item');
    });

    test('the projector: insiders read the speaker, the countdown, the next three and the agenda item; never cached', async () => {
      for (const key of ['kaziss', 'niss-tj', 'isrs', 'mfa-tm', 'csr-tj'])
        ok(
          await mod.act({ type: 'floor.enlist', dialogueId: D, participantId: participantId(key), kind: 'statement' }),
        );
      ok(await mod.act({ type: 'floor.grant', dialogueId: D }));
      await settled((f) => f.current !== null && f.queue.length === 4, 'the first speaker');
      now = new Date(now.getTime() + 20_000);

      for (const as of ['participant', 'moderator', 'admin'] as const) {
        const res = await t.call('GET', `/api/v1/dialogues/${D}/live/projector`, { as });
        assert.equal(res.statusCode, 200, res.body);
        assert.match(String(res.headers['cache-control']), /no-store/);
        const view = ProjectorView.parse(res.json());
        assert.equal(view.agendaItem?.id, agendaId('resolution'));
        assert.equal(view.agendaItem?.position, 1);
        assert.equal(view.current?.name?.texts.en?.text, 'Head of KazISS (name not recorded)');
        assert.equal(view.current?.organization?.texts.en?.text, 'KazISS');
        assert.equal(view.current?.countryCode, 'KZ');
        assert.equal(view.current?.timeLimitSeconds, 180);
        assert.equal(Date.parse(view.serverTime) - Date.parse(view.current!.grantedAt), 20_000);
        assert.deepEqual(
          view.next.map((s) => s.name?.texts.en?.text),
          [
            'Head of NISS Tajikistan (name not recorded)',
            'Head of ISRS (name not recorded)',
            'MFA of Turkmenistan representative (name not recorded)',
          ],
        );
        assert.equal(view.waiting, 4);
        assert.equal(view.open, true);
      }
    });

    /** Empties the list the tests before left. */
    const emptyList = async () => {
      const floor = mod.floor()!;
      if (floor.current) ok(await mod.act({ type: 'floor.end', dialogueId: D }));
      for (const q of floor.queue) ok(await mod.act({ type: 'floor.revoke', dialogueId: D, requestId: q.requestId }));
      await settled((f) => f.current === null && f.queue.length === 0, 'the list emptied');
    };

    test('changes sent back to back are answered one by one, in order; one refused among them writes nothing and the rest stand', async () => {
      await emptyList();
      const from = mod.events().length;
      const enlist = (who: string) => ({
        type: 'floor.enlist',
        dialogueId: D,
        participantId: participantId(who),
        kind: 'statement',
      });
      // Sent before any answer: they queue behind the first and are written together.
      const answers = await Promise.all([
        mod.act(enlist('kaziss')),
        mod.act(enlist('kaziss')),
        mod.act(enlist('niss-tj')),
        mod.act({ type: 'floor.grant', dialogueId: D }),
      ]);
      ok(answers[0]!);
      refused(answers[1]!, 'conflict', 'participantId');
      ok(answers[2]!);
      ok(answers[3]!);
      const seqs = [answers[0], answers[2], answers[3]].map((a) => (a!.type === 'ack' ? a!.seq : null));
      assert.deepEqual(seqs, [seqs[0], seqs[0]! + 1, seqs[0]! + 2], 'one seq each, and none for the refusal');
      const floor = await settled((f) => f.current !== null && f.queue.length === 1, 'one speaking, one waiting');
      assert.equal(floor.current!.participantId, participantId('kaziss'));
      assert.equal(floor.queue[0]!.participantId, participantId('niss-tj'));
      await mod.until(() => mod.events().length >= from + 3, 'three events');
      assert.deepEqual(
        mod
          .events()
          .slice(from)
          .map((e) => [e.seq, e.event]),
        seqs.map((seq) => [seq, 'floor.changed']),
      );
      ok(await mod.act({ type: 'floor.end', dialogueId: D }));
      ok(await mod.act({ type: 'floor.revoke', dialogueId: D, requestId: floor.queue[0]!.requestId }));
      await settled((f) => f.current === null && f.queue.length === 0, 'the list emptied');
    });

    test('in a batch, a change that fails after writing is rolled back whole, its event and seq too; the changes around it are kept', async () => {
      await emptyList();
      const access = (await loadDialogueAccess(t.deps.db, ANONYMOUS, D))!;
      const ctx = (floor: FloorBatch): RoomContext => ({
        deps: t.deps,
        actor: ANONYMOUS,
        access,
        dialogueId: D,
        connectionId: 'test',
        participantId: null,
        floor,
      });
      const enqueueing = (who: string, fail: boolean) => (floor: FloorBatch) =>
        changeFloor(ctx(floor), async (tx, settings) => {
          const request = { dialogueId: D, participantId: participantId(who), kind: 'statement' as const, now };
          await enqueue(tx, request, settings, { message: 'already' });
          if (fail) throw new AppError('conflict', 'failed after writing');
        }).then((seq) => ({ seq }));
      const outcomes = await runFloorBatch(t.deps, D, [
        enqueueing('kaziss', false),
        enqueueing('niss-tj', true),
        enqueueing('norov', false),
      ]);
      assert.deepEqual(
        outcomes.map((o) => o.ok),
        [true, false, true],
      );
      const [first, , third] = outcomes.map((o) => (o.ok ? o.seq : null));
      assert.equal(third, first! + 1, 'the failed change took no seq');
      const floor = await settled((f) => f.queue.length === 2, 'two on the list');
      assert.deepEqual(
        floor.queue.map((q) => q.participantId),
        [participantId('kaziss'), participantId('norov')],
      );
      const queued = await t.deps.db
        .select({ participantId: floorRequests.participantId })
        .from(floorRequests)
        .where(and(eq(floorRequests.dialogueId, D), eq(floorRequests.state, 'queued')));
      assert.equal(queued.length, 2, 'the failed change’s row is gone');
      for (const q of floor.queue) ok(await mod.act({ type: 'floor.revoke', dialogueId: D, requestId: q.requestId }));
      await settled((f) => f.queue.length === 0, 'the list emptied');
    });

    test('the projector tells an anonymous reader and another institution’s member nothing: the answer of a missing dialogue', async () => {
      const missing = await t.call('GET', `/api/v1/dialogues/${MISSING}/live/projector`, { as: 'admin' });
      assert.equal(missing.statusCode, 404);
      for (const as of ['anonymous', 'member', outsider] as const) {
        for (const id of [D, MISSING]) {
          const res = await t.call('GET', `/api/v1/dialogues/${id}/live/projector`, { as });
          assert.equal(res.statusCode, 404, `${typeof as === 'string' ? as : 'outsider'}: ${res.body}`);
          assert.deepEqual(res.json(), missing.json());
          assert.doesNotMatch(res.body, /KazISS|name not recorded/);
        }
      }
      // Nor may they open the room itself.
      const c = await liveClient(url, outsider);
      const answer = await c.subscribe(D);
      assert.equal(answer.type === 'error' && answer.code, 'not_found');
      c.close();
    });
  });
}
