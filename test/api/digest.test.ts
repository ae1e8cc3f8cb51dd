import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildApp } from '../../src/server/app.ts';
import { testConfig } from '../../src/server/config.ts';
import { DIALOGUE_2020_ID, participantId } from '../../src/server/demo/dialogue-2020.ts';
import { orgId, personId } from '../../src/server/demo/directory-data.ts';
import { provisionId } from '../../src/server/demo/references-data.ts';
import { JOB_HANDLERS } from '../../src/server/jobs/handlers.ts';
import { deliverOutbox } from '../../src/server/mail/outbox.ts';
import { runDueJobs } from '../../src/server/jobs/worker.ts';
import { DIGEST_JOB, nextDigestAt, scheduleDigest } from '../../src/server/tracker/digest.ts';
import { ml } from '../../src/shared/multilingual.ts';
import { BACKENDS } from '../support/databases.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { mailbox } from '../support/mailbox.ts';

/** Polls until `check` holds (the courier delivers after the job returned), or fails at the deadline. */
async function eventually<T>(check: () => Promise<T | null | false>, what: string, deadlineMs = 10_000): Promise<T> {
  const until = Date.now() + deadlineMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error(`still waiting: ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

for (const backend of BACKENDS) {
  describe(`the weekly digest over SMTP (${backend})`, () => {
    let t: TestApp;
    let box: Awaited<ReturnType<typeof mailbox>>;
    let now = new Date('2026-03-04T10:00:00Z'); // a Wednesday
    const texts = {
      overdue: 'Send the draft roadmap to the ministries',
      soon: 'Circulate the corridor study',
      later: 'Hold the autumn seminar',
      done: 'Publish the spring report',
      uz: 'Translate the glossary into Uzbek',
    };

    before(async () => {
      box = await mailbox();
      t = await startTestApp(backend, { clock: () => now, config: { smtpUrl: box.url } });
      const action = async (text: string, owner: string, dueOn: string, status = 'in_progress') => {
        const res = await t.call('POST', `/api/v1/dialogues/${DIALOGUE_2020_ID}/outcomes`, {
          as: 'admin',
          body: {
            kind: 'follow_up_action',
            text: ml({ en: text }),
            proposerIds: [],
            endorserIds: [],
            areaIds: [],
            provisionIds: [provisionId('a-res-72-283', 'op')],
            ownerOrganizationId: orgId(owner),
            dueOn,
            status,
          },
        });
        assert.equal(res.statusCode, 201, res.body);
      };
      await action(texts.overdue, 'kaziss', '2026-02-20');
      await action(texts.soon, 'kaziss', '2026-03-12');
      await action(texts.later, 'kaziss', '2026-06-01');
      await action(texts.done, 'kaziss', '2026-02-01', 'done');
      await action(texts.uz, 'isrs', '2026-03-10', 'planned');
      const user = await t.call('POST', '/api/v1/users', {
        as: 'admin',
        body: {
          email: 'focal@isrs.example',
          password: 'a focal point password',
          role: 'member',
          personId: personId('isrs'),
        },
      });
      assert.equal(user.statusCode, 201, user.body);
      // A delegate the chair listed for the Kazakh institute, and a member of it who is not its focal
      // point: neither gets the institute's digest (memberships decide, focal points receive).
      await t.call('POST', '/api/v1/users', {
        as: 'admin',
        body: {
          email: 'delegate@niss.example',
          password: 'a delegate password',
          role: 'member',
          personId: personId('niss-tj'),
        },
      });
      const rowUrl = `/api/v1/dialogues/${DIALOGUE_2020_ID}/participants/${participantId('niss-tj')}`;
      const { version } = (await t.call('GET', rowUrl, { as: 'admin' })).json();
      const row = await t.call('PATCH', rowUrl, { as: 'admin', body: { organizationId: orgId('kaziss'), version } });
      assert.equal(row.statusCode, 200, row.body);
      const member = await t.call('POST', `/api/v1/organizations/${orgId('kaziss')}/memberships`, {
        as: 'admin',
        body: { personId: personId('niss-tj'), role: 'member', validFrom: '2026-01-01' },
      });
      assert.equal(member.statusCode, 201, member.body);
    });
    after(async () => {
      await t.close();
      await box.close();
    });
    const readOutbox = async () =>
      (await t.call('GET', '/api/v1/outbox', { as: 'admin' })).json().items as {
        to: string;
        sentAt: string | null;
        attempts: number;
        nextAttemptAt: string | null;
        failedAt: string | null;
        error: string | null;
      }[];

    test("each focal point gets its institution's overdue and due-soon actions, once a week, even across a restart", async () => {
      await scheduleDigest(t.deps.db, now);
      await scheduleDigest(t.deps.db, now); // a second instance starting asks again: still one job
      assert.equal(await runDueJobs(t.deps, JOB_HANDLERS), 0, 'nothing is due before Monday');

      // Another process on the same database runs it: the job lives in the database, not in memory.
      now = nextDigestAt(now);
      assert.equal(now.toISOString(), '2026-03-09T06:00:00.000Z');
      const restarted = await buildApp(testConfig({ smtpUrl: box.url }), t.database, { clock: () => now });
      assert.equal(await runDueJobs(restarted.deps, JOB_HANDLERS), 1);
      // The job queued the messages and rang the couriers (both instances'): they arrive after it.
      await box.waitFor(2);
      await restarted.fastify.close();
      assert.equal(await runDueJobs(t.deps, JOB_HANDLERS), 0, "the week's digest ran once");

      const to = (address: string) => box.received.filter((m) => m.to && 'text' in m.to && m.to.text.includes(address));
      assert.equal(box.received.length, 2, box.received.map((m) => m.subject).join(' | '));
      const kz = to('participant@test.example')[0]!;
      assert.match(kz.subject!, /^Actions due: week of/);
      const body = kz.text!;
      assert.ok(body.includes(texts.overdue) && body.includes(texts.soon), body);
      assert.ok(
        !body.includes(texts.later) && !body.includes(texts.done) && !body.includes(texts.uz),
        "only this institution's open actions due within two weeks",
      );
      assert.ok(
        body.indexOf('Overdue') < body.indexOf(texts.overdue) && body.indexOf(texts.overdue) < body.indexOf('Due soon'),
        'overdue first',
      );
      assert.ok(to('focal@isrs.example')[0]!.text!.includes(texts.uz));
      const outbox = await eventually(async () => {
        const items = (await readOutbox()).filter((m) => m.sentAt);
        return items.length === 2 && items;
      }, 'the outbox shows both as sent');
      assert.deepEqual(
        outbox.map((m) => [m.attempts, m.error]),
        [
          [0, null],
          [0, null],
        ],
      );
    });

    test('a mail server that refuses for a while delays the messages, not the job; nothing is lost and nothing doubles', async () => {
      box.behave(() => 'refuse');
      now = nextDigestAt(now);
      assert.equal(await runDueJobs(t.deps, JOB_HANDLERS), 1);
      // The job is done once its messages are queued; the courier tried each and set its next try.
      const waiting = await eventually(async () => {
        const items = (await readOutbox()).filter((m) => !m.sentAt && m.attempts === 1);
        return items.length === 2 && items;
      }, 'both messages tried once');
      assert.ok(waiting.every((m) => m.nextAttemptAt && Date.parse(m.nextAttemptAt) > now.getTime() && !m.failedAt));
      assert.match(waiting[0]!.error!, /try again later/);
      assert.equal(box.received.length, 2, 'the server refused');
      box.behave(() => 'accept');
      assert.equal((await deliverOutbox(t.deps)).sent, 0, 'not before the next try is due');
      now = new Date(now.getTime() + 6 * 3600_000);
      await deliverOutbox(t.deps);
      await box.waitFor(4);
      assert.equal(await runDueJobs(t.deps, JOB_HANDLERS), 0, 'the job does not run again');
      assert.equal(box.received.length, 4, 'both messages of the week arrived once');
      const jobs = (await t.database.db.execute(
        `select key, done_at is not null as done from jobs where kind = '${DIGEST_JOB}' order by run_at` as never,
      )) as unknown as { rows: { key: string; done: boolean }[] };
      assert.deepEqual(
        jobs.rows.map((j) => j.done),
        [true, true, false],
        'two weeks done, the next one waiting',
      );
    });
  });
}
