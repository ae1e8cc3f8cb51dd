import assert from 'node:assert/strict';
import WebSocket from 'ws';
import { ServerMessage } from '../../src/shared/live/messages.ts';
import type { Floor } from '../../src/shared/live/room.ts';
import type { Client } from './app.ts';

export type EventMessage = Extract<ServerMessage, { type: 'event' }>;
export type Snapshot = Extract<ServerMessage, { type: 'snapshot' }>;

/** A live client that keeps every message, parsed with the same union the server sends. */
export async function liveClient(url: string, client: Client | null) {
  const socket = new WebSocket(url, { headers: client?.cookie ? { cookie: client.cookie } : {} });
  const received: ServerMessage[] = [];
  const waiters: (() => void)[] = [];
  socket.on('message', (data) => {
    received.push(ServerMessage.parse(JSON.parse(String(data))));
    for (const w of waiters.splice(0)) w();
  });
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  const until = async (check: () => boolean, what: string, ms = 5_000) => {
    const deadline = Date.now() + ms;
    while (!check()) {
      if (Date.now() > deadline)
        assert.fail(`timed out waiting for ${what}: ${JSON.stringify(received.slice(-8)).slice(0, 1500)}`);
      await new Promise<void>((r) => {
        waiters.push(r);
        setTimeout(r, 100);
      });
    }
  };
  let refs = 0;
  const send = (m: unknown) => socket.send(typeof m === 'string' ? m : JSON.stringify(m));
  const c = {
    socket,
    received,
    until,
    send,
    close: () => socket.close(),
    events: () => received.filter((m): m is EventMessage => m.type === 'event'),
    snapshot: () => received.find((m): m is Snapshot => m.type === 'snapshot'),
    /** The speakers' list as this client now sees it: the snapshot's, then each floor.changed. */
    floor: (): Floor | undefined => {
      const last = c
        .events()
        .filter((e) => e.event === 'floor.changed')
        .at(-1);
      return last ? (last.payload as { floor: Floor }).floor : c.snapshot()?.room.floor;
    },
    async subscribe(dialogueId: string, afterSeq?: number) {
      const n = received.length;
      send({ type: 'subscribe', dialogueId, ...(afterSeq === undefined ? {} : { afterSeq }) });
      await until(
        () => received.slice(n).some((m) => m.type === 'snapshot' || m.type === 'resumed' || m.type === 'error'),
        'the subscription',
      );
      const answer = received
        .slice(n)
        .find((m) => m.type === 'snapshot' || m.type === 'resumed' || m.type === 'error')!;
      return answer;
    },
    /** Sends a room action and waits for its ack or error. */
    async act(message: Record<string, unknown>) {
      const ref = `r${++refs}`;
      send({ ...message, ref });
      const answered = () => received.find((m) => (m.type === 'ack' || m.type === 'error') && m.ref === ref);
      await until(() => answered() !== undefined, `the answer to ${String(message.type)}`);
      return answered() as Extract<ServerMessage, { type: 'ack' | 'error' }>;
    },
  };
  return c;
}
export type LiveClient = Awaited<ReturnType<typeof liveClient>>;

/** Seqs must follow each other with no gap and no repeat. */
export function assertContiguous(seqs: number[], from: number): void {
  assert.deepEqual(
    seqs,
    seqs.map((_, i) => from + 1 + i),
    `seqs ${seqs.join(',')} after ${from}`,
  );
}

/**
 * Moves a dialogue's meeting to now (started ten minutes ago, two hours long, live), through the
 * API as the secretariat: floor and chat work only inside the room's window, and the demo's are long over.
 */
export async function holdNow(
  t: {
    call: (
      method: string,
      url: string,
      options?: { as?: 'admin'; body?: unknown },
    ) => Promise<{ statusCode: number; body: string; json(): unknown }>;
  },
  dialogueId: string,
  now = new Date(),
): Promise<void> {
  const read = await t.call('GET', `/api/v1/dialogues/${dialogueId}`, { as: 'admin' });
  assert.equal(read.statusCode, 200, read.body);
  const { version } = (read.json() as { dialogue: { version: number } }).dialogue;
  const res = await t.call('PATCH', `/api/v1/dialogues/${dialogueId}`, {
    as: 'admin',
    body: {
      version,
      status: 'live',
      startsAt: new Date(now.getTime() - 10 * 60_000).toISOString(),
      endsAt: new Date(now.getTime() + 2 * 60 * 60_000).toISOString(),
    },
  });
  assert.equal(res.statusCode, 200, res.body);
}
