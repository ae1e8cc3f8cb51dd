import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { sessions, users } from '../../src/server/db/schema.ts';
import { BACKENDS } from '../support/databases.ts';
import { PASSWORD, startTestApp, type TestApp } from '../support/app.ts';

for (const backend of BACKENDS) {
  describe(`sign-in and sessions (${backend})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(backend);
    });
    after(async () => {
      await t.close();
    });

    const signIn = (email: string, password: string) =>
      t.fastify.inject({ method: 'POST', url: '/api/v1/session', payload: { email, password } });

    test('passwords are stored as argon2id hashes', async () => {
      const [u] = await t.database.db.select().from(users).where(eq(users.email, 'admin@test.example'));
      assert.match(u!.passwordHash, /^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
      assert.ok(!u!.passwordHash.includes(PASSWORD));
    });

    test('a session lives in an httpOnly SameSite cookie, and the database keeps only its hash', async () => {
      const res = await signIn('ADMIN@test.example', PASSWORD);
      assert.equal(res.statusCode, 201);
      const cookie = res.cookies.find((c) => c.name === 'ed_session')!;
      assert.equal(cookie.httpOnly, true);
      assert.equal(cookie.sameSite, 'Lax');
      assert.equal(cookie.path, '/');
      const stored = await t.database.db.select().from(sessions);
      assert.ok(stored.every((s) => s.id !== cookie.value));
      assert.equal(res.json().user.role, 'admin');
      assert.ok(res.json().csrfToken.length >= 40);
    });

    test('a wrong password or an unknown e-mail get the same clear answer', async () => {
      const wrong = await signIn('admin@test.example', 'not the password');
      const unknown = await signIn('nobody@test.example', 'not the password');
      for (const res of [wrong, unknown]) {
        assert.equal(res.statusCode, 401);
        assert.equal(res.json().code, 'invalid_credentials');
        assert.equal(res.cookies.length, 0);
      }
    });

    test('signing out ends the session on the server', async () => {
      const res = await signIn('member@test.example', PASSWORD);
      const client = {
        role: 'member' as const,
        cookie: `ed_session=${res.cookies[0]!.value}`,
        csrf: res.json().csrfToken,
      };
      assert.equal((await t.call('GET', '/api/v1/session', { as: client })).json().user.email, 'member@test.example');
      assert.equal((await t.call('DELETE', '/api/v1/session', { as: client })).statusCode, 204);
      assert.equal((await t.call('GET', '/api/v1/session', { as: client })).json().user, null);
    });

    test('an expired session is no session', async () => {
      const res = await signIn('member@test.example', PASSWORD);
      const client = {
        role: 'member' as const,
        cookie: `ed_session=${res.cookies[0]!.value}`,
        csrf: res.json().csrfToken,
      };
      await t.database.db.update(sessions).set({ expiresAt: new Date(Date.now() - 1000) });
      assert.equal((await t.call('GET', '/api/v1/session', { as: client })).json().user, null);
      assert.equal((await t.call('POST', '/api/v1/areas', { as: client, body: {} })).statusCode, 401);
    });
  });
}
