import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { BACKENDS } from '../support/databases.ts';
import { PASSWORD, startTestApp, type TestApp } from '../support/app.ts';

for (const backend of BACKENDS) {
  describe(`sign-in delays (${backend})`, () => {
    let t: TestApp;
    let now = new Date('2026-05-05T10:00:00Z');
    before(async () => {
      t = await startTestApp(backend, {
        clock: () => now,
        config: { signInDelayBaseSeconds: 60, signInDelayMaxSeconds: 900 },
      });
    });
    after(async () => {
      await t.close();
    });
    const signIn = (email: string, password: string, remoteAddress = '203.0.113.7') =>
      t.fastify.inject({ method: 'POST', url: '/api/v1/session', payload: { email, password }, remoteAddress });

    test('each failure from an address doubles its wait; the owner elsewhere is not locked out', async () => {
      assert.equal((await signIn('member@test.example', 'not the password')).statusCode, 401);
      const waiting = await signIn('member@test.example', PASSWORD);
      assert.equal(waiting.statusCode, 429, 'the next attempt from that address is not even checked');
      assert.equal(waiting.json().code, 'too_many_attempts');
      assert.equal(waiting.json().errors[0].path, 'email');
      assert.equal(waiting.json().errors[0].params.until, '2026-05-05T10:01:00.000Z');
      assert.equal(waiting.headers['retry-after'], '60');
      assert.equal(
        (await signIn('member@test.example', PASSWORD, '198.51.100.1')).statusCode,
        201,
        'the owner from another address',
      );
      now = new Date(now.getTime() + 60_000);
      assert.equal((await signIn('member@test.example', 'still not it')).statusCode, 401);
      assert.equal((await signIn('member@test.example', PASSWORD)).json().errors[0].params.retryAfter, 120, 'doubled');
      now = new Date(now.getTime() + 120_000);
      assert.equal((await signIn('member@test.example', PASSWORD)).statusCode, 201, 'the wait lifts by itself');
      assert.equal(
        (await signIn('member@test.example', 'not the password')).statusCode,
        401,
        'success cleared the count',
      );
      now = new Date(now.getTime() + 60_000);
    });

    test('an address without an account is slowed the same way, so the delay reveals nothing', async () => {
      assert.equal((await signIn('nobody@test.example', 'whatever it is')).statusCode, 401);
      assert.equal((await signIn('nobody@test.example', 'whatever it is')).statusCode, 429);
      assert.equal((await signIn('admin@test.example', PASSWORD)).statusCode, 201, 'other accounts are unaffected');
    });
  });
}
