import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RoomBatches } from './room-batches.ts';

test('writes that arrive while a batch is written go together in the next; rooms do not wait for each other', async () => {
  const written: { room: string; items: number[] }[] = [];
  let release: () => void = () => undefined;
  const batches = new RoomBatches<number>(async (room, items) => {
    written.push({ room, items: [...items] });
    if (items[0] === 0) await new Promise<void>((r) => (release = r));
  });
  const first = batches.add('a', 0);
  const later = [1, 2, 3].map((n) => batches.add('a', n));
  const other = batches.add('b', 9);
  await other;
  assert.deepEqual(written, [
    { room: 'a', items: [0] },
    { room: 'b', items: [9] },
  ]);
  release();
  await Promise.all([first, ...later]);
  assert.deepEqual(written.slice(2), [{ room: 'a', items: [1, 2, 3] }]);
});

test('a failed batch is written again one by one: only the bad item fails', async () => {
  const written: number[][] = [];
  let hold: Promise<void> | null = new Promise((r) => setTimeout(r, 10));
  const batches = new RoomBatches<number>(async (_room, items) => {
    if (hold) await hold;
    hold = null;
    if (items.includes(13)) throw new Error('bad item');
    written.push([...items]);
  });
  const results = await Promise.allSettled([10, 11, 13, 12].map((n) => batches.add('a', n)));
  assert.deepEqual(
    results.map((r) => r.status),
    ['fulfilled', 'fulfilled', 'rejected', 'fulfilled'],
  );
  assert.deepEqual(written, [[10], [11], [12]]);
});
