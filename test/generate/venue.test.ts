import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ml } from '../../src/shared/multilingual.ts';
import type { Dialogue } from '../../src/shared/contracts/dialogues.ts';
import type { DialogueRecord } from '../../src/shared/contracts/dialogue-record.ts';
import type { Publication } from '../../src/shared/contracts/publishing.ts';
import { orgId, personId } from '../../src/server/demo/directory-data.ts';
import { BACKENDS } from '../support/databases.ts';
import { startTestApp, type TestApp } from '../support/app.ts';

const dialogue = {
  title: ml({ en: 'Water talks', ru: 'Водные переговоры' }),
  format: 'in_person',
  startsAt: '2026-04-02T04:00:00Z',
  endsAt: '2026-04-02T08:00:00Z',
  // The zone is Almaty's: a dateline guessed from it would say ASTANA or ALMATY.
  hostZone: 'Asia/Almaty',
  status: 'concluded',
  confidentiality: 'public',
  languages: ['ru', 'en'],
  media: { kind: 'built_in' },
  convenerIds: [orgId('unrcca')],
  referenceDocumentIds: [],
};

for (const backend of BACKENDS) {
  describe(`a dialogue's venue and theme (${backend})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(backend, { clock: () => new Date('2026-12-01T09:00:00Z') });
    });
    after(async () => {
      await t.close();
    });

    test('are kept and read back; the press release datelines from the venue and carries the theme', async () => {
      const created = await t.call('POST', '/api/v1/dialogues', {
        as: 'admin',
        body: {
          ...dialogue,
          venue: {
            city: ml({ en: 'Turkistan', ru: 'Туркестан', kk: 'Түркістан' }),
            place: ml({ en: 'Yassawi University', ru: 'Университет Ясави' }),
          },
          theme: ml({ en: 'Rivers that cross borders', ru: 'Реки, пересекающие границы' }),
        },
      });
      assert.equal(created.statusCode, 201, created.body);
      const d = created.json() as Dialogue;
      assert.equal(d.venue?.city.texts.kk?.text, 'Түркістан');
      assert.equal(d.venue?.place?.texts.en?.text, 'Yassawi University');
      assert.equal(d.theme?.texts.ru?.text, 'Реки, пересекающие границы');

      const pub = async (language: string) => {
        const res = await t.call('POST', `/api/v1/dialogues/${d.id}/publications`, {
          as: 'admin',
          body: { kind: 'press_release', language },
        });
        assert.equal(res.statusCode, 201, res.body);
        return (res.json() as Publication).body;
      };
      const en = await pub('en');
      assert.match(en, /^TURKISTAN, 2 April 2026 — /);
      assert.ok(en.includes('Venue: Yassawi University, Turkistan.'), en);
      assert.ok(en.includes('Theme: “Rivers that cross borders”.'), en);
      assert.doesNotMatch(en, /ASTANA|ALMATY/);
      const kk = await pub('kk');
      assert.match(kk, /^ТҮРКІСТАН, 2026 жылғы 2 сәуір — /);

      // Cleared, the venue is gone and the release names no city at all.
      const cleared = await t.call('PATCH', `/api/v1/dialogues/${d.id}`, {
        as: 'admin',
        body: { venue: null, theme: null, version: d.version },
      });
      assert.equal(cleared.statusCode, 200, cleared.body);
      assert.equal((cleared.json() as Dialogue).venue, null);
      const again = await t.call('POST', `/api/v1/dialogues/${d.id}/publications`, {
        as: 'admin',
        body: { kind: 'summary', language: 'ru' },
      });
      assert.equal(again.statusCode, 201, again.body);
      const summary = (again.json() as Publication).body;
      assert.doesNotMatch(summary, /Место проведения|Тема встречи|Алматы|Астана/);
    });

    test('a venue without a city is refused at the field, and nothing is written', async () => {
      const before = (await t.call('GET', '/api/v1/dialogues?limit=100', { as: 'admin' })).json().total as number;
      const res = await t.call('POST', '/api/v1/dialogues', {
        as: 'admin',
        body: { ...dialogue, venue: { place: ml({ en: 'Somewhere' }) } },
      });
      assert.equal(res.statusCode, 400, res.body);
      assert.match(String(res.headers['content-type']), /application\/problem\+json/);
      assert.ok(
        (res.json().errors as { path: string }[]).some((e) => e.path === 'venue.city'),
        res.body,
      );
      const empty = await t.call('POST', '/api/v1/dialogues', {
        as: 'admin',
        body: { ...dialogue, theme: { original: 'en', texts: { en: { text: ' ', checked: true } } } },
      });
      assert.equal(empty.statusCode, 400, empty.body);
      assert.ok(
        (empty.json().errors as { path: string }[]).some((e) => e.path === 'theme.texts.en.text'),
        empty.body,
      );
      const afterCount = (await t.call('GET', '/api/v1/dialogues?limit=100', { as: 'admin' })).json().total as number;
      assert.equal(afterCount, before);
    });

    test('under the Rule, outsiders read the theme with the names struck out, as they read the title', async () => {
      const created = await t.call('POST', '/api/v1/dialogues', {
        as: 'admin',
        body: {
          ...dialogue,
          confidentiality: 'chatham_house',
          theme: ml({ en: 'Vladimir Norov on water', ru: 'Владимир Норов о воде' }),
        },
      });
      assert.equal(created.statusCode, 201, created.body);
      const id = (created.json() as Dialogue).id;
      const joined = await t.call('POST', `/api/v1/dialogues/${id}/participants`, {
        as: 'admin',
        body: { personId: personId('norov'), organizationId: orgId('sco'), role: 'speaker', invitation: 'accepted' },
      });
      assert.equal(joined.statusCode, 201, joined.body);
      for (const reader of ['anonymous', 'member'] as const) {
        const res = await t.call('GET', `/api/v1/dialogues/${id}`, { as: reader });
        assert.equal(res.statusCode, 200, res.body);
        const record = res.json() as DialogueRecord;
        assert.doesNotMatch(JSON.stringify(record.dialogue.theme), /Norov|Норов/, reader);
      }
      const inside = (await t.call('GET', `/api/v1/dialogues/${id}`, { as: 'admin' })).json() as DialogueRecord;
      assert.equal(inside.dialogue.theme?.texts.en?.text, 'Vladimir Norov on water');
    });
  });
}
