import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import type WebSocket from 'ws';
import { DIALOGUE_2020_ID } from '../../src/server/demo/dialogue-2020.ts';
import { FanOut } from '../../src/server/live/hub/fan-out.ts';
import type { Subscription } from '../../src/server/live/hub/subscription.ts';
import { BACKENDS } from '../support/databases.ts';
import { startTestApp, type TestApp } from '../support/app.ts';

const D = DIALOGUE_2020_ID;

/** A subscriber whose connection keeps the seqs of the frames written to it. */
function subscriber(name: string, lastSeq: number): Subscription & { seqs: number[] } {
  const connection = new PassThrough();
  const seqs: number[] = [];
  connection.on('data', (chunk: Buffer) => {
    // Unmasked text frames, each payload under 64 KiB here: a 2- or 4-byte head, then the JSON.
    for (let at = 0; at < chunk.length;) {
      const short = chunk[at + 1]! & 0x7f;
      const [head, length] = short === 126 ? [4, chunk.readUInt16BE(at + 2)] : [2, short];
      seqs.push((JSON.parse(chunk.subarray(at + head, at + head + length).toString()) as { seq: number }).seq);
      at += head + length;
    }
  });
  // Only what the fan-out asks of a socket: whether it is open, and how much it has buffered.
  const socket = { readyState: 1, OPEN: 1, bufferedAmount: 0 } as unknown as WebSocket;
  return {
    connectionId: name,
    dialogueId: D,
    lastSeq,
    userId: name,
    stillInside: async () => true,
    socket,
    connection,
    seqs,
  };
}

for (const backend of BACKENDS) {
  describe(`the fan-out, without the fallback poll (${backend})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(backend);
    });
    after(async () => {
      await t.close();
    });
    /** Appends events to the room's stream with no bell: the test rings when it chooses. */
    const append = async (n: number): Promise<number> => {
      const { rows } = await t.deps.db.execute<{ last_seq: string }>(
        sql`update event_streams set last_seq = last_seq + ${n} where stream = ${D} returning last_seq`,
      );
      const last = Number(rows[0]!.last_seq);
      await t.deps.db.execute(sql`insert into events (stream, seq, dialogue_id, type, payload)
        select ${D}, s, ${D}::uuid, 'test.filler', '{}'::jsonb from generate_series(${last - n + 1}::bigint, ${last}::bigint) s`);
      return last;
    };

    test('a subscriber that joins while a pass reads, behind where the pass starts, is brought level by another pass', async () => {
      const fan = new FanOut(
        t.deps,
        () => undefined,
        () => undefined,
      );
      const level = await append(0);
      const first = subscriber('first', level);
      fan.add(first); // nothing known yet: a pass reads, finds nothing, and knows the room up to `level`
      await fan.settled();
      // Two events whose bells never come (committed before this fan-out listened), and someone who has them.
      const ahead = subscriber('ahead', await append(2));
      fan.add(ahead);
      fan.detach(first);
      const rung = await append(1);
      fan.ring(D); // its bell: the pass reads from `ahead`'s seq
      const behind = subscriber('behind', level + 1);
      fan.add(behind); // while that read is out, someone joins further back, yet ahead of what the fan-out knew
      await fan.settled();
      assert.deepEqual(ahead.seqs, [rung], 'the one that was ahead gets the new event');
      assert.deepEqual(behind.seqs, [level + 2, rung], 'the one behind gets what it lacks, with no bell of its own');
    });

    test('a subscriber level with what the fan-out knows needs no pass; one behind it gets what it lacks', async () => {
      const fan = new FanOut(
        t.deps,
        () => undefined,
        () => undefined,
      );
      const from = await append(0);
      const a = subscriber('a', from);
      fan.add(a);
      await fan.settled();
      const last = await append(3);
      fan.ring(D);
      await fan.settled();
      assert.deepEqual(a.seqs, [from + 1, from + 2, from + 3]);
      const late = subscriber('late', from + 1);
      fan.add(late);
      await fan.settled();
      assert.deepEqual(late.seqs, [from + 2, last], 'behind what the fan-out knows: a pass of its own');
      const level = subscriber('level', last);
      fan.add(level);
      await fan.settled();
      assert.deepEqual(level.seqs, [], 'level: nothing to send');
    });
  });
}
