import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FLOOR_BATCH_MOST } from './floor/floor-batch.ts';
import { parseMessage, takeNext, type Inbound } from './inbound.ts';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const inbound = (m: Record<string, unknown>): Inbound => parseMessage(Buffer.from(JSON.stringify(m)));
const types = (inbox: Inbound[]) => {
  const out: string[][] = [];
  for (let next = takeNext(inbox); next; next = takeNext(inbox))
    out.push([next.head.ok ? next.head.message.type : 'bad', ...next.more.map((m) => m.type)]);
  return out;
};

test('changes to one room’s list queued together are taken together; anything else goes alone, in order', () => {
  const inbox = [
    inbound({ type: 'floor.grant', dialogueId: A }),
    inbound({ type: 'floor.end', dialogueId: A }),
    inbound({ type: 'floor.request', dialogueId: A, kind: 'statement' }),
    inbound({ type: 'chat.post', dialogueId: A, text: 'hello' }),
    inbound({ type: 'floor.grant', dialogueId: A }),
    inbound({ type: 'floor.grant', dialogueId: B }),
    inbound({ type: 'floor.end', dialogueId: 'not an id' }),
    inbound({ type: 'floor.end', dialogueId: B }),
  ];
  assert.deepEqual(types(inbox), [
    ['floor.grant', 'floor.end', 'floor.request'],
    ['chat.post'],
    ['floor.grant'],
    ['floor.grant'],
    ['bad'],
    ['floor.end'],
  ]);
  assert.equal(takeNext(inbox), null);
});

test('a batch stops at its limit; the rest wait for the next turn', () => {
  const inbox = Array.from({ length: FLOOR_BATCH_MOST + 3 }, () => inbound({ type: 'floor.end', dialogueId: A }));
  assert.deepEqual(
    types(inbox).map((run) => run.length),
    [FLOOR_BATCH_MOST, 3],
  );
});

test('what cannot be read is answered as before: not JSON, or the field at fault with the ref', () => {
  assert.deepEqual(parseMessage(Buffer.from('{')), {
    ok: false,
    reply: { type: 'error', code: 'malformed', message: 'not JSON' },
  });
  const bad = parseMessage(Buffer.from(JSON.stringify({ type: 'floor.request', dialogueId: A, kind: 'x', ref: 'r1' })));
  assert.equal(bad.ok, false);
  if (!bad.ok && bad.reply.type === 'error') {
    assert.equal(bad.reply.code, 'validation_failed');
    assert.equal(bad.reply.path, 'kind');
    assert.equal(bad.reply.ref, 'r1');
  }
});
