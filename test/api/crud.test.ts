import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, count, eq } from 'drizzle-orm';
import { ml } from '../../src/shared/multilingual.ts';
import { events, eventStreams } from '../../src/server/db/schema.ts';
import { DIALOGUE_2020_ID, participantId } from '../../src/server/demo/dialogue-2020.ts';
import { areaId, orgId, personId } from '../../src/server/demo/directory-data.ts';

const participantPerson = personId('zhang-ming');
import { BACKENDS } from '../support/databases.ts';
import { startTestApp, type TestApp } from '../support/app.ts';

for (const backend of BACKENDS) {
  describe(`records through the API (${backend})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(backend);
    });
    after(async () => {
      await t.close();
    });

    const lastSeq = async (stream: string) =>
      Number((await t.database.db.select().from(eventStreams).where(eq(eventStreams.stream, stream)))[0]?.lastSeq ?? 0);

    test('an organization goes through create, read, update, stale update and delete', async () => {
      const before = await lastSeq('directory');
      const created = await t.call('POST', '/api/v1/organizations', {
        as: 'admin',
        body: {
          kind: 'research_institute',
          countryCode: 'KG',
          names: [
            { name: ml({ ru: 'Институт А', en: 'Institute A' }), validTo: '2023-12-31' },
            { name: ml({ en: 'Institute B' }), validFrom: '2024-01-01' },
          ],
        },
      });
      assert.equal(created.statusCode, 201, created.body);
      const org = created.json();
      assert.equal(org.version, 1);
      assert.equal(org.names.length, 2);
      assert.equal(await lastSeq('directory'), before + 1, 'the write carried one event');

      const got = await t.call('GET', `/api/v1/organizations/${org.id}`);
      assert.deepEqual(got.json(), org);

      const updated = await t.call('PATCH', `/api/v1/organizations/${org.id}`, {
        as: 'admin',
        body: { version: 1, website: 'https://example.org' },
      });
      assert.equal(updated.statusCode, 200, updated.body);
      assert.equal(updated.json().version, 2);
      assert.equal(updated.json().website, 'https://example.org');
      assert.equal(updated.json().names.length, 2, 'a partial update keeps what it does not name');

      const stale = await t.call('PATCH', `/api/v1/organizations/${org.id}`, {
        as: 'admin',
        body: { version: 1, website: 'https://stale.example' },
      });
      assert.equal(stale.statusCode, 409);
      assert.match(String(stale.headers['content-type']), /^application\/problem\+json/);
      assert.equal(stale.json().code, 'version_conflict');
      assert.equal(
        (await t.call('GET', `/api/v1/organizations/${org.id}`)).json().website,
        'https://example.org',
        'a stale write changes nothing',
      );

      assert.equal(
        (await t.call('DELETE', `/api/v1/organizations/${org.id}?version=1`, { as: 'admin' })).statusCode,
        409,
      );
      assert.equal(
        (await t.call('DELETE', `/api/v1/organizations/${org.id}?version=2`, { as: 'admin' })).statusCode,
        204,
      );
      assert.equal((await t.call('GET', `/api/v1/organizations/${org.id}`)).statusCode, 404);
      assert.equal(
        (await t.call('PATCH', `/api/v1/organizations/${org.id}`, { as: 'admin', body: { version: 2 } })).statusCode,
        404,
      );
    });

    test('deleting what the record still links to answers 409 and keeps it', async () => {
      const res = await t.call('DELETE', `/api/v1/areas/${areaId('health')}`, { as: 'admin' });
      assert.equal(res.statusCode, 409, res.body);
      assert.equal((await t.call('GET', `/api/v1/areas/${areaId('health')}`)).statusCode, 200);
      const org = await t.call('DELETE', `/api/v1/organizations/${orgId('unrcca')}`, { as: 'admin' });
      assert.equal(org.statusCode, 409);
    });

    test('lists paginate and filter', async () => {
      const all = (await t.call('GET', '/api/v1/dialogues?limit=100')).json();
      assert.equal(all.total, 5, 'the 2020 dialogue, three forums and the fictional round table');
      const page = (await t.call('GET', '/api/v1/dialogues?limit=2&offset=1')).json();
      assert.equal(page.items.length, 2);
      assert.deepEqual(
        page.items.map((d: { id: string }) => d.id),
        all.items.slice(1, 3).map((d: { id: string }) => d.id),
      );
      const in2020 = (await t.call('GET', '/api/v1/dialogues?from=2020-01-01&to=2020-12-31')).json();
      assert.deepEqual(
        in2020.items.map((d: { id: string }) => d.id),
        [DIALOGUE_2020_ID],
      );
      assert.equal((await t.call('GET', `/api/v1/dialogues?area=${areaId('tourism')}`)).json().total, 1);
      assert.equal(
        (await t.call('GET', '/api/v1/dialogues?country=TJ')).json().total,
        2,
        'Tajik institutes took part in 2020 and (a fictional one) in the round table',
      );
      assert.equal((await t.call('GET', '/api/v1/dialogues?status=concluded')).json().total, 4);
      const tj = (await t.call('GET', '/api/v1/organizations?country=TJ')).json();
      assert.equal(tj.total, 3, 'two real institutes and a fictional one');
      const quotes = (await t.call('GET', `/api/v1/dialogues/${DIALOGUE_2020_ID}/statements?country=TJ`)).json();
      assert.equal(quotes.total, 1, 'the collective statement names the Tajik institutes');
      const delegates = (
        await t.call('GET', `/api/v1/dialogues/${DIALOGUE_2020_ID}/participants?role=delegate&country=TJ`)
      ).json();
      assert.equal(delegates.total, 2, 'two Tajik institutes sent delegates');
      const transport = (
        await t.call('GET', `/api/v1/dialogues/${DIALOGUE_2020_ID}/agenda-items?area=${areaId('transport-transit')}`)
      ).json();
      assert.equal(transport.total, 1);
      const unknown = await t.call('GET', `/api/v1/dialogues/${DIALOGUE_2020_ID}/agenda-items?country=KZ`);
      assert.equal(unknown.statusCode, 400, 'a filter a list does not have is refused, not ignored');
      const bad = await t.call('GET', '/api/v1/dialogues?limit=1000&colour=red');
      assert.equal(bad.statusCode, 400);
      const paths = bad
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort();
      assert.deepEqual(paths, ['query.colour', 'query.limit']);
    });

    test("a statement is recorded in the dialogue's stream with the next seq", async () => {
      const seq = await lastSeq(DIALOGUE_2020_ID);
      const res = await t.call('POST', `/api/v1/dialogues/${DIALOGUE_2020_ID}/statements`, {
        as: 'moderator',
        body: {
          speaker: { kind: 'participant', participantId: participantId('kaziss') },
          kind: 'remarks',
          text: ml({ ru: 'Тестовое выступление' }),
          areaIds: [areaId('energy')],
          provisionIds: [],
        },
      });
      assert.equal(res.statusCode, 201, res.body);
      assert.equal(res.json().position, 10, 'appended after the ten demo statements');
      assert.equal(await lastSeq(DIALOGUE_2020_ID), seq + 1);
      const [row] = await t.database.db
        .select()
        .from(events)
        .where(and(eq(events.stream, DIALOGUE_2020_ID), eq(events.seq, seq + 1)));
      assert.equal(row?.type, 'statement.created');
      assert.equal(row?.dialogueId, DIALOGUE_2020_ID);
      assert.equal((row?.payload as { id: string }).id, res.json().id);
    });

    test('an outcome keeps an append-only status history', async () => {
      const created = await t.call('POST', `/api/v1/dialogues/${DIALOGUE_2020_ID}/outcomes`, {
        as: 'admin',
        body: {
          kind: 'follow_up_action',
          text: ml({ en: 'Prepare a joint paper' }),
          proposerIds: [],
          endorserIds: [],
          areaIds: [],
          provisionIds: [],
          ownerOrganizationId: orgId('kaziss'),
          dueOn: '2020-12-31',
          status: 'planned',
        },
      });
      assert.equal(created.statusCode, 201, created.body);
      const moved = await t.call('PATCH', `/api/v1/dialogues/${DIALOGUE_2020_ID}/outcomes/${created.json().id}`, {
        as: 'admin',
        body: {
          version: 1,
          status: 'done',
          statusNote: ml({ en: 'Published' }),
          statusEvidence: ['https://example.org/paper'],
        },
      });
      assert.equal(moved.statusCode, 200, moved.body);
      const history = moved.json().statusHistory;
      assert.deepEqual(
        history.map((h: { status: string }) => h.status),
        ['planned', 'done'],
      );
      assert.deepEqual(history[1].evidence, ['https://example.org/paper']);
      const filtered = (await t.call('GET', `/api/v1/dialogues/${DIALOGUE_2020_ID}/outcomes?status=done`)).json();
      assert.equal(filtered.total, 1);
    });

    test('links to records of another dialogue are refused at the field', async () => {
      const other = await t.call('POST', '/api/v1/dialogues', {
        as: 'admin',
        body: {
          title: ml({ en: 'Another' }),
          format: 'videoconference',
          startsAt: '2025-03-01T05:00:00Z',
          endsAt: '2025-03-01T07:00:00Z',
          hostZone: 'Asia/Bishkek',
          status: 'scheduled',
          confidentiality: 'public',
          languages: ['ru'],
          media: { kind: 'external', url: 'https://meet.example/x' },
          convenerIds: [],
          referenceDocumentIds: [],
        },
      });
      assert.equal(other.statusCode, 201, other.body);
      const [evCount] = await t.database.db.select({ n: count() }).from(events);
      const res = await t.call('POST', `/api/v1/dialogues/${other.json().id}/statements`, {
        as: 'admin',
        body: {
          speaker: { kind: 'participant', participantId: participantId('kaziss') },
          kind: 'remarks',
          text: ml({ en: 'x' }),
          areaIds: [],
          provisionIds: [],
        },
      });
      assert.equal(res.statusCode, 400);
      assert.equal(res.json().errors[0].path, 'speaker.participantId');
      const [after] = await t.database.db.select({ n: count() }).from(events);
      assert.equal(after?.n, evCount?.n);
    });

    test('deleting a dialogue takes its whole record with it, but not one that was published about', async () => {
      const d = (
        await t.call('POST', '/api/v1/dialogues', {
          as: 'admin',
          body: {
            title: ml({ en: 'Short-lived' }),
            format: 'videoconference',
            startsAt: '2025-05-01T05:00:00Z',
            endsAt: '2025-05-01T07:00:00Z',
            hostZone: 'Asia/Dushanbe',
            status: 'draft',
            confidentiality: 'public',
            languages: ['tg'],
            media: { kind: 'built_in' },
            convenerIds: [],
            referenceDocumentIds: [],
          },
        })
      ).json();
      const item = (
        await t.call('POST', `/api/v1/dialogues/${d.id}/agenda-items`, {
          as: 'admin',
          body: { position: 1, title: ml({ en: 'Item' }), provisionIds: [], areaIds: [] },
        })
      ).json();
      const p = (
        await t.call('POST', `/api/v1/dialogues/${d.id}/participants`, {
          as: 'admin',
          body: { personId: participantPerson, role: 'speaker', invitation: 'accepted' },
        })
      ).json();
      const st = await t.call('POST', `/api/v1/dialogues/${d.id}/statements`, {
        as: 'admin',
        body: {
          agendaItemId: item.id,
          speaker: { kind: 'participant', participantId: p.id },
          kind: 'remarks',
          text: ml({ en: 'x' }),
          areaIds: [],
          provisionIds: [],
        },
      });
      assert.equal(st.statusCode, 201, st.body);
      assert.equal((await t.call('DELETE', `/api/v1/dialogues/${d.id}`, { as: 'admin' })).statusCode, 204);
      assert.equal((await t.call('GET', `/api/v1/dialogues/${d.id}`, { as: 'admin' })).statusCode, 404);
      const published = await t.call('DELETE', `/api/v1/dialogues/${DIALOGUE_2020_ID}`, { as: 'admin' });
      assert.equal(published.statusCode, 409);
      assert.equal((await t.call('GET', `/api/v1/dialogues/${DIALOGUE_2020_ID}`)).statusCode, 200);
    });
  });
}
