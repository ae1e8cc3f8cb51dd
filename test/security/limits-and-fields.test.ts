import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { orgId, personId } from '../../src/server/demo/directory-data.ts';
import { DIALOGUE_2020_ID } from '../../src/server/demo/dialogue-2020.ts';
import { hashing } from '../../src/server/accounts/password.ts';
import { JOB_HANDLERS } from '../../src/server/jobs/handlers.ts';
import { runDueJobs } from '../../src/server/jobs/worker.ts';
import { csvCell } from '../../src/server/http/csv.ts';
import { matrixCsv } from '../../src/server/tracker/matrix-csv.ts';
import { actionsCsv } from '../../src/server/tracker/actions-export.ts';
import { Media } from '../../src/shared/contracts/dialogues.ts';
import { ml } from '../../src/shared/multilingual.ts';
import { BACKENDS } from '../support/databases.ts';
import { PASSWORD, startTestApp, type TestApp } from '../support/app.ts';

const FORMULAS = ['=HYPERLINK("http://evil.example","x")', '+1+1', '-2+3', '@SUM(A1)', '\tx', '\rx'];

const count = async (t: TestApp, query: ReturnType<typeof sql>) =>
  Number(((await t.database.db.execute(query)) as unknown as { rows: { n: number | string }[] }).rows[0]!.n);

for (const backend of BACKENDS) {
  describe(`secure defaults through the API (${backend})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(backend);
    });
    after(async () => {
      await t.close();
    });

    test('no-store on every answer to a signed-in reader and on writes; public anonymous reads stay cacheable', async () => {
      const session = await t.call('GET', '/api/v1/session', { as: 'member' });
      assert.equal(session.headers['cache-control'], 'no-store');
      assert.equal((await t.call('GET', '/api/v1/outbox', { as: 'admin' })).headers['cache-control'], 'no-store');
      assert.equal(
        (await t.call('GET', '/api/v1/organizations', { as: 'member' })).headers['cache-control'],
        'no-store',
      );
      assert.equal(
        (await t.call('POST', '/api/v1/password-reset', { body: { email: 'x@test.example' } })).headers[
          'cache-control'
        ],
        'no-store',
      );
      const full = await t.call('GET', `/api/v1/dialogues/${DIALOGUE_2020_ID}`, { as: 'participant' });
      assert.match(String(full.headers['cache-control']), /no-store|private/);
      assert.notEqual((await t.call('GET', '/api/v1/organizations')).headers['cache-control'], 'no-store');
    });

    test('HSTS only on HTTPS as a trusted proxy reports it', async () => {
      assert.equal((await t.call('GET', '/api/v1/health')).headers['strict-transport-security'], undefined);
      assert.equal(
        (await t.call('GET', '/api/v1/health', { headers: { 'x-forwarded-proto': 'https' } })).headers[
          'strict-transport-security'
        ],
        undefined,
        'not without TRUST_PROXY',
      );
      const proxied = await startTestApp(backend, { config: { trustProxy: true, cookieSecure: true } });
      try {
        const res = await proxied.call('GET', '/api/v1/health', { headers: { 'x-forwarded-proto': 'https' } });
        assert.match(String(res.headers['strict-transport-security']), /max-age=\d+/);
      } finally {
        await proxied.close();
      }
    });

    test('URL fields take http and https only: javascript: and data: are refused at the field, nothing changes', async () => {
      const org = (await t.call('GET', `/api/v1/organizations/${orgId('kaziss')}`)).json();
      for (const bad of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd']) {
        const res = await t.call('PATCH', `/api/v1/organizations/${orgId('kaziss')}`, {
          as: 'admin',
          body: { website: bad, version: org.version },
        });
        assert.equal(res.statusCode, 400, bad);
        assert.equal(res.json().errors[0].path, 'website');
        const doc = await t.call('POST', '/api/v1/reference-documents', {
          as: 'admin',
          body: { title: ml({ en: 'A document' }), url: bad },
        });
        assert.equal(doc.statusCode, 400, bad);
        assert.ok(
          doc.json().errors.some((e: { path: string }) => e.path === 'url'),
          doc.body,
        );
        assert.equal(Media.safeParse({ kind: 'external', url: bad }).success, false, 'meeting links');
      }
      const unchanged = (await t.call('GET', `/api/v1/organizations/${orgId('kaziss')}`)).json();
      assert.equal(unchanged.version, org.version);
      assert.equal(unchanged.website, org.website);
      const ok = await t.call('PATCH', `/api/v1/organizations/${orgId('kaziss')}`, {
        as: 'admin',
        body: { website: 'https://kaziss.example/', version: org.version },
      });
      assert.equal(ok.statusCode, 200, ok.body);
    });

    test('a person’s contact details: absent for anonymous readers and other members, there for the secretariat and the person', async () => {
      const id = personId('kaziss');
      const seen = async (as: Parameters<TestApp['call']>[2]) => {
        const p = (await t.call('GET', `/api/v1/people/${id}`, as)).json();
        return 'email' in p || 'phone' in p;
      };
      assert.equal(await seen({}), false, 'anonymous');
      assert.equal(await seen({ as: 'member' }), false, 'another member');
      assert.equal(await seen({ as: 'admin' }), true, 'the secretariat');
      assert.equal(await seen({ as: 'participant' }), true, 'the person themself');
      const list = (await t.call('GET', '/api/v1/people?limit=100')).json();
      assert.ok(list.items.every((p: object) => !('email' in p) && !('phone' in p)));
    });

    test('bad dates and numbers in a query answer 400 naming the field, never 500', async () => {
      const to = await t.call('GET', '/api/v1/dialogues?to=0000-01-01');
      assert.equal(to.statusCode, 400, to.body);
      assert.equal(to.json().errors[0].path, 'query.to');
      const lists = ['/api/v1/dialogues', '/api/v1/people', '/api/v1/organizations', '/api/v1/reference-documents'];
      const values = ['0000-01-01', '0000-01-01T00:00:00Z', '9999-12-31', '-1', '1e400', 'NaN', '2026-02-30', 'x', ''];
      const params = ['from', 'to', 'limit', 'offset', 'date', 'asOf'];
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...lists),
          fc.constantFrom(...params),
          fc.constantFrom(...values),
          async (list, param, value) => {
            const res = await t.call('GET', `${list}?${param}=${encodeURIComponent(value)}`);
            assert.ok(res.statusCode < 500, `${list}?${param}=${value}: ${res.statusCode} ${res.body}`);
          },
        ),
        { numRuns: 60 },
      );
    });

    test('CSV exports neutralise formula cells', async () => {
      for (const f of FORMULAS) {
        const c = csvCell(f);
        assert.ok(c.startsWith(`"'`), `${JSON.stringify(f)} → ${c}`);
      }
      const record = (await t.call('GET', `/api/v1/dialogues/${DIALOGUE_2020_ID}`, { as: 'admin' })).json();
      const speaker = record.participants[0];
      const made = await t.call('POST', `/api/v1/dialogues/${DIALOGUE_2020_ID}/statements`, {
        as: 'admin',
        body: {
          speaker: { kind: 'participant', participantId: speaker.id },
          kind: 'remarks',
          text: ml({ en: FORMULAS[0]! }),
          areaIds: [],
          provisionIds: [],
        },
      });
      assert.equal(made.statusCode, 201, made.body);
      const csv = (await t.call('GET', `/api/v1/dialogues/${DIALOGUE_2020_ID}/record.csv`, { as: 'admin' })).body;
      assert.ok(csv.includes(`"'=HYPERLINK(""http://evil.example"",""x"")"`), 'record.csv');
      assert.ok(!/(^|,)=HYPERLINK/m.test(csv));

      const matrix = matrixCsv(
        {
          rows: [
            {
              number: '1',
              text: ml({ en: '+cmd|calc' }),
              cells: {},
              total: {
                dialogues: 1,
                statements: 1,
                lastDiscussed: null,
                actions: { planned: 0, in_progress: 0, done: 0, stalled: 0, dropped: 0 },
                overdue: 0,
              },
            },
          ],
        } as never,
        'en',
      );
      assert.ok(matrix.includes(`"'+cmd|calc"`), 'matrix.csv');
      const actions = actionsCsv([
        {
          id: 'a',
          dialogueId: 'd',
          provisions: ['@x'],
          kind: 'commitment',
          text: '-1+1',
          ownerOrganizationId: null,
          dueOn: null,
          status: null,
          overdue: false,
        },
      ]);
      assert.ok(actions.includes(`"'-1+1"`) && actions.includes(`"'@x"`), 'actions.csv');
    });
  });

  describe(`sign-in and reset limits (${backend})`, () => {
    let t: TestApp;
    let now = new Date('2026-05-05T10:00:00Z');
    before(async () => {
      t = await startTestApp(backend, {
        clock: () => now,
        config: { signInDelayBaseSeconds: 1, signInDelayMaxSeconds: 600, signInAlertFailures: 8 },
      });
    });
    after(async () => {
      await t.close();
    });
    const signIn = (password: string, remoteAddress: string) =>
      t.fastify.inject({
        method: 'POST',
        url: '/api/v1/session',
        payload: { email: 'member@test.example', password },
        remoteAddress,
      });

    test('hammered from many addresses, the owner still gets in from a new one; attackers wait; the secretariat is told once', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.tuple(fc.integer({ min: 1, max: 5 }), fc.string({ minLength: 1, maxLength: 20 })), {
            minLength: 10,
            maxLength: 30,
          }),
          async (attempts) => {
            for (const [host, password] of attempts) {
              const res = await signIn(`x${password}`, `192.0.2.${host}`);
              assert.ok([401, 429].includes(res.statusCode), res.body);
              if (res.statusCode === 429) assert.ok(Number(res.headers['retry-after']) >= 1);
            }
            const hammered = await signIn(PASSWORD, `192.0.2.${attempts[0]![0]}`);
            assert.equal(hammered.statusCode, 429, 'a hammered address waits, even with the right password');
            assert.ok(Number(hammered.headers['retry-after']) >= 1);
            const owner = await signIn(PASSWORD, '198.51.100.200');
            assert.equal(owner.statusCode, 201, 'the rightful user, from a new address');
            now = new Date(now.getTime() + 60_000);
          },
        ),
        { numRuns: 5 },
      );
      const alerts = await count(
        t,
        sql`select count(*) as n from mail_outbox where key like 'sign-in-alert:member@test.example:%'`,
      );
      const admins = await count(t, sql`select count(*) as n from users where role = 'admin'`);
      assert.equal(alerts, admins, 'one alert to each admin within the hour');
    });

    test('twelve reset requests for one address: one message; a known and an unknown address do the same work', async () => {
      const jobs = () => count(t, sql`select count(*) as n from jobs where kind = 'password-reset'`);
      const mails = () =>
        count(
          t,
          sql`select count(*) as n from mail_outbox where "to" = 'admin@test.example' and key like 'password-reset:%'`,
        );
      const before = await jobs();
      await t.call('POST', '/api/v1/password-reset', { body: { email: 'admin@test.example' } });
      const known = (await jobs()) - before;
      await t.call('POST', '/api/v1/password-reset', { body: { email: 'nobody-at-all@test.example' } });
      assert.equal((await jobs()) - before - known, known, 'one job each, known or not');
      assert.equal(await mails(), 0, 'no message is made in the request');
      for (let i = 0; i < 11; i++)
        assert.equal(
          (await t.call('POST', '/api/v1/password-reset', { body: { email: 'admin@test.example' } })).statusCode,
          202,
        );
      await runDueJobs(t.deps, JOB_HANDLERS);
      assert.equal(await mails(), 1, 'at most one message per interval');
      now = new Date(now.getTime() + 16 * 60_000);
      await t.call('POST', '/api/v1/password-reset', { body: { email: 'admin@test.example' } });
      await runDueJobs(t.deps, JOB_HANDLERS);
      assert.equal(await mails(), 2, 'the next interval may send again');
    });

    test('a reset with an unknown link hashes no password', async () => {
      const before = hashing.count;
      const res = await t.call('POST', `/api/v1/password-reset/${'x'.repeat(43)}`, {
        body: { password: 'a long enough new password' },
      });
      assert.ok(res.statusCode >= 400 && res.statusCode < 500, res.body);
      assert.equal(hashing.count, before);
    });

    test('the per-account limit throttles resets and sign-ins with 429 and Retry-After', async () => {
      const small = await startTestApp(backend, { config: { rateLimitAccountPerMinute: 3 } });
      try {
        const codes: number[] = [];
        for (let i = 0; i < 5; i++)
          codes.push(
            (await small.call('POST', '/api/v1/password-reset', { body: { email: 'member@test.example' } })).statusCode,
          );
        assert.deepEqual(codes, [202, 202, 202, 429, 429]);
        const last = await small.call('POST', '/api/v1/password-reset', { body: { email: 'member@test.example' } });
        assert.ok(Number(last.headers['retry-after']) >= 1);
        assert.equal(last.json().code, 'too_many_attempts');
        assert.equal(
          (await small.call('POST', '/api/v1/password-reset', { body: { email: 'admin@test.example' } })).statusCode,
          202,
          'another account is not throttled',
        );
        // Throttled from one address, the account is not refused from another: its owner still gets in.
        const from = (remoteAddress: string, url: string, payload: object) =>
          small.fastify.inject({ method: 'POST', url, payload, remoteAddress });
        assert.equal(
          (await from('198.51.100.7', '/api/v1/password-reset', { email: 'member@test.example' })).statusCode,
          202,
        );
        for (let i = 0; i < 6; i++)
          await from('203.0.113.66', '/api/v1/session', { email: 'member@test.example', password: `wrong ${i}` });
        const attacker = await from('203.0.113.66', '/api/v1/session', {
          email: 'member@test.example',
          password: PASSWORD,
        });
        assert.equal(attacker.statusCode, 429, 'the hammering address waits');
        const owner = await from('198.51.100.8', '/api/v1/session', {
          email: 'member@test.example',
          password: PASSWORD,
        });
        assert.equal(owner.statusCode, 201, 'the owner, from elsewhere, signs in');
      } finally {
        await small.close();
      }
      const writes = await startTestApp(backend, { config: { rateLimitWritesPerMinute: 6 } });
      try {
        const codes: number[] = [];
        for (let i = 0; i < 3; i++)
          codes.push(
            (await writes.call('POST', '/api/v1/password-reset', { body: { email: `w${i}@x.example` } })).statusCode,
          );
        assert.deepEqual(
          codes,
          [202, 202, 429],
          'the general ceiling on writes (the four sign-ins of the set-up took four)',
        );
      } finally {
        await writes.close();
      }
    });
  });
}
