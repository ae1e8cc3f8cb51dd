import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import { DIALOGUE_2020_ID } from '../../src/server/demo/dialogue-2020.ts';
import { BACKENDS } from '../support/databases.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { assertContiguous, holdNow, liveClient } from '../support/live-client.ts';

/** A logger that keeps what it is told, so a test can see an error was reported and with what. */
function capturingLog(): { log: FastifyBaseLogger; lines: { level: string; obj: unknown; msg?: string }[] } {
  const lines: { level: string; obj: unknown; msg?: string }[] = [];
  const at =
    (level: string) =>
    (obj: unknown, msg?: string): void =>
      void lines.push({ level, obj, msg });
  const log: FastifyBaseLogger = {
    level: 'trace',
    fatal: at('fatal'),
    error: at('error'),
    warn: at('warn'),
    info: at('info'),
    debug: at('debug'),
    trace: at('trace'),
    silent: () => undefined,
    child: () => log,
  };
  return { log, lines };
}

for (const backend of BACKENDS) {
  describe(`the live hub (${backend})`, () => {
    let t: TestApp;
    let url = '';
    before(async () => {
      t = await startTestApp(backend);
      await t.fastify.listen({ port: 0, host: '127.0.0.1' });
      url = `ws://127.0.0.1:${(t.fastify.server.address() as AddressInfo).port}/api/v1/live`;
      await holdNow(t, DIALOGUE_2020_ID);
    });
    after(async () => {
      await t.close();
    });

    test('compression is refused, so prebuilt frames and ws’s own sends share the connection in order', async () => {
      // ws clients offer permessage-deflate by default: the channel must decline it.
      const listener = await liveClient(url, t.clients.participant);
      const moderator = await liveClient(url, t.clients.moderator);
      assert.equal(listener.socket.extensions, '', 'the client was not granted compression');
      for (const s of t.fastify.websocketServer.clients) assert.equal(s.extensions, '', 'no server socket compresses');
      const start = await listener.subscribe(DIALOGUE_2020_ID);
      await moderator.subscribe(DIALOGUE_2020_ID);
      assert.ok(start.type === 'snapshot');
      const closed: number[] = [];
      listener.socket.on('close', (code) => closed.push(code));
      // Events (prebuilt frames on the connection) and pongs (ws.send) interleaved as tightly as we can.
      for (let i = 0; i < 12; i++) {
        listener.send({ type: 'ping', id: i });
        await moderator.act({
          type: ['floor.request', 'floor.grant', 'floor.end'][i % 3]!,
          dialogueId: DIALOGUE_2020_ID,
          ...(i % 3 === 0 ? { kind: 'statement' } : {}),
        });
        listener.send({ type: 'ping', id: 100 + i });
      }
      await listener.until(() => listener.events().filter((e) => e.event === 'floor.changed').length >= 12, 'events');
      await listener.until(() => listener.received.filter((m) => m.type === 'pong').length === 24, 'pongs');
      assertContiguous(
        listener
          .events()
          .map((e) => e.seq)
          .filter((s) => s > start.seq),
        start.seq,
      );
      assert.deepEqual(closed, [], 'every frame parsed: the connection was never closed for a broken frame');
      listener.close();
      moderator.close();
    });

    test('a membership re-check that fails takes the subscriber out (fail closed), and says so in the log', async () => {
      const captured = capturingLog();
      const quiet = t.deps.log;
      t.deps.log = captured.log;
      const c = await liveClient(url, t.clients.participant);
      try {
        assert.equal((await c.subscribe(DIALOGUE_2020_ID)).type, 'snapshot');
        assert.equal(t.live.subscriberCount(DIALOGUE_2020_ID), 1);
        const closed = new Promise<number>((resolve) => c.socket.on('close', resolve));
        // The check reads the participant rows: without them it cannot answer, and must not answer "yes".
        await t.deps.db.execute(sql`alter table participants rename to participants_away`);
        let removed: number;
        try {
          removed = await t.live.recheck(DIALOGUE_2020_ID);
        } finally {
          await t.deps.db.execute(sql`alter table participants_away rename to participants`);
        }
        assert.equal(removed, 1);
        assert.equal(await closed, 4003, 'told it is no longer in the dialogue');
        assert.equal(t.live.subscriberCount(DIALOGUE_2020_ID), 0);
        const line = captured.lines.find((l) => l.level === 'error' && /membership re-check failed/.test(l.msg ?? ''));
        assert.ok(line, `an error was logged: ${JSON.stringify(captured.lines.map((l) => l.msg))}`);
        assert.equal((line.obj as { dialogueId: string }).dialogueId, DIALOGUE_2020_ID);
        assert.ok((line.obj as { err: unknown }).err instanceof Error, 'with the error itself');
        // With the rows back, the same person is let in again.
        const again = await liveClient(url, t.clients.participant);
        assert.equal((await again.subscribe(DIALOGUE_2020_ID)).type, 'snapshot');
        assert.equal(await t.live.recheck(DIALOGUE_2020_ID), 0, 'a check that answers keeps them');
        again.close();
      } finally {
        t.deps.log = quiet;
        c.close();
      }
    });

    test('a disabled account is no longer inside, whatever its participation says', async () => {
      const c = await liveClient(url, t.clients.participant);
      try {
        assert.equal((await c.subscribe(DIALOGUE_2020_ID)).type, 'snapshot');
        const closed = new Promise<number>((resolve) => c.socket.on('close', resolve));
        // The account alone: its sessions stand, so only the re-check can see it.
        await t.deps.db.execute(sql`update users set disabled_at = now() where email = 'participant@test.example'`);
        try {
          assert.equal(await t.live.recheck(DIALOGUE_2020_ID), 1);
          assert.equal(await closed, 4003);
        } finally {
          await t.deps.db.execute(sql`update users set disabled_at = null where email = 'participant@test.example'`);
        }
      } finally {
        c.close();
      }
    });

    test('re-checks asked for during one are one more after it, not one each', async () => {
      const captured = capturingLog();
      const quiet = t.deps.log;
      t.deps.log = captured.log;
      const c = await liveClient(url, t.clients.participant);
      try {
        assert.equal((await c.subscribe(DIALOGUE_2020_ID)).type, 'snapshot');
        await t.deps.db.execute(sql`alter table participants rename to participants_away`);
        let removed: number[];
        try {
          // A reconnect storm re-sends a membership event with every pass: five asks at once.
          removed = await Promise.all(Array.from({ length: 5 }, () => t.live.recheck(DIALOGUE_2020_ID)));
        } finally {
          await t.deps.db.execute(sql`alter table participants_away rename to participants`);
        }
        assert.deepEqual(removed, [1, 1, 1, 1, 1], 'each ask answered with what the checks did');
        const checks = captured.lines.filter((l) => /membership re-check failed/.test(l.msg ?? ''));
        assert.equal(checks.length, 1, 'the subscriber was asked once; the run after found no one left to ask');
      } finally {
        t.deps.log = quiet;
        c.close();
      }
    });
  });
}
