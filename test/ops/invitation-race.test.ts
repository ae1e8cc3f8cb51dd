import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { orgId, personId } from '../../src/server/demo/directory-data.ts';
import { ml } from '../../src/shared/multilingual.ts';
import { BACKENDS } from '../support/databases.ts';
import { startTestApp, type TestApp } from '../support/app.ts';

for (const backend of BACKENDS) {
  describe(`invitations: concurrent answers, ended dialogues (${backend})`, () => {
    let t: TestApp;
    const now = new Date('2026-05-04T08:00:00Z');
    let upcoming = '';
    let ended = '';

    const dialogue = async (key: string, startsAt: string) => {
      const res = await t.call('POST', '/api/v1/dialogues', {
        as: 'admin',
        body: {
          title: ml({ en: `Race round (${key})` }, 'en'),
          format: 'videoconference',
          startsAt,
          endsAt: new Date(Date.parse(startsAt) + 7_200_000).toISOString(),
          hostZone: 'Asia/Bishkek',
          status: 'scheduled',
          confidentiality: 'public',
          languages: ['en'],
          media: { kind: 'built_in' },
          convenerIds: [],
          referenceDocumentIds: [],
        },
      });
      assert.equal(res.statusCode, 201, res.body);
      return res.json().id as string;
    };
    /** Invites and reads the link from the outbox (no SMTP_URL here: messages wait there). */
    const invite = async (person: string, email: string) => {
      const res = await t.call('POST', `/api/v1/dialogues/${upcoming}/invitations`, {
        as: 'admin',
        body: {
          personId: personId(person),
          ...(person === 'norov' ? {} : { organizationId: orgId(person) }),
          role: 'delegate',
          email,
        },
      });
      assert.equal(res.statusCode, 201, res.body);
      const outbox = (await t.call('GET', '/api/v1/outbox?limit=100', { as: 'admin' })).json().items as {
        to: string;
        text: string;
      }[];
      const text = outbox.find((m) => m.to === email)!.text;
      return /\/invitations\/([A-Za-z0-9_-]+)/.exec(text)![1]!;
    };
    const count = async (table: string) =>
      (
        (await t.deps.db.execute(sql.raw(`select count(*)::int as n from ${table}`))) as unknown as {
          rows: { n: number }[];
        }
      ).rows[0]!.n;
    const answers = async (dialogueId: string) =>
      (
        (await t.deps.db.execute(
          sql`select count(*)::int as n from events where stream = ${dialogueId} and type in ('invitation.accepted', 'invitation.declined')`,
        )) as unknown as { rows: { n: number }[] }
      ).rows[0]!.n;

    before(async () => {
      t = await startTestApp(backend, { clock: () => now, config: { publicUrl: 'https://dialogue.example' } });
      upcoming = await dialogue('upcoming', '2026-05-20T04:00:00Z');
      ended = await dialogue('ended', '2026-04-01T04:00:00Z');
    });
    after(async () => t.close());

    test('two answers at once through the API: one succeeds, the other is 409, and one answer is recorded', async () => {
      for (const [round, [person, email]] of (
        [
          ['isrs', 'race-1@example.org'],
          ['norov', 'race-2@example.org'],
          ['csr-tj', 'race-3@example.org'],
        ] as const
      ).entries()) {
        const token = await invite(person, email);
        const before = await answers(upcoming);
        const results = await Promise.all(
          (['accepted', 'declined'] as const).map((response) =>
            t.call('POST', `/api/v1/invitations/${token}`, { body: { response } }),
          ),
        );
        const statuses = results.map((r) => r.statusCode).sort();
        assert.deepEqual(statuses, [200, 409], `round ${round}: ${results.map((r) => r.body).join(' | ')}`);
        const loser = results.find((r) => r.statusCode === 409)!;
        assert.match(loser.headers['content-type'] as string, /application\/problem\+json/);
        assert.equal(loser.json().errors[0].code, 'invitation_used');
        assert.equal(await answers(upcoming), before + 1, 'one answer recorded');
        const winner = (['accepted', 'declined'] as const)[results.findIndex((r) => r.statusCode === 200)];
        const participants = (await t.call('GET', `/api/v1/dialogues/${upcoming}/participants`, { as: 'admin' })).json()
          .items as { personId: string; invitation: string }[];
        assert.equal(participants.find((p) => p.personId === personId(person))!.invitation, winner);
      }
    });

    test('two answers at once through the page: one is thanked, the other told the link was used', async () => {
      const token = await invite('niss-tj', 'race-page@example.org');
      const before = await answers(upcoming);
      const results = await Promise.all(
        ['accepted', 'accepted'].map((response) =>
          t.fastify.inject({
            method: 'POST',
            url: `/invitations/${token}`,
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            payload: `response=${response}`,
          }),
        ),
      );
      assert.deepEqual(results.map((r) => r.statusCode).sort(), [200, 410]);
      assert.match(results.find((r) => r.statusCode === 410)!.body, /already been used/);
      assert.equal(await answers(upcoming), before + 1);
    });

    test('an invitation to a dialogue that has ended is refused at its end, and nothing changes', async () => {
      const tables = ['participants', 'invitations', 'mail_outbox', 'jobs', 'events'];
      const before = await Promise.all(tables.map(count));
      const res = await t.call('POST', `/api/v1/dialogues/${ended}/invitations`, {
        as: 'admin',
        body: {
          personId: personId('kaziss'),
          organizationId: orgId('kaziss'),
          role: 'delegate',
          email: 'late@example.org',
        },
      });
      assert.equal(res.statusCode, 409, res.body);
      assert.match(res.headers['content-type'] as string, /application\/problem\+json/);
      const problem = res.json();
      assert.equal(problem.code, 'conflict');
      assert.deepEqual(
        problem.errors.map((e: { path: string; code: string }) => [e.path, e.code]),
        [['endsAt', 'dialogue_ended']],
      );
      assert.deepEqual(await Promise.all(tables.map(count)), before, 'nothing written');
    });
  });
}
