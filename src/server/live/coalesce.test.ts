import assert from 'node:assert/strict';
import { test } from 'node:test';
import { coalescing } from './coalesce.ts';

test('calls during a run bring one more run after it, and share its answer', async () => {
  const run = coalescing<number>();
  let runs = 0;
  let release: () => void = () => undefined;
  const work = async () => {
    runs += 1;
    if (runs === 1) await new Promise<void>((r) => (release = r));
    return runs;
  };
  const answers = [run('room', work), run('room', work), run('room', work)];
  release();
  assert.deepEqual(await Promise.all(answers), [
    [1, 2],
    [1, 2],
    [1, 2],
  ]);
  assert.equal(runs, 2, 'three calls during one run: one more run, not three');
  assert.deepEqual(await run('room', work), [3], 'once done, the next call starts afresh');
});

test('keys run apart, and a failed run ends the work for its callers only', async () => {
  const run = coalescing<string>();
  const failing = run('a', () => Promise.reject(new Error('down')));
  const other = run('b', async () => 'b');
  await assert.rejects(failing, /down/);
  assert.deepEqual(await other, ['b']);
  assert.deepEqual(await run('a', async () => 'again'), ['again']);
});
