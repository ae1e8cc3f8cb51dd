import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ml } from '../../src/shared/multilingual.ts';
import type { DialogueRecord } from '../../src/shared/contracts/dialogue-record.ts';
import { DIALOGUE_2020_ID, agendaId, participantId } from '../../src/server/demo/dialogue-2020.ts';
import { orgId, personId } from '../../src/server/demo/directory-data.ts';
import { BACKENDS } from '../support/databases.ts';
import { startTestApp, type TestApp } from '../support/app.ts';

const dialogueBody = (over: Record<string, unknown>) => ({
  title: ml({ en: 'A later dialogue' }),
  format: 'videoconference',
  startsAt: '2025-03-01T05:00:00Z',
  endsAt: '2025-03-01T07:00:00Z',
  hostZone: 'Asia/Bishkek',
  status: 'scheduled',
  confidentiality: 'public',
  languages: ['ru', 'en'],
  media: { kind: 'built_in' },
  convenerIds: [orgId('unrcca')],
  referenceDocumentIds: [],
  ...over,
});

for (const backend of BACKENDS) {
  describe(`the full record of a dialogue (${backend})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(backend);
    });
    after(async () => {
      await t.close();
    });

    const record = async (
      id: string,
      as: Parameters<TestApp['call']>[2] extends infer O
        ? O extends { as?: infer R }
          ? R
          : never
        : never = 'anonymous',
    ) => {
      const res = await t.call('GET', `/api/v1/dialogues/${id}`, { as });
      return { status: res.statusCode, body: res.statusCode === 200 ? (res.json() as DialogueRecord) : null, res };
    };

    test('an anonymous reader gets the public 2020 dialogue in full', async () => {
      const { status, body } = await record(DIALOGUE_2020_ID);
      assert.equal(status, 200);
      assert.equal(body!.audience, 'outside');
      assert.ok(body!.participants.length >= 6);
      assert.ok(body!.statements.length >= 8);
      assert.deepEqual(body!.conveners, [orgId('unrcca')]);
      assert.equal(body!.agenda.length, 3);
      assert.equal(body!.references.length, 3);
      assert.ok(body!.statements.some((s) => s.kind === 'direct_quote'));
      assert.ok(body!.statements.some((s) => s.speaker.kind === 'collective'));
      assert.ok(body!.outcomes.length >= 1);
      const res72 = body!.references.find((r) => r.symbol === 'A/RES/72/283')!;
      assert.equal(res72.adoptedOn, '2018-06-22');
      assert.ok(
        res72.provisions.every((p) => p.placeholder),
        'unconfirmed texts are labelled',
      );
    });

    test("positions and names are those in force on the dialogue's date", async () => {
      const { body } = await record(DIALOGUE_2020_ID);
      const norov = body!.participants.find((p) => p.person.id === personId('norov'))!;
      assert.equal(norov.position?.texts.en?.text, 'Secretary-General of the SCO');

      // The same office in 2025 is someone else's; the Kyrgyz institute has its post-2024 name.
      const later = await t.call('POST', '/api/v1/dialogues', { as: 'admin', body: dialogueBody({}) });
      const id = later.json().id;
      const kgPerson = await t.call('POST', '/api/v1/people', {
        as: 'admin',
        body: {
          name: ml({ ky: 'Эксперт', en: 'Expert' }),
          positions: [
            { organizationId: orgId('niss-kg'), title: ml({ en: 'Analyst' }), validTo: '2023-12-31' },
            { organizationId: orgId('niss-kg'), title: ml({ en: 'Director' }), validFrom: '2024-01-01' },
          ],
        },
      });
      assert.equal(kgPerson.statusCode, 201, kgPerson.body);
      const added = await t.call('POST', `/api/v1/dialogues/${id}/participants`, {
        as: 'admin',
        body: {
          personId: kgPerson.json().id,
          organizationId: orgId('niss-kg'),
          role: 'delegate',
          invitation: 'accepted',
        },
      });
      assert.equal(added.statusCode, 201, added.body);
      const { body: rec } = await record(id);
      assert.equal(rec!.participants[0]!.position?.texts.en?.text, 'Director');
      const kg = rec!.organizations.find((o) => o.id === orgId('niss-kg'))!;
      assert.match(kg.name.texts.en!.text, /Strategic Initiatives/);
    });

    test('the record is cached until something it shows changes, and answers 304 to its ETag', async () => {
      const first = await record(DIALOGUE_2020_ID);
      const etag = String(first.res.headers.etag);
      const again = await t.call('GET', `/api/v1/dialogues/${DIALOGUE_2020_ID}`, {
        headers: { 'if-none-match': etag },
      });
      assert.equal(again.statusCode, 304);
      // A directory change (a convener's name) must show in the record at once.
      const org = (await t.call('GET', `/api/v1/organizations/${orgId('unrcca')}`)).json();
      const renamed = await t.call('PATCH', `/api/v1/organizations/${orgId('unrcca')}`, {
        as: 'admin',
        body: {
          version: org.version,
          names: [{ name: ml({ en: 'Renamed Centre' }) }],
        },
      });
      assert.equal(renamed.statusCode, 200, renamed.body);
      const after = await record(DIALOGUE_2020_ID);
      assert.notEqual(after.res.headers.etag, etag);
      assert.equal(
        after.body!.organizations.find((o) => o.id === orgId('unrcca'))!.name.texts.en!.text,
        'Renamed Centre',
      );
    });

    test('under the Chatham House Rule outsiders see what was said, never who said it', async () => {
      const d = (
        await t.call('POST', '/api/v1/dialogues', {
          as: 'admin',
          body: dialogueBody({ confidentiality: 'chatham_house' }),
        })
      ).json();
      const p = (
        await t.call('POST', `/api/v1/dialogues/${d.id}/participants`, {
          as: 'admin',
          body: {
            personId: personId('norov'),
            organizationId: orgId('sco'),
            role: 'speaker',
            invitation: 'accepted',
          },
        })
      ).json();
      const s = await t.call('POST', `/api/v1/dialogues/${d.id}/statements`, {
        as: 'admin',
        body: {
          speaker: { kind: 'participant', participantId: p.id },
          kind: 'position',
          text: ml({ en: 'A frank view' }),
          areaIds: [],
          provisionIds: [],
        },
      });
      assert.equal(s.statusCode, 201);
      await t.call('POST', `/api/v1/dialogues/${d.id}/outcomes`, {
        as: 'admin',
        body: {
          kind: 'recommendation',
          text: ml({ en: 'Do it' }),
          proposerIds: [orgId('sco')],
          endorserIds: [orgId('kaziss')],
          areaIds: [],
          provisionIds: [],
        },
      });

      const outside = await record(d.id);
      assert.equal(outside.body!.participants.length, 0);
      assert.equal(outside.body!.participantsWithheld, 1);
      assert.deepEqual(outside.body!.statements[0]!.speaker, { kind: 'withheld' });
      assert.deepEqual(outside.body!.outcomes[0]!.proposerIds, []);
      const text = outside.res.body;
      for (const leak of [personId('norov'), orgId('sco'), orgId('kaziss'), 'Norov', 'Норов', p.id])
        assert.ok(!text.includes(leak), `leaks ${leak}`);
      assert.equal((await t.call('GET', `/api/v1/dialogues/${d.id}/participants`)).json().total, 0);
      assert.deepEqual((await t.call('GET', `/api/v1/dialogues/${d.id}/statements`)).json().items[0].speaker, {
        kind: 'withheld',
      });

      const inside = await record(d.id, 'admin');
      assert.equal(inside.body!.audience, 'inside');
      assert.equal(inside.body!.participants.length, 1);
      assert.equal(inside.body!.statements[0]!.speaker.kind, 'participant');
    });

    test('one agenda item under the Rule withholds only its own speakers', async () => {
      const item = await t.call('POST', `/api/v1/dialogues/${DIALOGUE_2020_ID}/agenda-items`, {
        as: 'admin',
        body: {
          position: 4,
          title: ml({ en: 'Closed session' }),
          confidentiality: 'chatham_house',
          provisionIds: [],
          areaIds: [],
        },
      });
      assert.equal(item.statusCode, 201, item.body);
      await t.call('POST', `/api/v1/dialogues/${DIALOGUE_2020_ID}/statements`, {
        as: 'admin',
        body: {
          agendaItemId: item.json().id,
          speaker: { kind: 'participant', participantId: participantId('isrs') },
          kind: 'remarks',
          text: ml({ en: 'Off the record' }),
          areaIds: [],
          provisionIds: [],
        },
      });
      const { body } = await record(DIALOGUE_2020_ID);
      const closed = body!.statements.filter((s) => s.agendaItemId === item.json().id);
      const open = body!.statements.filter((s) => s.agendaItemId === agendaId('tashkent'));
      assert.deepEqual(
        closed.map((s) => s.speaker.kind),
        ['withheld'],
      );
      assert.ok(open.every((s) => s.speaker.kind === 'participant'));
    });

    test('a restricted dialogue is hidden from outsiders and open to its participants', async () => {
      const d = (
        await t.call('POST', '/api/v1/dialogues', {
          as: 'admin',
          body: dialogueBody({ confidentiality: 'restricted' }),
        })
      ).json();
      await t.call('POST', `/api/v1/dialogues/${d.id}/participants`, {
        as: 'admin',
        body: {
          personId: personId('kaziss'),
          organizationId: orgId('kaziss'),
          role: 'delegate',
          invitation: 'accepted',
        },
      });
      assert.equal((await record(d.id)).status, 404);
      assert.equal((await record(d.id, 'member')).status, 404);
      assert.equal((await record(d.id, 'participant')).body!.audience, 'inside');
      const listed = (await t.call('GET', '/api/v1/dialogues?limit=100')).json().items.map((x: { id: string }) => x.id);
      assert.ok(!listed.includes(d.id));
      const mine = (await t.call('GET', '/api/v1/dialogues?limit=100', { as: 'participant' }))
        .json()
        .items.map((x: { id: string }) => x.id);
      assert.ok(mine.includes(d.id));
    });
  });
}
