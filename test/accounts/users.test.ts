import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { offerAccount } from '../../src/server/accounts/account-setup.ts';
import { createUser } from '../../src/server/accounts/create-user.ts';
import { sendPasswordReset } from '../../src/server/accounts/password-reset.ts';
import { events, mailOutbox, sessions, signInFailures, users } from '../../src/server/db/schema.ts';
import { DIALOGUE_2020_ID } from '../../src/server/demo/dialogue-2020.ts';
import { personId } from '../../src/server/demo/directory-data.ts';
import { ACCOUNTS_STREAM } from '../../src/server/events/append-event.ts';
import type { UserAccount } from '../../src/shared/contracts/accounts.ts';
import { BACKENDS } from '../support/databases.ts';
import { PASSWORD, startTestApp, type Client, type TestApp } from '../support/app.ts';
import { liveClient } from '../support/live-client.ts';

const D = DIALOGUE_2020_ID;

for (const backend of BACKENDS) {
  describe(`the secretariat manages accounts (${backend})`, () => {
    let t: TestApp;
    let url = '';
    let adminId = '';
    before(async () => {
      t = await startTestApp(backend);
      await t.fastify.listen({ port: 0, host: '127.0.0.1' });
      url = `ws://127.0.0.1:${(t.fastify.server.address() as AddressInfo).port}/api/v1/live`;
      adminId = (await t.call('GET', '/api/v1/session', { as: 'admin' })).json().user.id;
    });
    after(async () => {
      await t.close();
    });

    const signIn = (email: string, password = PASSWORD, remoteAddress = '127.0.0.1') =>
      t.fastify.inject({ method: 'POST', url: '/api/v1/session', payload: { email, password }, remoteAddress });
    const session = async (email: string): Promise<Client> => {
      const res = await signIn(email);
      assert.equal(res.statusCode, 201, res.body);
      const cookie = res.cookies.find((c) => c.name === 'ed_session')!;
      return { role: 'member', cookie: `ed_session=${cookie.value}`, csrf: res.json().csrfToken };
    };
    const list = async (query = ''): Promise<UserAccount[]> => {
      const res = await t.call('GET', `/api/v1/users${query}`, { as: 'admin' });
      assert.equal(res.statusCode, 200, res.body);
      return res.json().items;
    };
    const account = async (email: string): Promise<UserAccount> => (await list()).find((a) => a.email === email)!;
    const patch = (id: string, body: unknown, as: 'admin' | 'member' | 'anonymous' = 'admin') =>
      t.call('PATCH', `/api/v1/users/${id}`, { as, body });
    /** A fresh account nobody else's test touches. */
    const fresh = async (email: string, personId: string | null = null) =>
      (await createUser(t.deps.db, { email, password: PASSWORD, role: 'member', personId })).id;

    test('the list: every account, its person, state and sessions; filtered by text and by state', async () => {
      const res = await t.call('GET', '/api/v1/users', { as: 'admin' });
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.headers['cache-control'], 'no-store');
      const items = res.json().items as UserAccount[];
      const emails = items.map((a) => a.email);
      for (const role of ['admin', 'member', 'participant', 'moderator'])
        assert.ok(emails.includes(`${role}@test.example`), role);
      assert.deepEqual(emails, [...emails].sort(), 'ordered by e-mail');
      assert.deepEqual(Object.keys(items[0]!).sort(), [
        'createdAt',
        'disabledAt',
        'email',
        'id',
        'lastSessionAt',
        'locale',
        'openSessions',
        'personId',
        'personName',
        'role',
        'version',
      ]);
      assert.ok(!res.body.includes('password'), 'no password hash');
      const admin = items.find((a) => a.email === 'admin@test.example')!;
      assert.equal(admin.role, 'admin');
      assert.ok(admin.openSessions >= 1);
      assert.ok(admin.lastSessionAt);
      assert.equal(admin.disabledAt, null);
      const participant = items.find((a) => a.email === 'participant@test.example')!;
      assert.equal(participant.personId, personId('kaziss'));
      const name = Object.values(participant.personName!.texts)[0]!.text;

      // Any case, in the e-mail or the name.
      assert.deepEqual(
        (await list('?q=MEMBER%40TEST')).map((a) => a.email),
        ['member@test.example'],
      );
      const byName = await list(`?q=${encodeURIComponent(name.slice(1, 6).toUpperCase())}`);
      assert.ok(
        byName.some((a) => a.email === 'participant@test.example'),
        `found by "${name}"`,
      );
      assert.deepEqual(await list('?q=nobody-has-this'), []);
      // Only JSON keys of the name would match this: they are not searched.
      assert.ok(!(await list('?q=checked')).some((a) => a.personId));
      assert.equal((await list('?state=active')).length, items.length);
      assert.deepEqual(await list('?state=disabled'), []);
    });

    test('anonymous readers and members are refused and learn nothing', async () => {
      const { id } = await account('member@test.example');
      for (const [method, path, body] of [
        ['GET', '/api/v1/users', undefined],
        ['GET', '/api/v1/users?state=disabled&q=admin', undefined],
        ['PATCH', `/api/v1/users/${id}`, { version: 1, disabled: true }],
        ['PATCH', `/api/v1/users/${adminId}`, { nonsense: true }],
      ] as const) {
        for (const [as, status] of [
          ['anonymous', 401],
          ['member', 403],
          ['participant', 403],
        ] as const) {
          const res = await t.call(method, path, { as, ...(body ? { body } : {}) });
          assert.equal(res.statusCode, status, `${as} ${method} ${path}`);
          assert.match(String(res.headers['content-type']), /^application\/problem\+json/);
          assert.ok(!res.body.includes('@test.example'), 'no e-mail in the refusal');
          assert.equal(res.json().errors, undefined, 'nothing about the contract');
        }
      }
      assert.equal((await account('member@test.example')).disabledAt, null, 'nothing changed');
    });

    test('disabling ends every session at once, live sockets included; the right password then answers as a wrong one', async () => {
      const email = 'norov.account@test.example';
      const id = await fresh(email, personId('norov'));
      const first = await session(email);
      const second = await session(email);
      // In the room of the dialogue the person takes part in: what a socket that outlived its session would see.
      const socket = await liveClient(url, first);
      const closed = new Promise<number>((resolve) => socket.socket.on('close', (code) => resolve(code)));
      assert.equal((await socket.subscribe(D)).type, 'snapshot');
      const before = await account(email);
      assert.equal(before.openSessions, 2);
      const feed = (await t.call('POST', '/api/v1/me/calendar-feed', { as: first })).json().url as string;
      const feedPath = new URL(feed).pathname;
      assert.equal((await t.call('GET', feedPath)).statusCode, 200);

      const res = await patch(id, { version: before.version, disabled: true });
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.headers['cache-control'], 'no-store');
      const after = res.json() as UserAccount;
      assert.ok(after.disabledAt);
      assert.equal(after.version, before.version + 1);
      assert.equal(after.openSessions, 0);

      // Closed by the bell, without the socket sending anything.
      const code = await Promise.race([closed, new Promise<'open'>((r) => setTimeout(() => r('open'), 5_000))]);
      assert.equal(code, 4001, 'the live socket closes');
      for (const client of [first, second]) {
        assert.equal((await t.call('GET', '/api/v1/me/sessions', { as: client })).statusCode, 401);
        assert.equal((await t.call('GET', '/api/v1/session', { as: client })).json().user, null);
      }
      assert.equal((await t.deps.db.select().from(sessions).where(eq(sessions.userId, id))).length, 0);
      assert.equal((await t.call('GET', feedPath)).statusCode, 404, 'the private calendar address opens nothing');

      // The right password of a disabled account, and a wrong one: the same answer, the same count toward the wait.
      const right = await signIn(email, PASSWORD, '10.0.0.1');
      const wrong = await signIn(email, 'not the password at all', '10.0.0.2');
      const nobody = await signIn('nobody-here@test.example', PASSWORD, '10.0.0.3');
      assert.equal(right.statusCode, 401);
      assert.deepEqual(right.json(), wrong.json());
      assert.deepEqual(right.json(), nobody.json());
      assert.equal(right.cookies.length, 0);
      assert.deepEqual(
        Object.keys(right.headers)
          .filter((h) => h !== 'date')
          .sort(),
        Object.keys(wrong.headers)
          .filter((h) => h !== 'date')
          .sort(),
      );
      const failures = await t.deps.db
        .select({ email: signInFailures.email })
        .from(signInFailures)
        .where(inArray(signInFailures.email, [`${email} 10.0.0.1`, `${email} 10.0.0.2`]));
      assert.deepEqual(failures.map((f) => f.email).sort(), [`${email} 10.0.0.1`, `${email} 10.0.0.2`]);

      assert.deepEqual(
        (await list('?state=disabled')).map((a) => a.email),
        [email],
      );
      assert.ok(!(await list('?state=active')).some((a) => a.email === email));

      // Enabling: the user signs in again, and only then.
      const enabled = await patch(id, { version: after.version, disabled: false });
      assert.equal(enabled.statusCode, 200, enabled.body);
      assert.equal(enabled.json().disabledAt, null);
      const back = await session(email);
      assert.notEqual((await t.call('GET', '/api/v1/session', { as: back })).json().user, null);
      assert.equal((await t.call('GET', feedPath)).statusCode, 200, 'enabled again, the address works again');
    });

    test('a session row of a disabled account is not honoured, even if it survived', async () => {
      const email = 'survivor@test.example';
      const id = await fresh(email);
      const client = await session(email);
      // Disabled behind the API's back: the sessions are still there.
      await t.deps.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, id));
      assert.equal((await t.call('GET', '/api/v1/me/sessions', { as: client })).statusCode, 401);
      await t.deps.db.update(users).set({ disabledAt: null }).where(eq(users.id, id));
      assert.equal((await t.call('GET', '/api/v1/me/sessions', { as: client })).statusCode, 200);
    });

    test('a disabled account gets no reset link, a link sent before completes nothing, and account setup is refused', async () => {
      const email = 'reset.me@test.example';
      const id = await fresh(email);
      await sendPasswordReset(t.deps, { email });
      const [mail] = await t.deps.db.select().from(mailOutbox).where(eq(mailOutbox.to, email));
      const token = /\/reset-password\/([A-Za-z0-9_-]+)/.exec(mail!.text)![1]!;
      const { version } = await account(email);
      assert.equal((await patch(id, { version, disabled: true })).statusCode, 200);

      const used = await t.call('POST', `/api/v1/password-reset/${token}`, {
        body: { password: 'a brand new password' },
      });
      assert.equal(used.statusCode, 404, used.body);
      assert.equal((await signIn(email, 'a brand new password', '10.0.1.1')).statusCode, 401);
      const [row] = await t.deps.db.select({ version: users.version }).from(users).where(eq(users.id, id));
      assert.equal(row!.version, version + 1, 'only the disabling changed the account');

      await t.deps.db.delete(mailOutbox).where(eq(mailOutbox.to, email));
      await sendPasswordReset(t.deps, { email });
      assert.equal((await t.deps.db.select().from(mailOutbox).where(eq(mailOutbox.to, email))).length, 0);

      // An account link for the same person's address, made before the account existed.
      const setupEmail = 'setup.disabled@test.example';
      const setup = (await offerAccount(t.deps.db, {
        personId: personId('isrs'),
        email: setupEmail,
        now: new Date(),
      }))!;
      const setupId = await fresh(setupEmail);
      const v = (await account(setupEmail)).version;
      assert.equal((await patch(setupId, { version: v, disabled: true })).statusCode, 200);
      const info = await t.call('GET', `/api/v1/account-setup/${setup}`);
      assert.equal(info.statusCode, 409);
      assert.equal(info.json().errors[0].code, 'setup_refused');
      const open = await t.call('POST', `/api/v1/account-setup/${setup}`, {
        body: { method: 'password', password: 'another long password' },
      });
      assert.equal(open.statusCode, 409);
    });

    test('a role change ends the sessions too; asking for what holds changes nothing', async () => {
      const email = 'promote.me@test.example';
      const id = await fresh(email);
      const client = await session(email);
      const before = await account(email);
      const same = await patch(id, { version: before.version, role: 'member', disabled: false });
      assert.equal(same.statusCode, 200);
      assert.equal(same.json().version, before.version, 'no new version');
      assert.equal((await t.call('GET', '/api/v1/me/sessions', { as: client })).statusCode, 200);

      const res = await patch(id, { version: before.version, role: 'admin' });
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.json().role, 'admin');
      assert.equal((await t.call('GET', '/api/v1/me/sessions', { as: client })).statusCode, 401);
      const again = await session(email);
      assert.equal((await t.call('GET', '/api/v1/session', { as: again })).json().user.role, 'admin');
    });

    test('a stale version is refused and changes nothing', async () => {
      const email = 'stale@test.example';
      const id = await fresh(email);
      const { version } = await account(email);
      assert.equal((await patch(id, { version, role: 'admin' })).statusCode, 200);
      const stale = await patch(id, { version, disabled: true });
      assert.equal(stale.statusCode, 409);
      assert.equal(stale.json().code, 'version_conflict');
      assert.match(String(stale.headers['content-type']), /^application\/problem\+json/);
      assert.equal((await account(email)).disabledAt, null);
      const missing = await patch('00000000-0000-4000-8000-000000000000', { version: 1, disabled: true });
      assert.equal(missing.statusCode, 404);
    });

    test('an admin can neither disable themself nor give up their own admin role', async () => {
      const { version } = await account('admin@test.example');
      const disable = await patch(adminId, { version, disabled: true });
      assert.equal(disable.statusCode, 409, disable.body);
      assert.deepEqual(
        disable.json().errors.map((e: { path: string; code: string }) => [e.path, e.code]),
        [['disabled', 'self_disable']],
      );
      const demote = await patch(adminId, { version, role: 'member' });
      assert.equal(demote.statusCode, 409);
      assert.deepEqual(
        demote.json().errors.map((e: { path: string; code: string }) => [e.path, e.code]),
        [['role', 'self_demote']],
      );
      const admin = await account('admin@test.example');
      assert.equal(admin.role, 'admin');
      assert.equal(admin.disabledAt, null);
      assert.equal(admin.version, version);
      assert.notEqual((await t.call('GET', '/api/v1/session', { as: 'admin' })).json().user, null);
    });

    test('bad input is refused with the path of each field at fault', async () => {
      const { id } = await account('member@test.example');
      const paths = async (res: Awaited<ReturnType<typeof patch>>) => {
        assert.equal(res.statusCode, 400, res.body);
        assert.match(String(res.headers['content-type']), /^application\/problem\+json/);
        assert.equal(res.json().code, 'validation_failed');
        return (res.json().errors as { path: string }[]).map((e) => e.path).sort();
      };
      assert.deepEqual(await paths(await patch(id, { version: 'one', role: 'king', disabled: 'yes', extra: 1 })), [
        'disabled',
        'extra',
        'role',
        'version',
      ]);
      assert.deepEqual(await paths(await patch(id, {})), ['version']);
      const nothing = await patch(id, { version: 1 });
      assert.deepEqual(await paths(nothing), ['role']);
      assert.equal(nothing.json().errors[0].code, 'nothing_to_change');
      assert.deepEqual(await paths(await patch('not-a-uuid', { version: 1, disabled: true })), ['params.id']);
      assert.deepEqual(await paths(await t.call('GET', '/api/v1/users?state=gone', { as: 'admin' })), ['query.state']);
      assert.deepEqual(await paths(await t.call('GET', `/api/v1/users?q=${'x'.repeat(201)}`, { as: 'admin' })), [
        'query.q',
      ]);
      assert.equal((await account('member@test.example')).disabledAt, null);
    });

    test('every change is an event on the accounts stream, with the value before and after and who made it', async () => {
      const email = 'audited@test.example';
      const id = await fresh(email);
      let { version } = await account(email);
      for (const body of [
        { role: 'admin' },
        { disabled: true },
        { disabled: false },
        { role: 'member', disabled: true },
      ])
        version = (await patch(id, { version, ...body })).json().version;
      const rows = await t.deps.db
        .select()
        .from(events)
        .where(and(eq(events.stream, ACCOUNTS_STREAM), sql`${events.payload}->>'id' = ${id}`))
        .orderBy(events.seq);
      const changes = rows.filter((r) => r.type !== 'user.created');
      assert.deepEqual(
        changes.map((r) => r.type),
        ['user.role_changed', 'user.disabled', 'user.enabled', 'user.role_changed', 'user.disabled'],
      );
      assert.ok(changes.every((r) => r.actorId === adminId));
      const [promoted, disabled, enabled] = changes as { payload: Record<string, unknown> }[];
      assert.deepEqual(promoted!.payload, { id, email, before: { role: 'member' }, after: { role: 'admin' } });
      assert.deepEqual((disabled!.payload as { before: unknown }).before, { disabledAt: null });
      assert.ok((disabled!.payload as { after: { disabledAt: string } }).after.disabledAt);
      assert.deepEqual((enabled!.payload as { after: unknown }).after, { disabledAt: null });
      const ended = await t.deps.db
        .select({ payload: events.payload })
        .from(events)
        .where(and(eq(events.type, 'session.ended'), sql`${events.payload}->>'userId' = ${id}`));
      assert.ok(
        ended.every((e) => ['role_changed', 'account_disabled'].includes((e.payload as { reason: string }).reason)),
      );
    });

    test('user:create resets a disabled account only when told to enable it', async () => {
      const email = 'reopened@test.example';
      const id = await fresh(email);
      const { version } = await account(email);
      assert.equal((await patch(id, { version, disabled: true })).statusCode, 200);
      await assert.rejects(
        createUser(t.deps.db, { email, password: 'a different password', role: 'member', personId: null }),
        (err: { code?: string; errors?: { path: string }[] }) =>
          err.code === 'conflict' && err.errors?.[0]?.path === 'enable',
      );
      assert.ok((await account(email)).disabledAt, 'still disabled');
      const result = await createUser(
        t.deps.db,
        { email, password: 'a different password', role: 'member', personId: null },
        { enable: true },
      );
      assert.equal(result.enabled, true);
      assert.equal((await account(email)).disabledAt, null);
      assert.equal((await signIn(email, 'a different password')).statusCode, 201);
    });
  });
}
