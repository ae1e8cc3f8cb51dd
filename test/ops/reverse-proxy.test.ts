import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import { DIALOGUE_2020_ID, participantId } from '../../src/server/demo/dialogue-2020.ts';
import { ml } from '../../src/shared/multilingual.ts';
import { startServer, stopServer, type ServerProcess } from '../support/server-process.ts';
import { holdNow, liveClient, type EventMessage, type LiveClient } from '../support/live-client.ts';
import { makeDatabase } from './made-database.ts';
import { freePort, NGINX, send, startNginx, templateSite, type Nginx } from './nginx.ts';

const PG = process.env.TEST_DATABASE_URL;
const SKIP = !PG
  ? 'needs TEST_DATABASE_URL'
  : !existsSync(NGINX) && process.env.E2E !== 'required'
    ? 'nginx is not installed (apt-get install nginx)'
    : false;
const WRITES_PER_MINUTE = 40;

// The proxy's certificate is the test's own, self-signed: the live client's TLS must accept it.
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';

/**
 * A production deployment, tested: the shipped nginx configuration (deploy/nginx) with TLS in front
 * of two server processes on one PostgreSQL database, with TRUST_PROXY, COOKIE_SECURE and PUBLIC_URL.
 */
describe('behind nginx: two instances on PostgreSQL', { skip: SKIP }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'ed-nginx-'));
  let made: Awaited<ReturnType<typeof makeDatabase>>;
  let nginx: Nginx;
  let db: pg.Client;
  const servers: ServerProcess[] = [];
  const ports = { a: 0, b: 0, http: 0, https: 0 };
  let PUBLIC = '';
  let env: Record<string, string> = {};
  let admin = { cookie: '', csrf: '' };
  const open: LiveClient[] = [];

  const proxy = (method: string, path: string, o: Parameters<typeof send>[3] = {}) =>
    send(ports.https, method, path, o);
  const asAdmin = (o: { from?: string; body?: unknown } = {}) => ({
    ...o,
    headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf },
  });
  const statement = (text: string) => ({
    speaker: { kind: 'participant', participantId: participantId('kaziss') },
    kind: 'remarks',
    text: ml({ en: text }),
    areaIds: [],
    provisionIds: [],
  });
  const instanceOf = async (connectionId: string) =>
    (await db.query('select instance_id from live_connections where id = $1', [connectionId])).rows[0]?.instance_id as
      string | undefined;
  const connect = async (afterSeq?: number) => {
    const c = await liveClient(`wss://127.0.0.1:${ports.https}/api/v1/live`, {
      role: 'admin',
      cookie: admin.cookie,
      csrf: admin.csrf,
    });
    open.push(c);
    const answer = await c.subscribe(DIALOGUE_2020_ID, afterSeq);
    assert.ok(answer.type === 'snapshot' || answer.type === 'resumed', JSON.stringify(answer).slice(0, 300));
    return { c, seq: answer.seq, connectionId: answer.you.connectionId };
  };

  before(async () => {
    made = await makeDatabase('proxy');
    db = new pg.Client({ connectionString: made.url });
    await db.connect();
    for (const k of Object.keys(ports) as (keyof typeof ports)[]) ports[k] = await freePort();
    PUBLIC = `https://127.0.0.1:${ports.https}`;
    env = {
      DATABASE_URL: made.url,
      DEMO: '1',
      PUBLIC_URL: PUBLIC,
      TRUST_PROXY: '1',
      COOKIE_SECURE: '1',
      LOG_LEVEL: 'info',
      METRICS: '1',
      RATE_LIMIT_WRITES_PER_MINUTE: String(WRITES_PER_MINUTE),
      SIGN_IN_DELAY_BASE_SECONDS: '0',
    };
    // One after the other: the first makes the demo's admin and prints its password.
    servers.push(await startServer({ ...env, PORT: String(ports.a) }, 180_000));
    servers.push(await startServer({ ...env, PORT: String(ports.b) }, 180_000));
    nginx = await startNginx(
      dir,
      templateSite(dir, { http: ports.http, https: ports.https, upstreams: [ports.a, ports.b] }),
      ports.https,
    );
    const res = await proxy('POST', '/api/v1/session', {
      body: { email: servers[0]!.adminEmail, password: servers[0]!.adminPassword },
    });
    assert.equal(res.status, 201, res.body);
    const set = [res.headers['set-cookie'] ?? []].flat().find((c) => c.startsWith('ed_session='))!;
    assert.match(set, /; Secure/i, 'COOKIE_SECURE marks the session cookie Secure');
    assert.match(set, /; HttpOnly/i);
    admin = { cookie: set.split(';')[0]!, csrf: (JSON.parse(res.body) as { csrfToken: string }).csrfToken };
  });

  after(async () => {
    for (const c of open) c.close();
    await nginx?.stop();
    for (const s of servers) await stopServer(s);
    await db?.end();
    await made?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('TLS at the proxy: HSTS, links from PUBLIC_URL whatever the Host, /metrics hidden, http redirected', async () => {
    const health = await proxy('GET', '/api/v1/health');
    assert.equal(health.status, 200);
    assert.match(String(health.headers['strict-transport-security']), /max-age=/, 'X-Forwarded-Proto: https believed');
    assert.match(String(health.headers['x-request-id']), /^[0-9a-f]{32}$/, 'nginx’s request id, passed through');

    const robots = await proxy('GET', '/robots.txt', { headers: { host: 'evil.example' } });
    assert.equal(robots.status, 200);
    assert.ok(robots.body.includes(`Sitemap: ${PUBLIC}/sitemap.xml`), robots.body);
    assert.doesNotMatch(robots.body, /evil\.example/);
    const feed = await proxy('POST', '/api/v1/me/calendar-feed', asAdmin());
    assert.ok(feed.status === 200 || feed.status === 201, feed.body);
    assert.ok((JSON.parse(feed.body) as { url: string }).url.startsWith(`${PUBLIC}/calendar/`), feed.body);

    assert.equal((await proxy('GET', '/metrics')).status, 404, 'the public never reads metrics');
    const direct = await fetch(`http://127.0.0.1:${ports.a}/metrics`);
    assert.equal(direct.status, 200);
    assert.match(await direct.text(), /ed_http_requests_total\{method="GET",route="\/api\/v1\/health"/);

    const plain = await new Promise<{ status: number; location: string | undefined }>((resolve, reject) => {
      void import('node:http').then(({ get }) =>
        get({ host: '127.0.0.1', port: ports.http, path: '/news', headers: { host: 'dialogue.example.org' } }, (r) => {
          r.resume();
          resolve({ status: r.statusCode!, location: r.headers.location });
        }).on('error', reject),
      );
    });
    assert.deepEqual(plain, { status: 301, location: 'https://dialogue.example.org/news' });
  });

  test('TRUST_PROXY: the client address behind the proxy is what rate limits and logs see, and cannot be forged', async () => {
    const attempt = (from: string, forged: string) =>
      proxy('POST', '/api/v1/dialogues', { from, headers: { 'x-forwarded-for': forged }, body: {} });
    const statuses: number[] = [];
    const ids: string[] = [];
    // Each instance counts on its own: enough for both to pass the ceiling.
    for (let i = 0; i < 2 * WRITES_PER_MINUTE + 6; i++) {
      const r = await attempt('127.0.0.2', `198.51.100.${i % 250}`);
      statuses.push(r.status);
      ids.push(String(r.headers['x-request-id']));
    }
    assert.equal(statuses[0], 401, 'anonymous: refused, and counted');
    assert.deepEqual(statuses.slice(-2), [429, 429], 'a forged X-Forwarded-For does not give a fresh address');
    assert.equal((await attempt('127.0.0.3', '198.51.100.1')).status, 401, 'another client is not held back');
    assert.equal((await attempt('127.0.0.2', '127.0.0.3')).status, 429, 'nor can one pose as it');

    await new Promise((r) => setTimeout(r, 300));
    const lines = servers
      .flatMap((s) => s.output().split('\n'))
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const first = lines.find((l) => l.reqId === ids[0]);
    assert.ok(first, `a log line for request ${ids[0]}`);
    assert.equal(first.ip, '127.0.0.2');
    assert.equal(first.route, '/api/v1/dialogues');
    assert.equal(first.status, 401);
    assert.ok(!lines.some((l) => String(l.ip).startsWith('198.51.100.')), 'no forged address in the log');
    assert.match(nginx.accessLog(), new RegExp(`^127\\.0\\.0\\.2 .* id=${ids[0]}$`, 'm'), 'one id in both logs');
  });

  test('WebSockets upgrade through the proxy, and events cross both instances', async () => {
    const byInstance = new Map<string, Awaited<ReturnType<typeof connect>>>();
    for (let i = 0; i < 8 && byInstance.size < 2; i++) {
      const s = await connect();
      const instance = await instanceOf(s.connectionId);
      assert.ok(instance, 'the connection is in presence');
      if (byInstance.has(instance)) s.c.close();
      else byInstance.set(instance, s);
    }
    assert.equal(byInstance.size, 2, 'a socket on each instance');
    const [one, two] = [...byInstance.values()] as [
      Awaited<ReturnType<typeof connect>>,
      Awaited<ReturnType<typeof connect>>,
    ];
    // The room takes chat only inside its meeting's window; the demo's is long over.
    await holdNow(
      {
        call: async (method, url, o = {}) => {
          const r = await proxy(method, url, o.as ? asAdmin({ body: o.body }) : { body: o.body });
          return { statusCode: r.status, body: r.body, json: () => JSON.parse(r.body) as unknown };
        },
      },
      DIALOGUE_2020_ID,
    );
    const posted = await proxy(
      'POST',
      `/api/v1/dialogues/${DIALOGUE_2020_ID}/statements`,
      asAdmin({ body: statement('Across the proxy') }),
    );
    assert.equal(posted.status, 201, posted.body);
    const chat = await one.c.act({
      type: 'chat.post',
      dialogueId: DIALOGUE_2020_ID,
      text: 'From one instance to the other',
    });
    assert.equal(chat.type, 'ack', JSON.stringify(chat));
    for (const s of [one, two]) {
      await s.c.until(
        () => s.c.events().some((e) => JSON.stringify(e.payload).includes('Across the proxy')),
        'the statement written over HTTP',
        10_000,
      );
      await s.c.until(
        () => s.c.events().some((e) => e.event === 'chat.posted' && JSON.stringify(e.payload).includes('to the other')),
        'the chat message sent on one instance',
        10_000,
      );
    }
  });

  test('one instance restarts under load: no request fails, and its live clients resume on the other', async () => {
    // Live clients spread over both instances (round robin); those on a will have to move.
    const sockets: Awaited<ReturnType<typeof connect>>[] = [];
    for (let i = 0; i < 4; i++) sockets.push(await connect());
    const instanceOf_ = new Map<LiveClient, string>();
    for (const s of sockets) instanceOf_.set(s.c, (await instanceOf(s.connectionId))!);
    assert.equal(new Set(instanceOf_.values()).size, 2, 'sockets on both instances');

    let running = true;
    const failures: string[] = [];
    let answered = 0;
    const written: string[] = [];
    const reader = async (path: string) => {
      while (running) {
        try {
          const r = await proxy('GET', path);
          if (r.status !== 200) failures.push(`${path}: ${r.status} ${r.body.slice(0, 200)}`);
          else answered++;
        } catch (err) {
          failures.push(`${path}: ${(err as Error).message}`);
        }
      }
    };
    const writer = async () => {
      for (let i = 0; running; i++) {
        const text = `Said during the restart ${i}`;
        try {
          // A different client address for each write, so no ceiling is reached.
          const r = await proxy(
            'POST',
            `/api/v1/dialogues/${DIALOGUE_2020_ID}/statements`,
            asAdmin({ from: `127.0.1.${(i % 200) + 1}`, body: statement(text) }),
          );
          if (r.status !== 201) failures.push(`write ${i}: ${r.status} ${r.body.slice(0, 200)}`);
          else written.push(text);
        } catch (err) {
          failures.push(`write ${i}: ${(err as Error).message}`);
        }
        await new Promise((r) => setTimeout(r, 150));
      }
    };
    const load = [
      reader(`/api/v1/dialogues/${DIALOGUE_2020_ID}`),
      reader('/api/v1/dialogues'),
      reader('/api/v1/health'),
      reader('/news'),
      writer(),
    ];
    await new Promise((r) => setTimeout(r, 1_000));

    const a = servers[0]!;
    const closes = sockets.map(
      (s) => new Promise<number>((resolve) => s.c.socket.once('close', (code: number) => resolve(code))),
    );
    await stopServer(a, 'SIGTERM');
    assert.match(a.output(), /SIGTERM: closed/, 'a shut down in order');
    // The sockets a held are closed with 1012 (restart: resume elsewhere); b's stay open.
    const closedCodes = await Promise.all(
      closes.map((p) => Promise.race([p, new Promise<number>((r) => setTimeout(() => r(0), 3_000))])),
    );
    const dropped = sockets.filter((_, i) => closedCodes[i] !== 0);
    assert.ok(dropped.length >= 1, `some sockets were on a: ${closedCodes.join(',')}`);
    const aInstance = instanceOf_.get(dropped[0]!.c)!;
    for (const [i, s] of sockets.entries()) {
      const wasOnA = instanceOf_.get(s.c) === aInstance;
      assert.equal(closedCodes[i], wasOnA ? 1012 : 0, `socket ${i} (${wasOnA ? 'on a' : 'on b'})`);
    }

    // They resume through the proxy, now on b, from the seq they had.
    const resumed: { c: LiveClient; from: number }[] = [];
    for (const s of dropped) {
      const last = Math.max(s.seq, ...s.c.events().map((e) => e.seq));
      const again = await connect(last);
      const answer = again.c.received.find((m) => m.type === 'resumed' || m.type === 'snapshot')!;
      assert.equal(answer.type, 'resumed', 'resumed, not a fresh snapshot');
      resumed.push({ c: again.c, from: last });
    }

    // a comes back on its port while the load goes on.
    servers[0] = await startServer({ ...env, PORT: String(ports.a) }, 180_000);
    await new Promise((r) => setTimeout(r, 2_000));
    running = false;
    await Promise.all(load);

    assert.deepEqual(failures, [], 'no request failed');
    assert.ok(answered > 50, `the load ran (${answered} answers)`);
    assert.ok(written.length > 5, `writes went on (${written.length})`);
    const final = written.at(-1)!;
    for (const { c, from } of resumed) {
      await c.until(() => c.events().some((e) => JSON.stringify(e.payload).includes(final)), 'the last write', 15_000);
      const seqs = c.events().map((e: EventMessage) => e.seq);
      assert.deepEqual(
        seqs,
        Array.from({ length: seqs.length }, (_, i) => from + 1 + i),
        'every event after its seq, once, in order',
      );
    }
  });
});
