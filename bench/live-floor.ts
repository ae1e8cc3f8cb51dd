import { startServer } from './harness.ts';
import { leanConnect, numberAfter, type LeanSocket } from './lean-client.ts';

const SEQ = Buffer.from('"seq":');

/**
 * The floor under both servers' latency: a server that only writes one prebuilt frame per event to
 * every socket (bench/live-send-server.ts), paced and read as bench/live.ts paces the others, with the
 * same lean listeners. What remains is the kernel's loopback writes and the listeners' reads on the
 * same cores, which no server avoids. Resolves with each event's send time by seq, once `receipts`
 * has every listener's.
 */
export async function paceFloor(
  n: number,
  payload: string,
  seconds: number,
  receipts: { got(client: number, seq: number, at: number): void },
): Promise<Map<number, number>> {
  const server = await startServer('bench/live-send-server.ts', {});
  const url = `ws://127.0.0.1:${server.port}/`;
  const sockets: LeanSocket[] = [];
  for (let i = 0; i < n; i += 100)
    sockets.push(
      ...(await Promise.all(
        Array.from({ length: Math.min(100, n - i) }, (_, j) =>
          leanConnect(url, {}, (t) => receipts.got(i + j, numberAfter(t, SEQ), performance.now())),
        ),
      )),
    );
  // The server answers each event once it is on every socket; runs overlap, so answers are only counted.
  const answers: (() => void)[] = [];
  server.child.on('message', () => answers.shift()?.());
  // It numbers events in the order they come, from 1.
  let seq = 0;
  const send = () => {
    seq += 1;
    server.child.send({ run: 'prebuilt', rounds: 1, batch: 1, payload });
    return new Promise<void>((resolve) => answers.push(resolve));
  };
  for (let i = 0; i < 3; i++) await send();
  await new Promise((r) => setTimeout(r, 500));

  const sent = new Map<number, number>();
  const acks: Promise<void>[] = [];
  const wall0 = performance.now();
  for (let i = 0; i < seconds * 10; i++) {
    const at = performance.now();
    acks.push(send());
    sent.set(seq, at);
    await new Promise((r) => setTimeout(r, Math.max(0, wall0 + (i + 1) * 100 - performance.now())));
  }
  await Promise.all(acks);
  await new Promise((r) => setTimeout(r, 1_000));
  for (const s of sockets) s.close();
  await server.stop();
  await new Promise((r) => setTimeout(r, 500));
  return sent;
}
