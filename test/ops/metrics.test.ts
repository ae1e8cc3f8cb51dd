import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { DIALOGUE_2020_ID, participantId } from '../../src/server/demo/dialogue-2020.ts';
import { enqueue } from '../../src/server/jobs/queue.ts';
import { ml } from '../../src/shared/multilingual.ts';
import { BACKENDS } from '../support/databases.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { liveClient } from '../support/live-client.ts';

/** One sample's value from Prometheus text, by its name and exact label set as printed. */
function sample(text: string, name: string, labels = ''): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${name}${labels ? `{${labels}}` : ''} `));
  return line === undefined ? undefined : Number(line.split(' ').at(-1));
}

for (const backend of BACKENDS) {
  describe(`metrics at /metrics, in Prometheus text (${backend})`, () => {
    let t: TestApp;
    let base = '';
    before(async () => {
      t = await startTestApp(backend, { config: { metrics: true } });
      await t.fastify.listen({ port: 0, host: '127.0.0.1' });
      base = `127.0.0.1:${(t.fastify.server.address() as AddressInfo).port}`;
    });
    after(async () => t.close());
    const scrape = async () => {
      const res = await t.call('GET', '/metrics');
      assert.equal(res.statusCode, 200);
      assert.match(String(res.headers['content-type']), /^text\/plain; version=0\.0\.4/);
      return res.body;
    };

    test('requests are counted and timed by route pattern, never by raw address', async () => {
      const before = await scrape();
      const route = 'method="GET",route="/api/v1/dialogues/:id",status="200"';
      const was = sample(before, 'ed_http_requests_total', route) ?? 0;
      for (let i = 0; i < 3; i++)
        assert.equal((await t.call('GET', `/api/v1/dialogues/${DIALOGUE_2020_ID}`)).statusCode, 200);
      assert.equal((await t.call('GET', '/api/v1/no-such-thing')).statusCode, 404);
      const text = await scrape();
      assert.equal(sample(text, 'ed_http_requests_total', route), was + 3);
      assert.ok(
        (sample(text, 'ed_http_requests_total', 'method="GET",route="unmatched",status="404"') ?? 0) >= 1,
        'an address no route matched is one label, whatever its path',
      );
      assert.equal(
        sample(text, 'ed_http_request_duration_seconds_count', 'method="GET",route="/api/v1/dialogues/:id"'),
        was + 3,
      );
      assert.match(
        text,
        /ed_http_request_duration_seconds_bucket\{le="0.05",method="GET",route="\/api\/v1\/dialogues\/:id"\}/,
      );
      assert.doesNotMatch(text, new RegExp(DIALOGUE_2020_ID), 'no id of a record in the labels');
      assert.doesNotMatch(text, /no-such-thing/);
      assert.match(text, /^ed_process_resident_memory_bytes /m, 'the process too');
    });

    test('live connections and rooms come from the hub; events appended are a counter', async () => {
      const events0 = sample(await scrape(), 'ed_events_appended_total')!;
      assert.ok(events0 > 0, 'the demo data appended events');
      const a = await liveClient(`ws://${base}/api/v1/live`, t.clients.moderator);
      const b = await liveClient(`ws://${base}/api/v1/live`, t.clients.admin);
      await a.subscribe(DIALOGUE_2020_ID);
      let text = await scrape();
      assert.equal(sample(text, 'ed_live_connections'), 2, 'two sockets, one subscribed');
      assert.equal(sample(text, 'ed_live_rooms'), 1);
      assert.equal(sample(text, 'ed_live_subscriptions'), 1);
      await b.subscribe(DIALOGUE_2020_ID);
      const res = await t.call('POST', `/api/v1/dialogues/${DIALOGUE_2020_ID}/statements`, {
        as: 'admin',
        body: {
          speaker: { kind: 'participant', participantId: participantId('kaziss') },
          kind: 'remarks',
          text: ml({ en: 'Counted once' }),
          areaIds: [],
          provisionIds: [],
        },
      });
      assert.equal(res.statusCode, 201, res.body);
      text = await scrape();
      assert.equal(sample(text, 'ed_live_subscriptions'), 2);
      assert.equal(sample(text, 'ed_live_rooms'), 1, 'two subscribers, one room');
      const [{ n }] = (
        (await t.deps.db.execute(sql`select max(id)::int as n from events`)) as unknown as { rows: { n: number }[] }
      ).rows as [{ n: number }];
      assert.equal(sample(text, 'ed_events_appended_total'), n, 'every event up to the newest');
      assert.ok(n > events0);
      a.close();
      b.close();
      await a.until(() => a.socket.readyState === a.socket.CLOSED, 'a closed');
      for (let i = 0; i < 50 && sample(await scrape(), 'ed_live_connections') !== 0; i++)
        await new Promise((r) => setTimeout(r, 20));
      text = await scrape();
      assert.equal(sample(text, 'ed_live_connections'), 0);
      assert.equal(sample(text, 'ed_live_rooms'), 0);
    });

    test('the job queue, its failures and the outbox backlog are read from the database', async () => {
      const now = new Date();
      await enqueue(t.deps.db, { kind: 'ops.metrics.due', key: 'ops.metrics.due:1', runAt: now });
      await enqueue(t.deps.db, {
        kind: 'ops.metrics.later',
        key: 'ops.metrics.later:1',
        runAt: new Date(now.getTime() + 3600_000),
      });
      await enqueue(t.deps.db, { kind: 'ops.metrics.dead', key: 'ops.metrics.dead:1', runAt: now });
      await t.deps.db.execute(
        sql`update jobs set dead_at = now(), attempts = 6, last_error = 'no' where key = 'ops.metrics.dead:1'`,
      );
      await t.deps.db.execute(sql`update jobs set attempts = 1, last_error = 'once' where key = 'ops.metrics.later:1'`);
      const counts = (
        (await t.deps.db.execute(sql`select
          count(*) filter (where done_at is null and dead_at is null and run_at <= now())::int as due,
          count(*) filter (where done_at is null and dead_at is null)::int as waiting,
          count(*) filter (where dead_at is not null)::int as dead,
          count(*) filter (where done_at is null and dead_at is null and last_error is not null)::int as retrying
          from jobs`)) as unknown as { rows: Record<string, number>[] }
      ).rows[0]!;
      assert.ok(counts.due! >= 1 && counts.dead! >= 1 && counts.retrying! >= 1);
      await t.deps.db.execute(sql`insert into mail_outbox (id, key, "to", subject, text, attempts, failed_at) values
        (gen_random_uuid(), 'ops.metrics:1', 'a@x.test', 's', 't', 0, null),
        (gen_random_uuid(), 'ops.metrics:2', 'b@x.test', 's', 't', 2, null),
        (gen_random_uuid(), 'ops.metrics:3', 'c@x.test', 's', 't', 8, now())`);
      const outbox = (
        (await t.deps.db.execute(sql`select
          count(*) filter (where failed_at is null and attempts = 0)::int as pending,
          count(*) filter (where failed_at is null and attempts > 0)::int as retrying,
          count(*) filter (where failed_at is not null)::int as failed
          from mail_outbox where sent_at is null`)) as unknown as { rows: Record<string, number>[] }
      ).rows[0]!;
      const text = await scrape();
      for (const state of ['due', 'waiting', 'retrying', 'dead'])
        assert.equal(sample(text, 'ed_jobs', `state="${state}"`), counts[state], `jobs ${state}`);
      for (const state of ['pending', 'retrying', 'failed'])
        assert.equal(sample(text, 'ed_mail_outbox', `state="${state}"`), outbox[state], `outbox ${state}`);
      assert.ok(outbox.pending! >= 1 && outbox.retrying! >= 1 && outbox.failed! >= 1);
      if (backend === 'postgres') {
        assert.equal(sample(text, 'ed_db_pool_connections', 'state="max"'), 4);
        const total = sample(text, 'ed_db_pool_connections', 'state="total"')!;
        const idle = sample(text, 'ed_db_pool_connections', 'state="idle"')!;
        assert.ok(total >= 1 && total <= 4 && idle <= total, `pool ${total} ${idle}`);
      } else assert.equal(sample(text, 'ed_db_pool_connections', 'state="total"'), undefined, 'no pool to report');
    });
  });
}

describe('metrics are off by default, and on their own port when METRICS_PORT is set', () => {
  test('off: /metrics is a 404 like any unknown address', async () => {
    const t = await startTestApp('pglite');
    try {
      assert.equal((await t.call('GET', '/metrics')).statusCode, 404);
      assert.equal(t.ops.metrics, null);
    } finally {
      await t.close();
    }
  });

  test('METRICS_PORT: served there, and not on the main port', async () => {
    const t = await startTestApp('pglite', { config: { metrics: true, metricsPort: 0 } });
    try {
      await t.fastify.listen({ port: 0, host: '127.0.0.1' });
      const main = `http://127.0.0.1:${(t.fastify.server.address() as AddressInfo).port}`;
      assert.equal((await fetch(`${main}/api/v1/health`)).status, 200);
      assert.equal((await fetch(`${main}/metrics`)).status, 404, 'not on the main port');
      const url = t.ops.metricsUrl();
      assert.ok(url && !url.startsWith(main), String(url));
      const res = await fetch(url);
      assert.equal(res.status, 200);
      const text = await res.text();
      assert.equal(
        sample(text, 'ed_http_requests_total', 'method="GET",route="/api/v1/health",status="200"'),
        1,
        'it counts the main port’s requests',
      );
      assert.equal((await fetch(url.replace('/metrics', '/other'))).status, 404);
    } finally {
      await t.close();
    }
  });
});
