import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { appendEvent, LIVE_EVENTS_CHANNEL, parseBell } from '../../src/server/events/append-event.ts';
import { write } from '../../src/server/events/write.ts';
import { DIALOGUE_2020_ID } from '../../src/server/demo/dialogue-2020.ts';
import { BACKENDS, openTestDatabase, type TestDatabase } from '../support/databases.ts';

for (const backend of BACKENDS) {
  describe(`a room event's bell (${backend})`, () => {
    let database: TestDatabase;
    const heard: string[] = [];
    let unlisten: () => Promise<void>;
    before(async () => {
      database = await openTestDatabase(backend);
      unlisten = await database.listen(LIVE_EVENTS_CHANNEL, (payload) => heard.push(payload));
    });
    after(async () => {
      await unlisten();
      await database.close();
    });

    const ring = async (payload: unknown): Promise<{ seq: number; bell: string }> => {
      const from = heard.length;
      const seq = await write(database.db, (tx) =>
        appendEvent(tx, {
          stream: DIALOGUE_2020_ID,
          dialogueId: DIALOGUE_2020_ID,
          type: 'chat.posted',
          actorId: null,
          payload,
        }),
      );
      for (let i = 0; i < 200 && heard.length === from; i++) await new Promise((r) => setTimeout(r, 10));
      assert.equal(heard.length, from + 1, 'one bell per committed event');
      return { seq, bell: heard[from]! };
    };

    test('carries the event itself when it fits, as the table holds it', async () => {
      const payload = { id: 'm1', text: 'Ташкент — Toshkent', n: 3 };
      const { seq, bell } = await ring(payload);
      const { stream, event } = parseBell(bell);
      assert.equal(stream, DIALOGUE_2020_ID);
      assert.ok(event, 'the bell carried the event');
      assert.equal(event.seq, seq);
      assert.equal(event.type, 'chat.posted');
      assert.deepEqual(event.payload, payload);
      const [row] = (
        (await database.db.execute(
          `select to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as at from events where stream = '${DIALOGUE_2020_ID}' and seq = ${seq}`,
        )) as unknown as { rows: { at: string }[] }
      ).rows;
      assert.equal(event.at, row!.at);
      assert.ok(!Number.isNaN(Date.parse(event.at)));
    });

    test('rings with the room alone when the event would not fit NOTIFY, and the hubs read the table', async () => {
      const { bell } = await ring({ text: 'я'.repeat(5000) });
      assert.deepEqual(parseBell(bell), { stream: DIALOGUE_2020_ID, event: null });
    });
  });
}
