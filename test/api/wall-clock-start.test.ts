import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ml } from '../../src/shared/multilingual.ts';
import { dialogues } from '../../src/server/db/schema.ts';
import { BACKENDS } from '../support/databases.ts';
import { startTestApp, type TestApp } from '../support/app.ts';

const body = (startsAt: unknown, endsAt: unknown, hostZone = 'Asia/Almaty') => ({
  title: ml({ en: 'Water and energy' }),
  format: 'hybrid',
  startsAt,
  endsAt,
  hostZone,
  status: 'scheduled',
  confidentiality: 'public',
  languages: ['en', 'ru'],
  media: { kind: 'built_in' },
  convenerIds: [],
  referenceDocumentIds: [],
});

for (const backend of BACKENDS) {
  describe(`a start given as "10:00 in Astana" (${backend})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(backend);
    });
    after(async () => {
      await t.close();
    });
    const count = async () => (await t.database.db.select({ id: dialogues.id }).from(dialogues)).length;

    test('the server computes the instant from a date, a wall-clock time and a zone', async () => {
      const res = await t.call('POST', '/api/v1/dialogues', {
        as: 'admin',
        body: body(
          { date: '2026-12-10', time: '10:00', zone: 'Asia/Almaty' },
          { date: '2026-12-10', time: '13:30', zone: 'Asia/Almaty' },
        ),
      });
      assert.equal(res.statusCode, 201, res.body);
      const d = res.json();
      assert.equal(d.startsAt, '2026-12-10T05:00:00.000Z');
      assert.equal(d.endsAt, '2026-12-10T08:30:00.000Z');
      assert.equal(d.hostZone, 'Asia/Almaty');
      // Moving it on the wall clock of another zone, across Berlin's change to summer time.
      const moved = await t.call('PATCH', `/api/v1/dialogues/${d.id}`, {
        as: 'admin',
        body: {
          version: d.version,
          hostZone: 'Europe/Berlin',
          startsAt: { date: '2026-03-29', time: '10:00', zone: 'Europe/Berlin' },
          endsAt: { date: '2026-03-29', time: '12:00', zone: 'Europe/Berlin' },
        },
      });
      assert.equal(moved.statusCode, 200, moved.body);
      assert.equal(moved.json().startsAt, '2026-03-29T08:00:00.000Z', 'CEST is UTC+2 that morning');
      const winter = await t.call('PATCH', `/api/v1/dialogues/${d.id}`, {
        as: 'admin',
        body: { version: moved.json().version, startsAt: { date: '2026-03-28', time: '10:00', zone: 'Europe/Berlin' } },
      });
      assert.equal(winter.json().startsAt, '2026-03-28T09:00:00.000Z', 'CET is UTC+1 the day before');
      // An instant with its offset is still accepted.
      const instant = await t.call('POST', '/api/v1/dialogues', {
        as: 'admin',
        body: body('2026-12-11T10:00:00+05:00', '2026-12-11T12:00:00+05:00'),
      });
      assert.equal(instant.statusCode, 201, instant.body);
      assert.equal(instant.json().startsAt, '2026-12-11T05:00:00.000Z');
    });

    test('a time the clocks skip is refused at its field, and nothing is written', async () => {
      const before = await count();
      const res = await t.call('POST', '/api/v1/dialogues', {
        as: 'admin',
        body: body(
          { date: '2026-03-29', time: '02:30', zone: 'Europe/Berlin' },
          { date: '2026-03-29', time: '05:00', zone: 'Europe/Berlin' },
          'Europe/Berlin',
        ),
      });
      assert.equal(res.statusCode, 400, res.body);
      assert.match(String(res.headers['content-type']), /^application\/problem\+json/);
      const problem = res.json();
      assert.deepEqual(
        problem.errors.map((e: { path: string; code: string }) => [e.path, e.code]),
        [['startsAt.time', 'nonexistent_local_time']],
      );
      assert.equal(await count(), before);
    });

    test('a malformed time or zone names its own field', async () => {
      const res = await t.call('POST', '/api/v1/dialogues', {
        as: 'admin',
        body: body(
          { date: '2026-12-10', time: '25:00', zone: 'Asia/Almaty' },
          { date: '2026-12-10', time: '12:00', zone: 'Mars/Olympus' },
        ),
      });
      assert.equal(res.statusCode, 400);
      const paths = res.json().errors.map((e: { path: string }) => e.path);
      assert.deepEqual(paths.sort(), ['endsAt.zone', 'startsAt.time']);
    });

    test('the end must follow the start, also when both are wall-clock times', async () => {
      const res = await t.call('POST', '/api/v1/dialogues', {
        as: 'admin',
        body: body(
          { date: '2026-12-10', time: '10:00', zone: 'Asia/Almaty' },
          { date: '2026-12-10', time: '09:00', zone: 'Asia/Almaty' },
        ),
      });
      assert.equal(res.statusCode, 400);
      assert.deepEqual(
        res.json().errors.map((e: { path: string; code: string }) => [e.path, e.code]),
        [['endsAt', 'ends_before_start']],
      );
    });
  });
}
