import { startServer } from './harness.ts';
import { leanConnect, type LeanSocket } from './lean-client.ts';

export interface SendComparison {
  /** Server CPU per 1,000 deliveries, in ms. */
  prebuiltMsPerK: number;
  sendMsPerK: number;
}

/**
 * `socket.send(bytes)` against prebuilt frames written straight to the connection, with N real
 * sockets, the same events, alternating so that neither gets a quieter machine: server CPU per
 * delivery, each the median of its turns. Listeners wait for every frame before the next round.
 */
export async function prebuiltVsSend(n: number, payload: string, turns = 3): Promise<SendComparison> {
  const server = await startServer('bench/live-send-server.ts', {});
  const url = `ws://127.0.0.1:${server.port}/`;
  let received = 0;
  const sockets: LeanSocket[] = [];
  for (let i = 0; i < n; i += 100)
    sockets.push(
      ...(await Promise.all(
        Array.from({ length: Math.min(100, n - i) }, () => leanConnect(url, {}, () => void (received += 1))),
      )),
    );
  await new Promise((r) => setTimeout(r, 300));
  const rounds = 40;
  const batch = 2;
  const run = async (mode: 'send' | 'prebuilt') => {
    const want = received + rounds * batch * n;
    const cpuMs = await new Promise<number>((resolve) => {
      server.child.once('message', (m) => resolve((m as { cpuMs: number }).cpuMs));
      server.child.send({ run: mode, rounds, batch, payload });
    });
    for (let i = 0; i < 500 && received < want; i++) await new Promise((r) => setTimeout(r, 10));
    if (received < want) throw new Error(`${mode}: ${want - received} frames never arrived`);
    return (cpuMs / (rounds * batch * n)) * 1000;
  };
  const prebuilt: number[] = [];
  const send: number[] = [];
  for (let t = 0; t < turns; t++) {
    prebuilt.push(await run('prebuilt'));
    send.push(await run('send'));
  }
  for (const s of sockets) s.close();
  await server.stop();
  const mid = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return { prebuiltMsPerK: mid(prebuilt), sendMsPerK: mid(send) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const n = Number(process.env.BENCH_LIVE_SEND_N ?? 5000);
  const result = await prebuiltVsSend(n, 'x'.repeat(500));
  console.log(result);
  process.exit(0);
}
