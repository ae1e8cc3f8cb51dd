import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ml } from '../../src/shared/multilingual.ts';
import type { ProvisionMentions } from '../../src/shared/contracts/references.ts';
import { DIALOGUE_2020_ID } from '../../src/server/demo/dialogue-2020.ts';
import { orgId, personId } from '../../src/server/demo/directory-data.ts';
import { documentId, provisionId } from '../../src/server/demo/references-data.ts';
import { BACKENDS } from '../support/databases.ts';
import { startTestApp, type TestApp } from '../support/app.ts';

const RES = 'a-res-72-283';

for (const backend of BACKENDS) {
  describe(`where provisions, people and organizations appear (${backend})`, () => {
    let t: TestApp;
    let closed: string;
    before(async () => {
      t = await startTestApp(backend);
      // A Chatham House dialogue that also cites the resolution and hears Norov.
      closed = (
        await t.call('POST', '/api/v1/dialogues', {
          as: 'admin',
          body: {
            title: ml({ en: 'Closed round' }),
            format: 'videoconference',
            startsAt: '2021-03-01T05:00:00Z',
            endsAt: '2021-03-01T07:00:00Z',
            hostZone: 'Asia/Tashkent',
            status: 'concluded',
            confidentiality: 'chatham_house',
            languages: ['ru'],
            media: { kind: 'built_in' },
            convenerIds: [],
            referenceDocumentIds: [],
          },
        })
      ).json().id;
      const p = (
        await t.call('POST', `/api/v1/dialogues/${closed}/participants`, {
          as: 'admin',
          body: {
            personId: personId('norov'),
            organizationId: orgId('sco'),
            role: 'speaker',
            invitation: 'accepted',
          },
        })
      ).json();
      const s = await t.call('POST', `/api/v1/dialogues/${closed}/statements`, {
        as: 'admin',
        body: {
          speaker: { kind: 'participant', participantId: p.id },
          kind: 'position',
          text: ml({ en: 'Candid words' }),
          areaIds: [],
          provisionIds: [provisionId(RES, 'op')],
        },
      });
      assert.equal(s.statusCode, 201, s.body);
    });
    after(async () => {
      await t.close();
    });

    const mentions = async (as: 'anonymous' | 'admin') => {
      const res = await t.call(
        'GET',
        `/api/v1/reference-documents/${documentId(RES)}/provisions/${provisionId(RES, 'op')}/mentions`,
        { as },
      );
      assert.equal(res.statusCode, 200, res.body);
      return { body: res.json() as ProvisionMentions, raw: res.body };
    };

    test('a provision lists the dialogues, agenda items and statements that concern it', async () => {
      const { body } = await mentions('admin');
      assert.deepEqual(body.dialogues.map((d) => d.id).sort(), [DIALOGUE_2020_ID, closed].sort());
      assert.equal(body.agendaItems.length, 1);
      assert.equal(body.statements.length, 3);
      assert.equal(body.provision.number, 'OP');
    });

    test('outsiders see what was said under the Rule, but not who said it', async () => {
      const { body, raw } = await mentions('anonymous');
      const fromClosed = body.statements.filter((s) => s.dialogueId === closed);
      assert.equal(fromClosed.length, 1);
      assert.deepEqual(fromClosed[0]!.speaker, { kind: 'withheld' });
      assert.ok(!raw.includes(personId('norov')));
    });

    test('directory entries list their dialogues, never a Chatham House one to outsiders', async () => {
      const byPerson = async (as: 'anonymous' | 'admin') =>
        (await t.call('GET', `/api/v1/dialogues?person=${personId('norov')}`, { as }))
          .json()
          .items.map((d: { id: string }) => d.id)
          .sort();
      assert.deepEqual(await byPerson('admin'), [DIALOGUE_2020_ID, closed].sort());
      assert.deepEqual(await byPerson('anonymous'), [DIALOGUE_2020_ID]);
      const byOrg = (await t.call('GET', `/api/v1/dialogues?organization=${orgId('kaziss')}`)).json();
      assert.deepEqual(
        byOrg.items.map((d: { id: string }) => d.id),
        [DIALOGUE_2020_ID],
      );
      const convened = (await t.call('GET', `/api/v1/dialogues?organization=${orgId('unrcca')}`)).json();
      assert.equal(convened.total, 4, 'UNRCCA convened the 2020 dialogue and the three forums');
    });

    test('an unknown provision, or one of another document, is 404', async () => {
      const res = await t.call(
        'GET',
        `/api/v1/reference-documents/${documentId('tashkent-2019-joint-statement')}/provisions/${provisionId(RES, 'op')}/mentions`,
      );
      assert.equal(res.statusCode, 404);
    });
  });
}
