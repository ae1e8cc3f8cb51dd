import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { createUser } from '../../src/server/accounts/create-user.ts';
import { buildApp, type App } from '../../src/server/app.ts';
import { testConfig } from '../../src/server/config.ts';
import { openPostgres, type Database } from '../../src/server/db/database.ts';
import { dialogues, sessions } from '../../src/server/db/schema.ts';
import { DIALOGUE_2020_ID } from '../../src/server/demo/dialogue-2020.ts';
import { BACKENDS } from '../support/databases.ts';
import { PASSWORD, startTestApp, type Client, type TestApp } from '../support/app.ts';
import { holdNow, liveClient } from '../support/live-client.ts';

const D = DIALOGUE_2020_ID;
const PARTICIPANT = 'participant@test.example';

/** A live client that also remembers how its socket was closed. */
async function watched(url: string, client: Client) {
  const c = await liveClient(url, client);
  const closed = new Promise<number>((resolve) => c.socket.on('close', (code) => resolve(code)));
  return Object.assign(c, { closed });
}
type Watched = Awaited<ReturnType<typeof watched>>;

async function closedWithin(c: Watched, ms = 5_000): Promise<number | 'open'> {
  return Promise.race([c.closed, new Promise<'open'>((r) => setTimeout(() => r('open'), ms))]);
}

/**
 * Right after a session ends, whatever its socket still sends is refused (or finds it closed):
 * no chat is acknowledged, no snapshot is sent, and the socket closes with 4001.
 */
async function assertCutOff(c: Watched, what: string): Promise<void> {
  const before = c.received.length;
  if (c.socket.readyState === c.socket.OPEN) {
    c.send({ type: 'chat.post', dialogueId: D, text: `after ${what}`, ref: 'late-chat' });
    c.send({ type: 'subscribe', dialogueId: D });
  }
  assert.equal(await closedWithin(c), 4001, `the socket closes after ${what}`);
  const late = c.received.slice(before);
  assert.ok(!late.some((m) => m.type === 'ack'), `no chat acknowledged after ${what}: ${JSON.stringify(late)}`);
  assert.ok(!late.some((m) => m.type === 'snapshot' || m.type === 'resumed'), `no snapshot after ${what}`);
}

for (const backend of BACKENDS) {
  describe(`sessions that end (${backend})`, () => {
    let t: TestApp;
    let url = '';
    before(async () => {
      t = await startTestApp(backend);
      await holdNow(t, D); // the room takes chat only inside its window
      // A restricted dialogue: what a socket that outlived its session would have leaked.
      await t.deps.db.update(dialogues).set({ confidentiality: 'restricted' }).where(eq(dialogues.id, D));
      await t.fastify.listen({ port: 0, host: '127.0.0.1' });
      url = `ws://127.0.0.1:${(t.fastify.server.address() as AddressInfo).port}/api/v1/live`;
    });
    after(async () => {
      await t.close();
    });

    const signIn = async (email = PARTICIPANT, password = PASSWORD): Promise<Client> => {
      const res = await t.fastify.inject({ method: 'POST', url: '/api/v1/session', payload: { email, password } });
      assert.equal(res.statusCode, 201, res.body);
      const cookie = res.cookies.find((c) => c.name === 'ed_session')!;
      return { role: 'participant', cookie: `ed_session=${cookie.value}`, csrf: res.json().csrfToken };
    };
    const whoIs = async (client: Client) => (await t.call('GET', '/api/v1/session', { as: client })).json().user;
    /** A socket of a fresh session, in the room, whose chat is acknowledged: working until its session ends. */
    const inRoom = async (client: Client): Promise<Watched> => {
      const c = await watched(url, client);
      assert.equal((await c.subscribe(D)).type, 'snapshot');
      assert.equal((await c.act({ type: 'chat.post', dialogueId: D, text: 'hello' })).type, 'ack');
      return c;
    };

    test('signing out closes the sockets the session opened, at once', async () => {
      const client = await signIn();
      const c = await inRoom(client);
      const other = await inRoom(await signIn());
      const res = await t.call('DELETE', '/api/v1/session', { as: client });
      assert.equal(res.statusCode, 204);
      await assertCutOff(c, 'signing out');
      // The same person's other session, on another device, goes on.
      assert.equal((await other.act({ type: 'chat.post', dialogueId: D, text: 'still here' })).type, 'ack');
      other.close();
    });

    test('the actor is read again for each action: a session gone without a bell is refused', async () => {
      const client = await signIn();
      const chat = await inRoom(client);
      const fresh = await watched(url, client);
      // Expired in the table, with no NOTIFY: only the check on each action can tell.
      const { id } = await whoIs(client);
      await t.deps.db
        .update(sessions)
        .set({ expiresAt: new Date(Date.now() - 1000) })
        .where(eq(sessions.userId, id));
      // (The hub's slow sweep may close a socket first; either way nothing is done.)
      for (const [c, message] of [
        [chat, { type: 'chat.post', dialogueId: D, text: 'expired', ref: 'expired' }],
        [fresh, { type: 'subscribe', dialogueId: D }],
      ] as const) {
        const from = c.received.length;
        c.send(message);
        assert.equal(await closedWithin(c), 4001);
        const answers = c.received.slice(from);
        assert.ok(
          answers.every((m) => m.type === 'error' && m.code === 'unauthenticated'),
          `refused: ${JSON.stringify(answers)}`,
        );
      }
      // Every participant session was expired above: sign in again for the tests that follow.
      await t.deps.db.delete(sessions).where(eq(sessions.userId, id));
    });

    test('an admin lists and ends a user’s sessions, and their sockets close', async () => {
      const one = await signIn();
      const two = await signIn();
      const { id: userId } = await whoIs(one);
      const c = await inRoom(one);
      const list = await t.call('GET', `/api/v1/users/${userId}/sessions`, { as: 'admin' });
      assert.equal(list.statusCode, 200, list.body);
      assert.equal(list.headers['cache-control'], 'no-store');
      const items = list.json().items as { id: string; createdAt: string; expiresAt: string; current: boolean }[];
      assert.ok(items.length >= 2);
      assert.ok(
        items.every((s) => !s.current),
        'none of them is the admin’s own',
      );
      // Opaque ids: neither the cookie's token nor the hash the table keeps.
      const rows = await t.deps.db.select({ id: sessions.id }).from(sessions).where(eq(sessions.userId, userId));
      const secrets = [one.cookie!, two.cookie!].map((c) => c.split('=')[1]!).concat(rows.map((r) => r.id));
      for (const s of secrets) assert.ok(!list.body.includes(s), 'no token or hash in the answer');
      assert.deepEqual(Object.keys(items[0]!).sort(), ['createdAt', 'current', 'expiresAt', 'id']);

      // Which listed session is `one`? The user's own list marks it.
      const own = (await t.call('GET', '/api/v1/me/sessions', { as: one })).json().items as typeof items;
      const oneId = own.find((s) => s.current)!.id;
      const end = await t.call('DELETE', `/api/v1/users/${userId}/sessions/${oneId}`, { as: 'admin' });
      assert.equal(end.statusCode, 204, end.body);
      assert.equal(end.headers['cache-control'], 'no-store');
      await assertCutOff(c, 'the admin ended the session');
      assert.equal(await whoIs(one), null, 'that session signs in no more');
      assert.notEqual(await whoIs(two), null, 'the other one still does');
      const again = await t.call('DELETE', `/api/v1/users/${userId}/sessions/${oneId}`, { as: 'admin' });
      assert.equal(again.statusCode, 404);

      const c2 = await inRoom(two);
      const all = await t.call('DELETE', `/api/v1/users/${userId}/sessions`, { as: 'admin' });
      assert.equal(all.statusCode, 204, all.body);
      await assertCutOff(c2, 'the admin ended every session');
      assert.equal(await whoIs(two), null);
      assert.deepEqual((await t.call('GET', `/api/v1/users/${userId}/sessions`, { as: 'admin' })).json().items, []);
      assert.notEqual(await whoIs(t.clients.admin), null, 'the admin is still signed in');
    });

    test('only the secretariat may, and bad input names its field', async () => {
      const { id: userId } = await whoIs(t.clients.member);
      for (const [method, path] of [
        ['GET', `/api/v1/users/${userId}/sessions`],
        ['DELETE', `/api/v1/users/${userId}/sessions`],
        ['DELETE', `/api/v1/users/${userId}/sessions/AAAAAAAAAAAAAAAAAAAAAA`],
      ] as const) {
        const refused = await t.call(method, path, { as: 'member' });
        assert.equal(refused.statusCode, 403, `member ${method} ${path}`);
        assert.equal(refused.headers['cache-control'], 'no-store', `member ${method} ${path}`);
        assert.equal((await t.call(method, path, { as: 'anonymous' })).statusCode, 401, `anonymous ${method} ${path}`);
      }
      assert.equal((await t.call('GET', '/api/v1/me/sessions')).statusCode, 401);
      const bad = await t.call('GET', '/api/v1/users/not-a-uuid/sessions', { as: 'admin' });
      assert.equal(bad.statusCode, 400);
      assert.match(String(bad.headers['content-type']), /^application\/problem\+json/);
      assert.equal(bad.json().errors[0].path, 'params.id');
      assert.equal(bad.headers['cache-control'], 'no-store');
      const badSession = await t.call('DELETE', `/api/v1/me/sessions/${'x'.repeat(64)}`, { as: 'member' });
      assert.equal(badSession.statusCode, 400);
      assert.equal(badSession.json().errors[0].path, 'params.sessionId');
      const nobody = await t.call('GET', '/api/v1/users/00000000-0000-4000-8000-000000000000/sessions', {
        as: 'admin',
      });
      assert.equal(nobody.statusCode, 404);
    });

    test('a user lists their sessions and ends another of theirs, never someone else’s', async () => {
      const here = await signIn();
      const there = await signIn();
      const c = await inRoom(there);
      const list = await t.call('GET', '/api/v1/me/sessions', { as: here });
      assert.equal(list.statusCode, 200);
      assert.equal(list.headers['cache-control'], 'no-store');
      const items = list.json().items as { id: string; current: boolean }[];
      assert.equal(items.filter((s) => s.current).length, 1, 'this session is marked');
      const thereId = (await t.call('GET', '/api/v1/me/sessions', { as: there }))
        .json()
        .items.find((s: { current: boolean }) => s.current).id;
      assert.ok(items.some((s) => s.id === thereId && !s.current));

      // Someone else's session answers as one that does not exist, and stays.
      const adminsOwn = (await t.call('GET', '/api/v1/me/sessions', { as: 'admin' }))
        .json()
        .items.find((s: { current: boolean }) => s.current).id;
      const foreign = await t.call('DELETE', `/api/v1/me/sessions/${adminsOwn}`, { as: here });
      assert.equal(foreign.statusCode, 404);
      assert.notEqual(await whoIs(t.clients.admin), null);

      const end = await t.call('DELETE', `/api/v1/me/sessions/${thereId}`, { as: here });
      assert.equal(end.statusCode, 204, end.body);
      assert.equal(end.headers['cache-control'], 'no-store');
      await assertCutOff(c, 'its owner ended it from another device');
      assert.equal(await whoIs(there), null);
      assert.notEqual(await whoIs(here), null, 'the session it was ended from goes on');
    });

    test('resetting the password with user:create ends every session and socket', async () => {
      const client = await signIn();
      const c = await inRoom(client);
      const c2 = await inRoom(await signIn());
      await createUser(t.deps.db, { email: PARTICIPANT, password: PASSWORD, role: 'member', personId: null });
      await assertCutOff(c, 'a password reset');
      await assertCutOff(c2, 'a password reset');
      assert.equal(await whoIs(client), null);
    });

    test('a role change ends every session and socket', async () => {
      const client = await signIn();
      const c = await inRoom(client);
      await createUser(t.deps.db, { email: PARTICIPANT, password: PASSWORD, role: 'admin', personId: null });
      await assertCutOff(c, 'a role change');
      assert.equal(await whoIs(client), null);
      const back = await signIn();
      assert.equal((await whoIs(back)).role, 'admin');
      await createUser(t.deps.db, { email: PARTICIPANT, password: PASSWORD, role: 'member', personId: null });
      assert.equal(await whoIs(back), null);
    });
  });
}

/** Two instances on one PostgreSQL database: a session ended through one closes its sockets on the other. */
describe(
  'a session ended on one instance closes its sockets on another (postgres)',
  { skip: !process.env.TEST_DATABASE_URL && 'needs TEST_DATABASE_URL' },
  () => {
    let a: TestApp;
    let b: App;
    let second: Database;
    let urlB = '';
    before(async () => {
      a = await startTestApp('postgres');
      await holdNow(a, D);
      second = await openPostgres(a.database.url!);
      b = await buildApp(testConfig({ databaseUrl: a.database.url }), second);
      await b.fastify.listen({ port: 0, host: '127.0.0.1' });
      urlB = `ws://127.0.0.1:${(b.fastify.server.address() as AddressInfo).port}/api/v1/live`;
    });
    after(async () => {
      await b.fastify.close().catch(() => undefined);
      await second.close().catch(() => undefined);
      await a.close();
    });

    const session = async (): Promise<Client> => {
      const res = await a.fastify.inject({
        method: 'POST',
        url: '/api/v1/session',
        payload: { email: PARTICIPANT, password: PASSWORD },
      });
      const cookie = res.cookies.find((c) => c.name === 'ed_session')!;
      return { role: 'participant', cookie: `ed_session=${cookie.value}`, csrf: res.json().csrfToken };
    };
    const onB = async (client: Client): Promise<Watched> => {
      const c = await watched(urlB, client);
      assert.equal((await c.subscribe(D)).type, 'snapshot');
      assert.equal((await c.act({ type: 'chat.post', dialogueId: D, text: 'on b' })).type, 'ack');
      return c;
    };
    // Closed by the bell from the other instance, not by its own next action: nothing is sent here.
    const closedByBell = async (c: Watched, what: string) =>
      assert.equal(await closedWithin(c), 4001, `instance b closes the socket after ${what} on a`);

    test('signing out on a', async () => {
      const client = await session();
      const c = await onB(client);
      assert.equal((await a.call('DELETE', '/api/v1/session', { as: client })).statusCode, 204);
      await closedByBell(c, 'signing out');
    });

    test('the secretariat ending every session, and a password reset, on a', async () => {
      const c1 = await onB(await session());
      const { id } = (await a.call('GET', '/api/v1/session', { as: await session() })).json().user;
      assert.equal((await a.call('DELETE', `/api/v1/users/${id}/sessions`, { as: 'admin' })).statusCode, 204);
      await closedByBell(c1, 'the admin ended the sessions');
      const c2 = await onB(await session());
      await createUser(a.deps.db, { email: PARTICIPANT, password: PASSWORD, role: 'member', personId: null });
      await closedByBell(c2, 'a password reset');
      const left = await a.deps.db.execute(sql`select count(*)::int as n from sessions where user_id = ${id}`);
      assert.equal((left as unknown as { rows: { n: number }[] }).rows[0]!.n, 0);
    });
  },
);
