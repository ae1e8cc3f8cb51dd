import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import { is, sql } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import * as schema from '../../src/server/db/schema.ts';
import { ml } from '../../src/shared/multilingual.ts';
import { LIMITS } from '../../src/shared/limits.ts';
import {
  DIALOGUE_2020_ID,
  agendaId,
  outcomeId,
  participantId,
  pressReleaseId,
  seriesId,
  statementId,
} from '../../src/server/demo/dialogue-2020.ts';
import { areaId, orgId, personId } from '../../src/server/demo/directory-data.ts';
import { documentId, provisionId } from '../../src/server/demo/references-data.ts';
import { BACKENDS } from '../support/databases.ts';
import { startTestApp, type TestApp } from '../support/app.ts';

const D = DIALOGUE_2020_ID;
const text = ml({ en: 'Some text', ru: 'Какой-то текст' });
/** A valid body for each write route; the fuzzer mutates these as well as throwing pure noise. */
const VALID: Record<string, Record<string, unknown>> = {
  '/organizations': { kind: 'research_institute', countryCode: 'KZ', names: [{ name: text }] },
  '/people': { name: text, positions: [{ organizationId: orgId('kaziss'), title: text }] },
  '/series': { title: text },
  '/areas': { slug: 'fuzzed-area', name: text },
  '/reference-documents': { kind: 'treaty', title: text, adoptedOn: '2022-07-21' },
  '/reference-documents/:id/provisions': { number: 'X1', position: 1, text, placeholder: false },
  '/dialogues': {
    title: text,
    format: 'hybrid',
    startsAt: '2026-01-01T05:00:00Z',
    endsAt: '2026-01-01T07:00:00Z',
    hostZone: 'Asia/Tashkent',
    status: 'draft',
    confidentiality: 'public',
    languages: ['ru'],
    media: { kind: 'built_in' },
    convenerIds: [],
    referenceDocumentIds: [],
  },
  '/dialogues/:id/participants': {
    personId: personId('zhang-ming'),
    organizationId: orgId('sco'),
    role: 'observer',
    invitation: 'invited',
  },
  '/dialogues/:id/agenda-items': {
    position: 9,
    title: text,
    provisionIds: [provisionId('a-res-72-283', 'op')],
    areaIds: [areaId('energy')],
  },
  '/dialogues/:id/statements': {
    speaker: { kind: 'participant', participantId: participantId('norov') },
    kind: 'remarks',
    text,
    areaIds: [],
    provisionIds: [],
  },
  '/dialogues/:id/outcomes': {
    kind: 'commitment',
    text,
    proposerIds: [],
    endorserIds: [],
    areaIds: [],
    provisionIds: [],
    status: 'planned',
  },
  '/session': { email: 'admin@test.example', password: 'wrong password' },
  '/users': { email: 'fuzzed@test.example', password: 'a fuzzed password', role: 'member' },
  '/dialogues/:id/publications': { kind: 'summary', language: 'en' },
  '/dialogues/:id/publications/:publicationId': { title: 'A fuzzed title', body: 'A fuzzed body.' },
  '/dialogues/:id/publications/:publicationId/regenerate': { version: 1, discardEdits: true },
  '/dialogues/:id/publications/:publicationId/status': { to: 'approved', version: 1 },
  '/dialogues/:id/publications/:publicationId/reviews': {
    decision: 'comment',
    comment: 'A fuzzed comment.',
    organizationId: orgId('kaziss'),
  },
};
const ITEM: Record<string, string> = {
  '/organizations/:id': orgId('kaziss'),
  '/people/:id': personId('norov'),
  '/series/:id': seriesId('research-centres'),
  '/areas/:id': areaId('energy'),
  '/reference-documents/:id': documentId('a-res-72-283'),
  '/dialogues/:id': D,
  '/reference-documents/:id/provisions/:childId': provisionId('a-res-72-283', 'op'),
  '/dialogues/:id/participants/:childId': participantId('norov'),
  '/dialogues/:id/agenda-items/:childId': agendaId('resolution'),
  '/dialogues/:id/statements/:childId': statementId(0),
  '/dialogues/:id/outcomes/:childId': outcomeId(0),
};
const urlFor = (pattern: string) =>
  `/api/v1${pattern
    .replace(/^\/reference-documents\/:id/, `/reference-documents/${documentId('a-res-72-283')}`)
    .replace(/^\/dialogues\/:id(?=\/)/, `/dialogues/${D}`)
    .replace(':childId', ITEM[pattern] ?? '')
    .replace(':publicationId', pressReleaseId('en'))
    .replace(':id', ITEM[pattern] ?? '')}`;

/** Every table but the live hub's heartbeat, which ticks by itself every few seconds. */
const TABLES = (Object.values(schema) as unknown[]).filter(
  (v): v is PgTable => is(v, PgTable) && getTableConfig(v).name !== 'live_instances',
);

/** A digest of every row of every table: equal digests, unchanged database. */
async function fingerprint(t: TestApp): Promise<string> {
  const parts = TABLES.map((table) => {
    const name = getTableConfig(table).name;
    return sql`(select md5(coalesce(string_agg(r::text, '|' order by r::text), '')) from ${sql.identifier(name)} r)`;
  });
  const result = await t.deps.db.execute(sql`select concat_ws(',', ${sql.join(parts, sql`, `)}) as digest`);
  return (result as unknown as { rows: { digest: string }[] }).rows[0]!.digest;
}

const noise = fc.oneof(
  fc.anything({ maxDepth: 3 }),
  fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 6 }),
);

/** Breaks one thing in a valid body: a wrong type, a missing field, an unknown field or an oversized text. */
const mutated = (valid: Record<string, unknown>) =>
  fc.oneof(
    fc
      .constantFrom(...Object.keys(valid))
      .chain((key) => fc.jsonValue({ maxDepth: 2 }).map((v) => ({ ...valid, [key]: v }))),
    fc
      .constantFrom(...Object.keys(valid))
      .map((key) => Object.fromEntries(Object.entries(valid).filter(([k]) => k !== key))),
    fc
      .string({ minLength: 1, maxLength: 10 })
      .filter((k) => !(k in valid))
      .map((k) => ({ ...valid, [k]: 1 })),
    fc.constantFrom(...Object.keys(valid)).map((key) => ({ ...valid, [key]: 'x'.repeat(LIMITS.longText + 1) })),
  );

for (const backend of BACKENDS) {
  describe(`bad input changes nothing (${backend})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(backend);
    });
    after(async () => {
      await t.close();
    });

    test('random and broken bodies on every write route: never a 5xx, and every rejection leaves the database as it was', async () => {
      assert.ok(TABLES.length >= 19, `the digest covers every table (${TABLES.length})`);
      const writes = t.routes.filter((r) => r.body);
      assert.ok(writes.length >= 20);
      let state = await fingerprint(t);
      let rejected = 0;
      let changedByAccepted = 0;
      for (const r of writes) {
        const valid = VALID[r.method === 'POST' ? r.url : r.url.replace(/\/:(child)?[iI]d$/, '')] ?? {};
        const body = Object.keys(valid).length
          ? fc.oneof(noise, mutated(r.method === 'PATCH' ? { ...valid, version: 1 } : valid))
          : noise;
        await fc.assert(
          fc.asyncProperty(body, async (payload) => {
            const res = await t.call(r.method, urlFor(r.url), {
              as: 'admin',
              body: payload === undefined ? null : payload,
              headers: { 'content-type': 'application/json' },
            });
            assert.ok(
              res.statusCode < 500,
              `${r.method} ${r.url} answered ${res.statusCode}: ${res.body.slice(0, 200)}`,
            );
            const now = await fingerprint(t);
            if (res.statusCode >= 400) {
              rejected++;
              assert.match(String(res.headers['content-type']), /^application\/problem\+json/);
              assert.equal(now, state, `${r.method} ${r.url} rejected (${res.statusCode}) but changed the database`);
            } else if (now !== state) {
              changedByAccepted++;
            }
            state = now;
          }),
          { numRuns: 20, seed: 20200622 },
        );
      }
      assert.ok(rejected > writes.length * 10, `most bodies were rejected (${rejected})`);
      assert.ok(changedByAccepted > 0, 'some mutations stay valid and do change the database: the digest sees writes');
    });

    test('an unknown field is named', async () => {
      const res = await t.call('POST', '/api/v1/series', { as: 'admin', body: { title: text, colour: 'red' } });
      assert.equal(res.statusCode, 400);
      assert.deepEqual(res.json().errors, [{ path: 'colour', message: 'unknown field', code: 'unknown_field' }]);
    });

    test('an oversized text is named by its path', async () => {
      const res = await t.call('POST', '/api/v1/series', {
        as: 'admin',
        body: { title: ml({ en: 'x'.repeat(LIMITS.shortText + 1) }) },
      });
      assert.equal(res.statusCode, 400);
      assert.equal(res.json().errors[0].path, 'title.texts.en.text');
      assert.equal(res.json().errors[0].code, 'too_long');
      assert.deepEqual(res.json().errors[0].params, { maximum: LIMITS.shortText });
    });

    test('a translation says whether a machine made it; any other maker is named at its path', async () => {
      const title = {
        original: 'ru',
        texts: {
          ru: { text: 'Водные ресурсы', checked: true },
          en: { text: 'Water resources', checked: false, by: 'machine' },
          kk: { text: 'Су ресурстары', checked: true, by: 'human' },
        },
      };
      const made = await t.call('POST', '/api/v1/series', { as: 'admin', body: { title } });
      assert.equal(made.statusCode, 201, made.body);
      const read = await t.call('GET', `/api/v1/series/${made.json().id}`);
      assert.deepEqual(read.json().title, title, 'who made each version is kept');
      const before = await fingerprint(t);
      const bad = await t.call('POST', '/api/v1/series', {
        as: 'admin',
        body: { title: { ...title, texts: { ...title.texts, en: { text: 'Water', checked: false, by: 'robot' } } } },
      });
      assert.equal(bad.statusCode, 400);
      assert.equal(bad.json().errors[0].path, 'title.texts.en.by');
      assert.equal(await fingerprint(t), before, 'nothing changed');
    });

    test('a body over the size limit, malformed JSON and a wrong media type are problems, not crashes', async () => {
      const before = await fingerprint(t);
      const big = await t.call('POST', '/api/v1/series', {
        as: 'admin',
        body: { title: ml({ en: 'x'.repeat(LIMITS.bodyBytes) }) },
      });
      assert.equal(big.statusCode, 413);
      assert.equal(big.json().code, 'body_too_large');
      const broken = await t.call('POST', '/api/v1/series', {
        as: 'admin',
        body: '{"title": ',
        headers: { 'content-type': 'application/json' },
      });
      assert.equal(broken.statusCode, 400);
      assert.equal(broken.json().code, 'malformed_body');
      const form = await t.call('POST', '/api/v1/series', {
        as: 'admin',
        body: 'title=x',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      assert.equal(form.statusCode, 415);
      const badId = await t.call('GET', '/api/v1/dialogues/not-a-uuid');
      assert.equal(badId.statusCode, 400);
      assert.equal(badId.json().errors[0].path, 'params.id');
      assert.equal(await fingerprint(t), before);
    });
  });
}
