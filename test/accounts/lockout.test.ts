import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { BACKENDS } from '../support/databases.ts';
import { PASSWORD, startTestApp, type TestApp } from '../support/app.ts';

for (const backend of BACKENDS) {
  describe(`sign-in lockout (${backend})`, () => {
    let t: TestApp;
    let now = new Date('2026-05-05T10:00:00Z');
    before(async () => {
      t = await startTestApp(backend, { clock: () => now });
    });
    after(async () => {
      await t.close();
    });
    const signIn = (email: string, password: string) =>
      t.fastify.inject({ method: 'POST', url: '/api/v1/session', payload: { email, password } });

    test('five failures lock the address with a clear message, for a while, even with the right password', async () => {
      for (let i = 0; i < 5; i++) {
        assert.equal((await signIn('member@test.example', 'not the password')).statusCode, 401);
        now = new Date(now.getTime() + 60_000);
      }
      const locked = await signIn('member@test.example', PASSWORD);
      assert.equal(locked.statusCode, 429);
      assert.equal(locked.json().code, 'too_many_attempts');
      assert.equal(locked.json().errors[0].path, 'email');
      assert.equal(
        locked.json().errors[0].params.until,
        '2026-05-05T10:15:00.000Z',
        'until the first failure leaves the window',
      );
      now = new Date('2026-05-05T10:15:00.001Z');
      assert.equal((await signIn('member@test.example', PASSWORD)).statusCode, 201, 'the lock lifts by itself');
      assert.equal(
        (await signIn('member@test.example', 'not the password')).statusCode,
        401,
        'success cleared the count',
      );
    });

    test('an address without an account locks the same way, so the lock reveals nothing', async () => {
      for (let i = 0; i < 5; i++) assert.equal((await signIn('nobody@test.example', 'whatever it is')).statusCode, 401);
      assert.equal((await signIn('nobody@test.example', 'whatever it is')).statusCode, 429);
      assert.equal((await signIn('admin@test.example', PASSWORD)).statusCode, 201, 'other addresses are unaffected');
    });
  });
}
