import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { ml, type MultiText } from '../../src/shared/multilingual.ts';
import { NOT_CLEARED } from '../../src/shared/chatham/not-cleared.ts';
import { orgId, personId } from '../../src/server/demo/directory-data.ts';
import { documentId, provisionId } from '../../src/server/demo/references-data.ts';
import { DIALOGUE_2020_ID } from '../../src/server/demo/dialogue-2020.ts';
import { events } from '../../src/server/db/schema.ts';
import { BACKENDS } from '../support/databases.ts';
import { startTestApp, type Role, type TestApp } from '../support/app.ts';

const RES = 'a-res-72-283';

/**
 * The Chatham House Rule as a state of each record: clearance binds to the exact words, lowering a
 * rule is the secretariat's alone and never reaches back, raising one covers what was already said,
 * and every outsider read (lists, filters, mentions, the record) shows only what was cleared.
 */
for (const backend of BACKENDS) {
  describe(`the Chatham House Rule on each record (${backend})`, () => {
    let t: TestApp;
    let id = '';
    let speakerId = '';

    const call = async (method: string, url: string, as: Role, body?: unknown, status?: number) => {
      const res = await t.call(method, url, { as, body });
      if (status !== undefined) assert.equal(res.statusCode, status, `${method} ${url} as ${as} → ${res.body}`);
      return res;
    };
    const say = async (text: MultiText, agendaItemId: string | null = null) =>
      (
        await call(
          'POST',
          `/api/v1/dialogues/${id}/statements`,
          'admin',
          {
            agendaItemId,
            speaker: { kind: 'participant', participantId: speakerId },
            kind: 'position',
            text,
            deliveredAt: '2021-03-01T05:40:00Z',
            areaIds: [],
            provisionIds: [provisionId(RES, 'op')],
          },
          201,
        )
      ).json();
    const outsiderStatement = async (statementId: string, as: Role = 'anonymous') =>
      (await call('GET', `/api/v1/dialogues/${id}`, as, undefined, 200))
        .json()
        .statements.find((s: { id: string }) => s.id === statementId);

    before(async () => {
      t = await startTestApp(backend);
      id = (
        await call(
          'POST',
          '/api/v1/dialogues',
          'admin',
          {
            title: ml({ en: 'A frank round' }),
            format: 'videoconference',
            startsAt: '2021-03-01T05:00:00Z',
            endsAt: '2021-03-01T07:00:00Z',
            hostZone: 'Asia/Tashkent',
            status: 'concluded',
            confidentiality: 'chatham_house',
            languages: ['ru', 'en'],
            media: { kind: 'built_in' },
            convenerIds: [],
            referenceDocumentIds: [documentId(RES)],
          },
          201,
        )
      ).json().id;
      speakerId = (
        await call(
          'POST',
          `/api/v1/dialogues/${id}/participants`,
          'admin',
          { personId: personId('norov'), organizationId: orgId('sco'), role: 'speaker', invitation: 'accepted' },
          201,
        )
      ).json().id;
      // The test's "moderator" (the UNRCCA's head) chairs this round, with the Kazakh delegate as rapporteur.
      await call(
        'POST',
        `/api/v1/dialogues/${id}/participants`,
        'admin',
        { personId: personId('unrcca'), organizationId: orgId('unrcca'), role: 'chair', invitation: 'accepted' },
        201,
      );
    });
    after(async () => {
      await t.close();
    });

    test('an uncleared text reaches outsiders as the marker, with no speaker and no time; insiders read it all', async () => {
      const s = await say(ml({ en: "Norov's own view: the SCO should lead." }));
      const outside = await outsiderStatement(s.id);
      assert.deepEqual(outside.text, NOT_CLEARED);
      assert.equal(outside.clearance, 'pending');
      assert.deepEqual(outside.speaker, { kind: 'withheld' });
      assert.equal(outside.deliveredAt, null);
      assert.equal(outside.createdAt, null);
      assert.equal(outside.updatedAt, null);
      const inside = await outsiderStatement(s.id, 'admin');
      assert.equal(inside.text.texts.en.text, "Norov's own view: the SCO should lead.");
      assert.equal(inside.deliveredAt, '2021-03-01T05:40:00.000Z');
      // Provision mentions read the same record: the marker, never the words.
      const mentions = (
        await call(
          'GET',
          `/api/v1/reference-documents/${documentId(RES)}/provisions/${provisionId(RES, 'op')}/mentions`,
          'anonymous',
          undefined,
          200,
        )
      ).body;
      assert.ok(!mentions.includes('Norov') && !mentions.includes(speakerId), mentions.slice(0, 300));
    });

    test('a clearance binds to the exact words: an edit or a new translation undoes it', async () => {
      const s = await say(ml({ ru: 'Водные ресурсы требуют общего подхода.' }));
      const view = (
        await call('GET', `/api/v1/dialogues/${id}/clearances/statement/${s.id}`, 'admin', undefined, 200)
      ).json();
      assert.equal(view.cleared, null);
      const cleared = (
        await call(
          'POST',
          `/api/v1/dialogues/${id}/clearances/statement/${s.id}`,
          'admin',
          { version: view.version, languages: ['ru'] },
          200,
        )
      ).json();
      assert.deepEqual(cleared.cleared.languages, ['ru']);
      assert.equal((await outsiderStatement(s.id)).text.texts.ru.text, 'Водные ресурсы требуют общего подхода.');
      assert.equal((await outsiderStatement(s.id)).clearance, 'cleared');

      const translated = (
        await call(
          'PATCH',
          `/api/v1/dialogues/${id}/statements/${s.id}`,
          'admin',
          {
            version: cleared.version,
            text: ml({ ru: 'Водные ресурсы требуют общего подхода.', en: 'Water needs a shared approach.' }, 'ru'),
          },
          200,
        )
      ).json();
      assert.equal(translated.clearance, 'pending');
      assert.deepEqual((await outsiderStatement(s.id)).text, NOT_CLEARED);

      // Cleared again with only the translation released: outsiders do not learn the original language.
      await call(
        'POST',
        `/api/v1/dialogues/${id}/clearances/statement/${s.id}`,
        'admin',
        { version: translated.version, languages: ['en'] },
        200,
      );
      const released = await outsiderStatement(s.id);
      assert.deepEqual(Object.keys(released.text.texts), ['en']);
      assert.equal(released.text.original, 'en');

      const edited = (
        await call(
          'PATCH',
          `/api/v1/dialogues/${id}/statements/${s.id}`,
          'admin',
          { version: translated.version + 1, text: ml({ ru: 'Иначе.' }) },
          200,
        )
      ).json();
      assert.equal(edited.clearance, 'pending');
      assert.deepEqual((await outsiderStatement(s.id)).text, NOT_CLEARED);
    });

    test("the clearer's edit is what outsiders read; the words as said stay for insiders", async () => {
      const s = await say(ml({ en: 'As Norov put it, the institutes agree.' }));
      const view = (
        await call('GET', `/api/v1/dialogues/${id}/clearances/statement/${s.id}`, 'admin', undefined, 200)
      ).json();
      assert.ok(
        view.candidates.some((c: { kind: string }) => c.kind === 'name'),
        JSON.stringify(view.candidates),
      );
      assert.ok(!view.suggestion.texts.en.text.includes('Norov'), view.suggestion.texts.en.text);
      await call(
        'POST',
        `/api/v1/dialogues/${id}/clearances/statement/${s.id}`,
        'admin',
        { version: view.version, languages: ['en'], text: view.suggestion },
        200,
      );
      assert.equal((await outsiderStatement(s.id)).text.texts.en.text, view.suggestion.texts.en.text);
      assert.equal(
        (await outsiderStatement(s.id, 'admin')).text.texts.en.text,
        'As Norov put it, the institutes agree.',
      );
    });

    test('clearing refuses bad input at the field, a record outside the Rule, and anyone but the rapporteur or the secretariat', async () => {
      const s = await say(ml({ en: 'Short.' }));
      const bad = await call(
        'POST',
        `/api/v1/dialogues/${id}/clearances/statement/${s.id}`,
        'admin',
        { version: s.version, languages: ['tk'] },
        400,
      );
      assert.equal(bad.json().errors[0].path, 'languages.0');
      await call(
        'POST',
        `/api/v1/dialogues/${id}/clearances/statement/${s.id}`,
        'moderator',
        { version: s.version, languages: ['en'] },
        403,
      );
      await call(
        'POST',
        `/api/v1/dialogues/${id}/clearances/statement/${s.id}`,
        'anonymous',
        { version: s.version, languages: ['en'] },
        401,
      );
      const open = await call(
        'GET',
        `/api/v1/dialogues/${DIALOGUE_2020_ID}/statements?limit=1`,
        'admin',
        undefined,
        200,
      );
      const said = open.json().items[0];
      await call(
        'POST',
        `/api/v1/dialogues/${DIALOGUE_2020_ID}/clearances/statement/${said.id}`,
        'admin',
        { version: said.version, languages: [said.text.original] },
        409,
      );
      assert.equal((await outsiderStatement(s.id)).clearance, 'pending', 'nothing changed');
    });

    test('who declined or has not answered an invitation is outside; so is an owner institution that took no part', async () => {
      for (const invitation of ['declined', 'invited'] as const) {
        const person = (
          await call(
            'POST',
            '/api/v1/people',
            'admin',
            { name: ml({ en: `Invitee ${invitation}` }), positions: [] },
            201,
          )
        ).json();
        await call(
          'POST',
          `/api/v1/dialogues/${id}/participants`,
          'admin',
          { personId: person.id, organizationId: orgId('kaziss'), role: 'delegate', invitation },
          201,
        );
        const invitee = await t.personClient(person.id);
        const record = (await t.call('GET', `/api/v1/dialogues/${id}`, { as: invitee })).json();
        assert.equal(record.audience, 'outside', invitation);
        assert.equal(record.participants.length, 0, invitation);
      }
      // A commitment owned, under the Rule, by an institution whose head took no part here.
      const owned = (
        await call(
          'POST',
          `/api/v1/dialogues/${id}/outcomes`,
          'admin',
          {
            kind: 'commitment',
            text: ml({ en: 'A shared data platform by next year.' }),
            proposerIds: [],
            endorserIds: [],
            areaIds: [],
            provisionIds: [provisionId(RES, 'op')],
            ownerOrganizationId: orgId('kaziss'),
            dueOn: '2022-03-01',
            status: 'planned',
          },
          201,
        )
      ).json();
      const page = (await call('GET', `/api/v1/actions/${owned.id}`, 'participant', undefined, 200)).json();
      assert.equal(page.canUpdate, false, 'being allowed to move it would tell that the institution owns it');
      assert.equal(page.action.ownerOrganizationId, null);
      assert.deepEqual(page.action.statusHistory, [], 'its first entry is the instant it was recorded');
      assert.equal(page.action.version, 0);
      await call('POST', `/api/v1/actions/${owned.id}/status`, 'participant', { status: 'done', version: 1 }, 403);
    });

    test('an agenda item held as restricted is for insiders alone, in a public dialogue too', async () => {
      const open = (
        await call(
          'POST',
          '/api/v1/dialogues',
          'admin',
          {
            title: ml({ en: 'An open round' }),
            format: 'videoconference',
            startsAt: '2021-04-01T05:00:00Z',
            endsAt: '2021-04-01T07:00:00Z',
            hostZone: 'Asia/Tashkent',
            status: 'concluded',
            confidentiality: 'public',
            languages: ['en'],
            media: { kind: 'built_in' },
            convenerIds: [],
            referenceDocumentIds: [],
          },
          201,
        )
      ).json().id;
      const p = (
        await call(
          'POST',
          `/api/v1/dialogues/${open}/participants`,
          'admin',
          { personId: personId('norov'), organizationId: orgId('sco'), role: 'speaker', invitation: 'accepted' },
          201,
        )
      ).json();
      const item = (
        await call(
          'POST',
          `/api/v1/dialogues/${open}/agenda-items`,
          'admin',
          {
            position: 1,
            title: ml({ en: 'Closed item' }),
            confidentiality: 'restricted',
            provisionIds: [],
            areaIds: [],
          },
          201,
        )
      ).json();
      const s = (
        await call(
          'POST',
          `/api/v1/dialogues/${open}/statements`,
          'admin',
          {
            agendaItemId: item.id,
            speaker: { kind: 'participant', participantId: p.id },
            kind: 'position',
            text: ml({ en: 'Quindecillion reservations.' }),
            areaIds: [],
            provisionIds: [],
          },
          201,
        )
      ).json();
      const record = (await call('GET', `/api/v1/dialogues/${open}`, 'anonymous', undefined, 200)).json();
      assert.ok(!record.statements.some((x: { id: string }) => x.id === s.id));
      assert.ok(!record.agenda.some((x: { id: string }) => x.id === item.id));
      await call('GET', `/api/v1/dialogues/${open}/statements/${s.id}`, 'anonymous', undefined, 404);
      const search = async (as: Role) =>
        (await call('GET', '/api/v1/search?q=Quindecillion', as, undefined, 200))
          .json()
          .hits.some((h: { id: string }) => h.id === s.id);
      assert.equal(await search('anonymous'), false);
      assert.equal(await search('admin'), true);
      // Opened later by the secretariat: found by everyone.
      await call(
        'PATCH',
        `/api/v1/dialogues/${open}/agenda-items/${item.id}`,
        'admin',
        { version: item.version, confidentiality: null },
        200,
      );
      assert.equal(await search('anonymous'), true);
    });

    test('only the secretariat lowers a rule, the decision is an event, and what was said under the Rule stays under it', async () => {
      const s = await say(ml({ en: 'Said while the Rule held.' }));
      const dialogue = (await call('GET', `/api/v1/dialogues/${id}`, 'admin', undefined, 200)).json().dialogue;
      const refused = await call(
        'PATCH',
        `/api/v1/dialogues/${id}`,
        'moderator',
        { version: dialogue.version, confidentiality: 'public' },
        403,
      );
      assert.equal(refused.json().errors[0].path, 'confidentiality');
      assert.equal(
        (await call('GET', `/api/v1/dialogues/${id}`, 'admin', undefined, 200)).json().dialogue.confidentiality,
        'chatham_house',
      );

      await call(
        'PATCH',
        `/api/v1/dialogues/${id}`,
        'admin',
        { version: dialogue.version, confidentiality: 'public' },
        200,
      );
      const lowered = await t.database.db
        .select()
        .from(events)
        .where(and(eq(events.stream, id), eq(events.type, 'confidentiality.lowered')));
      assert.equal(lowered.length, 1);
      assert.deepEqual(lowered[0]!.payload, {
        dialogueId: id,
        agendaItemId: null,
        from: 'chatham_house',
        to: 'public',
      });
      const before = await outsiderStatement(s.id);
      assert.deepEqual(before.speaker, { kind: 'withheld' });
      assert.deepEqual(before.text, NOT_CLEARED);
      // Filters cannot find it by its speaker's country either.
      const byCountry = (
        await call('GET', `/api/v1/dialogues/${id}/statements?country=UZ&limit=100`, 'anonymous', undefined, 200)
      ).json();
      assert.ok(!byCountry.items.some((x: { id: string }) => x.id === s.id));

      // Said after the rule was lowered: public, attributed.
      const after = await say(ml({ en: 'Said in the open.' }));
      assert.deepEqual((await outsiderStatement(after.id)).speaker, { kind: 'participant', participantId: speakerId });

      // Raising it again covers what was said meanwhile.
      const now = (await call('GET', `/api/v1/dialogues/${id}`, 'admin', undefined, 200)).json().dialogue;
      await call(
        'PATCH',
        `/api/v1/dialogues/${id}`,
        'moderator',
        { version: now.version, confidentiality: 'chatham_house' },
        200,
      );
      assert.deepEqual((await outsiderStatement(after.id)).speaker, { kind: 'withheld' });
      assert.deepEqual((await outsiderStatement(after.id)).text, NOT_CLEARED);
      const found = (
        await call('GET', `/api/v1/search?q=${encodeURIComponent('open')}`, 'anonymous', undefined, 200)
      ).json();
      assert.ok(
        !found.hits.some((h: { id: string }) => h.id === after.id),
        'its uncleared text left the outside index',
      );
    });
  });
}
