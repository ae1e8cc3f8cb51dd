import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ml } from '../../src/shared/multilingual.ts';
import type { SearchResults } from '../../src/shared/contracts/search.ts';
import { areaId, orgId, personId } from '../../src/server/demo/directory-data.ts';
import { DIALOGUE_2020_ID, pressReleaseId } from '../../src/server/demo/dialogue-2020.ts';
import { BACKENDS } from '../support/databases.ts';
import { startTestApp, type TestApp } from '../support/app.ts';

for (const backend of BACKENDS) {
  describe(`search across scripts (${backend})`, () => {
    let t: TestApp;
    const made: Record<string, string> = {};
    const dialogue = async (confidentiality: string) =>
      (
        await t.call('POST', '/api/v1/dialogues', {
          as: 'admin',
          body: {
            title: ml({ en: `A ${confidentiality} round` }),
            format: 'videoconference',
            startsAt: '2025-04-01T05:00:00Z',
            endsAt: '2025-04-01T07:00:00Z',
            hostZone: 'Asia/Tashkent',
            status: 'concluded',
            confidentiality,
            languages: ['uz'],
            media: { kind: 'built_in' },
            convenerIds: [],
            referenceDocumentIds: [],
          },
        })
      ).json().id as string;
    const say = async (dialogueId: string, text: Record<string, string>, original: string) => {
      const p =
        (await t.call('GET', `/api/v1/dialogues/${dialogueId}/participants`, { as: 'admin' })).json().items[0] ??
        (
          await t.call('POST', `/api/v1/dialogues/${dialogueId}/participants`, {
            as: 'admin',
            body: { personId: personId('isrs'), role: 'speaker', invitation: 'accepted' },
          })
        ).json();
      const res = await t.call('POST', `/api/v1/dialogues/${dialogueId}/statements`, {
        as: 'admin',
        body: {
          speaker: { kind: 'participant', participantId: p.id },
          kind: 'remarks',
          text: ml(text, original),
          areaIds: [],
          provisionIds: [],
        },
      });
      assert.equal(res.statusCode, 201, res.body);
      return res.json().id as string;
    };
    /** Under the Rule, outsiders find a text only once the secretariat has cleared it. */
    const clear = async (dialogueId: string, id: string, languages: string[]) => {
      const res = await t.call('POST', `/api/v1/dialogues/${dialogueId}/clearances/statement/${id}`, {
        as: 'admin',
        body: { version: 1, languages },
      });
      assert.equal(res.statusCode, 200, res.body);
    };
    const search = async (q: string, as: 'anonymous' | 'admin' = 'anonymous', extra = '') => {
      const res = await t.call('GET', `/api/v1/search?q=${encodeURIComponent(q)}${extra}`, { as });
      assert.equal(res.statusCode, 200, res.body);
      return res.json() as SearchResults;
    };

    before(async () => {
      t = await startTestApp(backend);
      made.open = await dialogue('public');
      made.closed = await dialogue('restricted');
      made.chatham = await dialogue('chatham_house');
      made.uz = await say(made.open, { 'uz-Cyrl': 'Минтақавий ҳамкорлик ва сув ресурслари' }, 'uz-Cyrl');
      made.kk = await say(made.open, { kk: 'Қазақстан мен Тоҷикистон арасындағы транзит' }, 'kk');
      made.ozbek = await say(made.open, { 'uz-Cyrl': 'ўзбек тили ва маданияти' }, 'uz-Cyrl');
      made.tm = await say(made.open, { ru: 'Делегация Туркменистана' }, 'ru');
      made.secret = await say(made.closed, { ru: 'Закрытая тема: уранхвостохранилища' }, 'ru');
      made.frank = await say(made.chatham, { ru: 'Откровенная оценка водопользования' }, 'ru');
      made.unclear = await say(made.chatham, { ru: 'Неодобренная оценка опреснения' }, 'ru');
      await clear(made.chatham, made.frank, ['ru']);
    });
    after(async () => {
      await t.close();
    });

    test('a Latin query finds the Cyrillic text, and marks the word in its own script', async () => {
      const r = await search('hamkorlik');
      const hit = r.hits.find((h) => h.id === made.uz);
      assert.ok(hit, JSON.stringify(r));
      const [s, e] = hit.snippet.marks[0]!;
      assert.equal(hit.snippet.text.slice(s, e), 'ҳамкорлик');
      assert.equal(hit.lang, 'uz-Cyrl');
    });

    test('the pairs people search with find each other', async () => {
      assert.ok((await search('Qazaqstan')).hits.some((h) => h.id === made.kk));
      assert.ok((await search('Tojikiston')).hits.some((h) => h.id === made.kk));
      for (const q of ["o'zbek", 'oʻzbek', 'o`zbek', 'ozbek'])
        assert.ok(
          (await search(q)).hits.some((h) => h.id === made.ozbek),
          q,
        );
      assert.ok((await search('Türkmenistan')).hits.some((h) => h.id === made.tm));
      const norov = await search('Норов', 'anonymous', '&kind=person');
      assert.equal(norov.hits[0]?.id, personId('norov'));
      assert.equal((await search('Norov', 'anonymous', '&kind=person')).hits[0]?.id, personId('norov'));
      assert.equal((await search('Yermekbayev', 'anonymous', '&kind=person')).hits[0]?.id, personId('yermekbayev'));
    });

    test('published articles are found in their own script, with their address on the news site', async () => {
      const found = await search('Norov', 'anonymous', '&kind=publication');
      const ids = found.hits.map((h) => h.id);
      assert.ok(ids.includes(pressReleaseId('en')) && ids.includes(pressReleaseId('ru')), JSON.stringify(found.hits));
      const ru = found.hits.find((h) => h.id === pressReleaseId('ru'))!;
      assert.match(ru.slug!, /-ru$/);
      assert.ok(
        ru.snippet.marks.some(([s, e]) => ru.snippet.text.slice(s, e) === 'Норов'),
        'the Cyrillic name is marked',
      );
    });

    test('Russian is stemmed: a word finds its other forms', async () => {
      const id = await say(made.open!, { ru: 'Развитие регионального сотрудничества' }, 'ru');
      // The demo record speaks of сотрудничество often: look past the first page.
      assert.ok((await search('сотрудничество', 'anonymous', '&limit=50')).hits.some((h) => h.id === id));
      assert.ok((await search('развития', 'anonymous', '&limit=50')).hits.some((h) => h.id === id));
    });

    test('outsiders never find what they may not see; the secretariat does', async () => {
      assert.ok(!(await search('уранхвостохранилища')).hits.some((h) => h.id === made.secret));
      assert.ok((await search('uranhvostohranilisha', 'admin')).hits.some((h) => h.id === made.secret));
      // Under the Chatham House Rule the words can be found, but a hit never names who said them.
      // Text said under the Rule that nobody has cleared is for insiders alone.
      assert.ok(!(await search('opresneniya')).hits.some((h) => h.id === made.unclear));
      assert.ok((await search('opresneniya', 'admin')).hits.some((h) => h.id === made.unclear));
      const frank = (await search('vodopolzovaniya')).hits.find((h) => h.id === made.frank);
      assert.ok(frank);
      assert.deepEqual(Object.keys(frank).sort(), [
        'dialogueId',
        'documentId',
        'id',
        'kind',
        'lang',
        'score',
        'slug',
        'snippet',
      ]);
    });

    test('the index follows every write: an edit replaces the old words, a delete removes them', async () => {
      const s = (await t.call('GET', `/api/v1/dialogues/${made.open}/statements/${made.tm}`, { as: 'admin' })).json();
      const edited = await t.call('PATCH', `/api/v1/dialogues/${made.open}/statements/${made.tm}`, {
        as: 'admin',
        body: { version: s.version, text: ml({ ru: 'Делегация Кыргызстана' }) },
      });
      assert.equal(edited.statusCode, 200, edited.body);
      assert.ok(!(await search('Туркменистана')).hits.some((h) => h.id === made.tm));
      assert.ok((await search('Kyrgyzstana')).hits.some((h) => h.id === made.tm));
      assert.equal(
        (await t.call('DELETE', `/api/v1/dialogues/${made.open}/statements/${made.tm}`, { as: 'admin' })).statusCode,
        204,
      );
      assert.ok(!(await search('Kyrgyzstana')).hits.some((h) => h.id === made.tm));
    });

    test('facets count the matches, filters narrow them, and the Rule keeps organizations out of both for outsiders', async () => {
      const collective = await t.call('POST', `/api/v1/dialogues/${made.chatham}/statements`, {
        as: 'admin',
        body: {
          speaker: { kind: 'collective', organizationIds: [orgId('kaziss')] },
          kind: 'position',
          text: ml({ ru: 'Совместная позиция по водопользованию' }),
          areaIds: [areaId('water-aral-sea')],
          provisionIds: [],
        },
      });
      assert.equal(collective.statusCode, 201, collective.body);
      const id = collective.json().id;
      await clear(made.chatham!, id, ['ru']);
      const outside = await search('vodopolzovaniyu');
      assert.ok(outside.hits.some((h) => h.id === id));
      assert.ok(!outside.facets.organization.some((f) => f.value === orgId('kaziss')), 'no attribution in facets');
      assert.ok(!outside.facets.country.some((f) => f.value === 'KZ'));
      assert.ok(
        !(await search('vodopolzovaniyu', 'anonymous', `&organization=${orgId('kaziss')}`)).hits.some(
          (h) => h.id === id,
        ),
      );
      const inside = await search('vodopolzovaniyu', 'admin');
      assert.ok(inside.facets.organization.some((f) => f.value === orgId('kaziss')));
      assert.ok(inside.facets.country.some((f) => f.value === 'KZ'));
      assert.ok((await search('vodopolzovaniyu', 'admin', '&country=KZ')).hits.some((h) => h.id === id));
      assert.ok(inside.facets.area.some((f) => f.value === areaId('water-aral-sea')));

      const all = await search('Norov');
      assert.ok(all.facets.kind.some((f) => f.value === 'person'));
      const in2020 = await search('SCO', 'anonymous', '&year=2020&limit=50');
      assert.ok(in2020.hits.length > 0);
      assert.ok(in2020.hits.every((h) => h.dialogueId === null || h.dialogueId === DIALOGUE_2020_ID));
      assert.deepEqual(
        in2020.facets.year.map((f) => f.value),
        ['2020'],
      );
      const uzbek = await search('hamkorlik', 'anonymous', '&lang=uz');
      assert.ok(
        uzbek.hits.some((h) => h.id === made.uz),
        'uz takes in uz-Cyrl',
      );
      assert.equal((await search('hamkorlik', 'anonymous', '&lang=ru')).hits.length, 0);
    });

    test('hostile queries get results or a clear 400, never a 5xx', async () => {
      const long = await t.call('GET', `/api/v1/search?q=${'а'.repeat(500)}`);
      assert.equal(long.statusCode, 400);
      assert.equal(long.json().errors[0].path, 'query.q');
      const raw = ['%ED%A0%80', '%FF%FE', '%C0%AF', '%00'];
      const typed = ['!!!???', "'; drop table search_entries; --", 'a & !b | (c:*', '%_\\', '<%', '     '].map(
        encodeURIComponent,
      );
      for (const q of [...raw, ...typed]) {
        const res = await t.call('GET', `/api/v1/search?q=${q}`);
        assert.ok(res.statusCode === 200 || res.statusCode === 400, `${q}: ${res.statusCode} ${res.body}`);
      }
      assert.deepEqual((await search('!!!')).hits, []);
    });
  });
}
