import assert from 'node:assert/strict';
import { createServer, type AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { buildApp } from '../../src/server/app.ts';
import { testConfig } from '../../src/server/config.ts';
import { mailOutbox } from '../../src/server/db/schema.ts';
import type { Deps } from '../../src/server/deps.ts';
import {
  deliverOutbox,
  MAIL_LEASE_MS,
  MAIL_MAX_ATTEMPTS,
  mailRetryDelay,
  queueMail,
  type Mail,
} from '../../src/server/mail/outbox.ts';
import { BACKENDS } from '../support/databases.ts';
import { mailbox } from '../support/mailbox.ts';
import { startTestApp, type TestApp } from '../support/app.ts';

/** A loopback port nothing listens on: connecting to it is refused. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

const mail = (key: string, to = `${key}@example.org`): Mail => ({ key, to, subject: `About ${key}`, text: key });

for (const backend of BACKENDS) {
  describe(`the outbox: leases, retries with backoff, one bad message never holds the others (${backend})`, () => {
    let t: TestApp;
    let box: Awaited<ReturnType<typeof mailbox>>;
    let now = new Date('2026-05-04T08:00:00Z');
    /** Drains as a worker of this database would, at the test's clock; the app itself has no SMTP_URL, so its courier stays idle. */
    let drainer: Pick<Deps, 'db' | 'config' | 'clock'>;
    const row = async (key: string) => (await t.deps.db.select().from(mailOutbox).where(eq(mailOutbox.key, key)))[0]!;
    const to = (address: string) =>
      box.received.filter((m) => (m.to as { text: string } | undefined)?.text === address).length;

    before(async () => {
      box = await mailbox();
      t = await startTestApp(backend, { clock: () => now });
      drainer = { db: t.deps.db, clock: () => now, config: { ...t.deps.config, smtpUrl: box.url } };
    });
    after(async () => {
      await t.close();
      await box.close();
    });

    test('two concurrent drains send each message once', async () => {
      const keys = Array.from({ length: 24 }, (_, i) => `pair-${i}`);
      await queueMail(
        t.deps.db,
        keys.map((k) => mail(k)),
      );
      const [a, b] = await Promise.all([deliverOutbox(drainer), deliverOutbox(drainer)]);
      assert.equal(a.sent + b.sent, keys.length, `${a.sent} + ${b.sent}`);
      assert.equal(box.received.length, keys.length);
      assert.equal(new Set(box.received.map((m) => m.messageId)).size, keys.length, 'no message twice');
      const left = await t.deps.db.execute(
        sql`select count(*)::int as n from mail_outbox where sent_at is null or claimed_until is not null`,
      );
      assert.equal((left as unknown as { rows: { n: number }[] }).rows[0]!.n, 0, 'every one sent, every lease let go');
    });

    test('a drain that crashed holding a lease delays its message until the lease runs out, never loses it', async () => {
      await queueMail(t.deps.db, [mail('crashed')]);
      // A drain claimed it and died before sending.
      await t.deps.db
        .update(mailOutbox)
        .set({ claimedUntil: new Date(now.getTime() + MAIL_LEASE_MS) })
        .where(eq(mailOutbox.key, 'crashed'));
      assert.equal((await deliverOutbox(drainer)).sent, 0, 'leased to another drain');
      now = new Date(now.getTime() + MAIL_LEASE_MS + 1000);
      assert.equal((await deliverOutbox(drainer)).sent, 1, 'taken over after the lease');
      assert.equal(to('crashed@example.org'), 1);
    });

    test('a message that times out or gets a 4xx does not block the next; it is retried with backoff, then failed', async () => {
      box.behave((r) =>
        r.startsWith('slow')
          ? 'hang'
          : r.startsWith('busy')
            ? 'refuse'
            : r.startsWith('lost')
              ? 'drop'
              : r.startsWith('gone')
                ? 'reject'
                : 'accept',
      );
      try {
        // Queued one by one, so the bad ones come first.
        for (const key of ['slow', 'busy', 'lost', 'gone', 'fine']) await queueMail(t.deps.db, [mail(key)]);
        const first = await deliverOutbox(drainer, { timeoutMs: 1500 });
        assert.deepEqual(first, { sent: 1, retrying: 3, failed: 1, unreachable: false });
        assert.equal(to('fine@example.org'), 1, 'the message after the bad ones went');
        const gone = await row('gone');
        assert.ok(gone.failedAt, 'a 5xx fails the message at once');
        assert.match(gone.error!, /no such mailbox/);

        for (let attempts = 1; attempts < MAIL_MAX_ATTEMPTS; attempts++) {
          for (const key of ['slow', 'busy', 'lost']) {
            const r = await row(key);
            assert.equal(r.attempts, attempts, key);
            assert.equal(r.failedAt, null, key);
            assert.equal(r.nextAttemptAt!.getTime() - now.getTime(), mailRetryDelay(attempts), `${key} backs off`);
          }
          assert.equal((await deliverOutbox(drainer, { timeoutMs: 1500 })).retrying, 0, 'nothing is due before then');
          now = (await row('slow')).nextAttemptAt!;
          await deliverOutbox(drainer, { timeoutMs: 1500 });
        }
        assert.deepEqual(mailRetryDelay(1) * 2, mailRetryDelay(2), 'the wait doubles');
        for (const key of ['slow', 'busy', 'lost']) {
          const r = await row(key);
          assert.equal(r.attempts, MAIL_MAX_ATTEMPTS);
          assert.ok(r.failedAt, `${key} failed after its last attempt`);
          assert.equal(r.sentAt, null);
        }
        assert.match((await row('slow')).error!, /timeout/i);
        assert.match((await row('busy')).error!, /try again later/);
        assert.match((await row('lost')).error!, /closed|ended|socket/i);

        const outbox = (await t.call('GET', '/api/v1/outbox?limit=100', { as: 'admin' })).json().items as {
          to: string;
          attempts: number;
          nextAttemptAt: string | null;
          failedAt: string | null;
          error: string | null;
        }[];
        const busy = outbox.find((m) => m.to === 'busy@example.org')!;
        assert.equal(busy.attempts, MAIL_MAX_ATTEMPTS);
        assert.ok(busy.failedAt && busy.error, 'the admin sees the attempts, the failure and its error');
        assert.equal(busy.nextAttemptAt, null, 'a failed message has no next attempt');
        box.behave(() => 'accept');
        await deliverOutbox(drainer);
        assert.equal(
          to('busy@example.org') + to('slow@example.org') + to('lost@example.org') + to('gone@example.org'),
          0,
          'failed stays failed',
        );
      } finally {
        box.behave(() => 'accept');
      }
    });

    test('a mail server that cannot be reached stops the drain, counting it against one message only', async () => {
      const away = { ...drainer, config: { ...drainer.config, smtpUrl: `smtp://127.0.0.1:${await closedPort()}` } };
      const keys = ['away-1', 'away-2', 'away-3'];
      for (const key of keys) await queueMail(t.deps.db, [mail(key)]);
      const result = await deliverOutbox(away);
      assert.equal(result.unreachable, true);
      assert.equal(result.sent + result.retrying + result.failed, 1, 'one try, then it stopped');
      const attempts = await Promise.all(keys.map(async (k) => (await row(k)).attempts));
      assert.deepEqual(attempts.sort(), [0, 0, 1], 'no other message was counted');
      // Once the server is back, everything goes out.
      now = new Date(now.getTime() + mailRetryDelay(1));
      await deliverOutbox(drainer);
      for (const key of keys) assert.equal(to(`${key}@example.org`), 1, key);
    });

    test('two instances with their couriers deliver mail queued by a write within a second, each message once', async () => {
      const box2 = await mailbox();
      const instances = await Promise.all(
        [0, 1].map(() => buildApp(testConfig({ smtpUrl: box2.url }), t.database, { clock: () => now })),
      );
      try {
        const started = Date.now();
        await t.deps.db.transaction(async (tx) => {
          await queueMail(
            tx,
            Array.from({ length: 10 }, (_, i) => mail(`bell-${i}`, `bell-${i}@example.org`)),
          );
        });
        // Rung by the commit, not found by the 15-second poll: about a second (with room for a busy machine).
        await box2.waitFor(10, 5000);
        assert.ok(Date.now() - started < 3000, `delivered in ${Date.now() - started} ms`);
        await new Promise((r) => setTimeout(r, 300));
        assert.equal(box2.received.length, 10, 'no message twice');
        assert.equal(new Set(box2.received.map((m) => m.messageId)).size, 10);
      } finally {
        for (const app of instances) await app.fastify.close();
        await box2.close();
      }
    });
  });
}
