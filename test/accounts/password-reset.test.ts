import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { DIALOGUE_2020_ID } from '../../src/server/demo/dialogue-2020.ts';
import { BACKENDS } from '../support/databases.ts';
import { JOB_HANDLERS } from '../../src/server/jobs/handlers.ts';
import { runDueJobs } from '../../src/server/jobs/worker.ts';
import { deliverOutbox } from '../../src/server/mail/outbox.ts';
import { PASSWORD, startTestApp, type TestApp } from '../support/app.ts';

for (const backend of BACKENDS) {
  describe(`password reset by e-mail, and the private calendar feed (${backend})`, () => {
    let t: TestApp;
    let server: SMTPServer;
    const received: ParsedMail[] = [];
    let now = new Date('2026-05-05T10:00:00Z');

    before(async () => {
      server = new SMTPServer({
        authOptional: true,
        disabledCommands: ['STARTTLS'],
        logger: false,
        onData(stream, _s, done) {
          simpleParser(stream).then((m) => {
            received.push(m);
            done();
          }, done);
        },
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      t = await startTestApp(backend, {
        clock: () => now,
        config: { smtpUrl: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}` },
      });
    });
    after(async () => {
      await t.close();
      await new Promise<void>((r) => server.close(() => r()));
    });
    /** Waits for the n-th message: delivery is the courier's, after the job returned. */
    const arrived = async (n: number) => {
      for (const until = Date.now() + 10_000; received.length < n && Date.now() < until;)
        await new Promise((r) => setTimeout(r, 20));
    };
    const signIn = (password: string) =>
      t.fastify.inject({ method: 'POST', url: '/api/v1/session', payload: { email: 'member@test.example', password } });

    test('a link sets a new password once, within the hour, and ends every session; unknown addresses get the same answer', async () => {
      const ask = await t.call('POST', '/api/v1/password-reset', { body: { email: 'member@test.example' } });
      assert.equal(ask.statusCode, 202);
      const unknown = await t.call('POST', '/api/v1/password-reset', { body: { email: 'nobody@test.example' } });
      assert.equal(unknown.statusCode, 202);
      assert.equal(unknown.body, ask.body, 'the answer does not say who is registered');
      assert.equal(received.length, 0, 'the worker sends the message, never the request');
      await runDueJobs(t.deps, JOB_HANDLERS);
      await deliverOutbox(t.deps);
      await arrived(1); // the app's courier, rung by the job, may be the one that sends it
      assert.equal(received.length, 1);
      const token = /\/reset-password\/([A-Za-z0-9_-]+)/.exec(received[0]!.text!)![1]!;

      const weak = await t.call('POST', `/api/v1/password-reset/${token}`, { body: { password: 'short' } });
      assert.equal(weak.statusCode, 400);
      assert.equal(weak.json().errors[0].path, 'password');
      assert.equal(
        (await t.call('GET', '/api/v1/session', { as: 'member' })).json().user?.email,
        'member@test.example',
        'a refused reset changed nothing',
      );

      assert.equal(
        (await t.call('POST', `/api/v1/password-reset/${token}`, { body: { password: 'a brand new long password' } }))
          .statusCode,
        204,
      );
      assert.equal((await t.call('GET', '/api/v1/session', { as: 'member' })).json().user, null, 'old sessions ended');
      assert.equal((await signIn(PASSWORD)).statusCode, 401);
      assert.equal((await signIn('a brand new long password')).statusCode, 201);
      const reused = await t.call('POST', `/api/v1/password-reset/${token}`, {
        body: { password: 'another long password here' },
      });
      assert.equal(reused.statusCode, 409);
      assert.equal(reused.json().errors[0].code, 'reset_used');

      await t.call('POST', '/api/v1/password-reset', { body: { email: 'member@test.example' } });
      await runDueJobs(t.deps, JOB_HANDLERS);
      await deliverOutbox(t.deps);
      await arrived(2);
      const late = /\/reset-password\/([A-Za-z0-9_-]+)/.exec(received[1]!.text!)![1]!;
      now = new Date(now.getTime() + 3600_001);
      const expired = await t.call('POST', `/api/v1/password-reset/${late}`, {
        body: { password: 'yet another long password' },
      });
      assert.equal(expired.statusCode, 409);
      assert.equal(expired.json().errors[0].code, 'reset_expired');
    });

    test('each user has a private calendar address with their dialogues; a new one retires the old', async () => {
      const first = (await t.call('POST', '/api/v1/me/calendar-feed', { as: 'participant' })).json().url as string;
      const path = new URL(first, 'http://x').pathname;
      const feed = await t.call('GET', path);
      assert.equal(feed.statusCode, 200);
      assert.match(String(feed.headers['content-type']), /^text\/calendar/);
      assert.ok(
        feed.body.includes(`UID:dialogue-${DIALOGUE_2020_ID}@expert-dialogue`),
        'the demo dialogue the participant attended',
      );
      assert.ok(feed.body.includes('DTSTART:20200622T050000Z'));
      const second = (await t.call('POST', '/api/v1/me/calendar-feed', { as: 'participant' })).json().url as string;
      assert.notEqual(second, first);
      assert.equal((await t.call('GET', path)).statusCode, 404, 'the old address no longer works');
      assert.equal((await t.call('POST', '/api/v1/me/calendar-feed')).statusCode, 401);
    });
  });
}
