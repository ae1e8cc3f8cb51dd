import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { jobs } from '../../src/server/db/schema.ts';
import { claimDue, enqueue, JOB_LEASE_MS, JOB_MAX_ATTEMPTS, jobRetryDelay } from '../../src/server/jobs/queue.ts';
import { runDueJobs, type Handler } from '../../src/server/jobs/worker.ts';
import { BACKENDS } from '../support/databases.ts';
import { startTestApp, ROLES, type TestApp } from '../support/app.ts';

for (const backend of BACKENDS) {
  describe(`jobs: attempts with backoff, then dead; the secretariat lists and retries them (${backend})`, () => {
    let t: TestApp;
    let now = new Date('2026-05-04T08:00:00Z');
    let broken = true;
    const handlers: Record<string, Handler> = {
      'ops.flaky': async () => {
        if (broken) throw new Error('the remote service said no');
      },
    };
    const row = async (key: string) => (await t.deps.db.select().from(jobs).where(eq(jobs.key, key)))[0]!;

    before(async () => {
      t = await startTestApp(backend, { clock: () => now });
    });
    after(async () => t.close());

    test('a job that throws runs again after a doubling wait, and after its last attempt is dead', async () => {
      await enqueue(t.deps.db, { kind: 'ops.flaky', key: 'ops.flaky:1', runAt: now });
      for (let attempt = 1; attempt <= JOB_MAX_ATTEMPTS; attempt++) {
        assert.equal(await runDueJobs(t.deps, handlers), 1, `attempt ${attempt}`);
        const r = await row('ops.flaky:1');
        assert.equal(r.attempts, attempt);
        assert.match(r.lastError!, /the remote service said no/);
        if (attempt < JOB_MAX_ATTEMPTS) {
          assert.equal(r.deadAt, null);
          assert.equal(r.runAt.getTime() - now.getTime(), jobRetryDelay(attempt), 'backs off');
          assert.equal(await runDueJobs(t.deps, handlers), 0, 'not before its next run');
          now = r.runAt;
        } else assert.ok(r.deadAt, 'dead after the last attempt');
      }
      assert.equal(jobRetryDelay(2), 2 * jobRetryDelay(1));
      now = new Date(now.getTime() + 24 * 3600_000);
      assert.equal(await runDueJobs(t.deps, handlers), 0, 'a dead job runs no more');
    });

    test('only the secretariat lists dead jobs and retries one; a retried job runs again', async () => {
      const { id } = await row('ops.flaky:1');
      for (const role of ROLES.filter((r) => r !== 'admin')) {
        const expected = role === 'anonymous' ? 401 : 403;
        assert.equal((await t.call('GET', '/api/v1/jobs?state=dead', { as: role })).statusCode, expected, role);
        assert.equal((await t.call('POST', `/api/v1/jobs/${id}/retry`, { as: role })).statusCode, expected, role);
      }
      assert.ok((await row('ops.flaky:1')).deadAt, 'refused callers changed nothing');

      const list = await t.call('GET', '/api/v1/jobs?state=dead', { as: 'admin' });
      assert.equal(list.statusCode, 200, list.body);
      assert.equal(list.headers['cache-control'], 'no-store');
      const dead = list.json().items.find((j: { key: string }) => j.key === 'ops.flaky:1');
      assert.equal(dead.state, 'dead');
      assert.equal(dead.attempts, JOB_MAX_ATTEMPTS);
      assert.equal(dead.maxAttempts, JOB_MAX_ATTEMPTS);
      assert.match(dead.lastError, /the remote service said no/);
      assert.equal(dead.payload, undefined, 'the payload stays inside');

      broken = false;
      const retried = await t.call('POST', `/api/v1/jobs/${id}/retry`, { as: 'admin' });
      assert.equal(retried.statusCode, 200, retried.body);
      assert.equal(retried.json().state, 'waiting');
      assert.equal(retried.json().attempts, 0);
      const events = await t.deps.db.execute(
        sql`select count(*)::int as n from events where stream = 'jobs' and type = 'job.retried'`,
      );
      assert.equal((events as unknown as { rows: { n: number }[] }).rows[0]!.n, 1, 'the retry is an audited event');
      assert.equal(
        (await t.call('GET', '/api/v1/jobs?state=dead', { as: 'admin' }))
          .json()
          .items.some((j: { key: string }) => j.key === 'ops.flaky:1'),
        false,
      );
      assert.equal(await runDueJobs(t.deps, handlers), 1);
      assert.ok((await row('ops.flaky:1')).doneAt, 'done at last');

      const again = await t.call('POST', `/api/v1/jobs/${id}/retry`, { as: 'admin' });
      assert.equal(again.statusCode, 409, 'only a dead job is retried');
      assert.match(again.headers['content-type'] as string, /application\/problem\+json/);
      assert.equal(again.json().errors[0].code, 'job_not_dead');
      assert.equal((await t.call('POST', '/api/v1/jobs/999999999/retry', { as: 'admin' })).statusCode, 404);
      assert.equal((await t.call('POST', '/api/v1/jobs/not-a-job/retry', { as: 'admin' })).statusCode, 404);
      assert.equal((await t.call('GET', '/api/v1/jobs?state=buried', { as: 'admin' })).statusCode, 400);
    });

    test('a job whose worker keeps dying is dead once its last lease runs out, and loops no more', async () => {
      await enqueue(t.deps.db, { kind: 'ops.flaky', key: 'ops.crash:1', runAt: now });
      for (let attempt = 1; attempt <= JOB_MAX_ATTEMPTS; attempt++) {
        const job = await claimDue(t.deps.db, now); // a worker takes it, then dies: its lease runs out
        assert.equal(job?.key, 'ops.crash:1');
        now = new Date(now.getTime() + JOB_LEASE_MS + 1000);
      }
      assert.equal(await runDueJobs(t.deps, handlers), 0, `not run again after ${JOB_MAX_ATTEMPTS} attempts`);
      const r = await row('ops.crash:1');
      assert.ok(r.deadAt);
      assert.match(r.lastError!, /worker stopped/);
    });
  });
}
