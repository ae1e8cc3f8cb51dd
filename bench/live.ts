import { fork } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { io as ioClient, type Socket } from 'socket.io-client';
import { DIALOGUE_2020_ID } from '../src/server/demo/dialogue-2020.ts';
import { benchLine, median } from './report.ts';
import { startServer } from './harness.ts';
import { leanConnect, leanCounters, numberAfter, type LeanSocket } from './lean-client.ts';
import { paceFloor } from './live-floor.ts';
import { prebuiltVsSend } from './live-send.ts';

/**
 * N listeners in one room while the moderator changes the speakers' list: the live channel against
 * a Socket.IO server broadcasting the same messages to the same number of clients, in the same run.
 *
 * - paced: 10 changes a second for PACED_SECONDS; delivery latency (from the moderator's send to
 *   each listener's receipt), lost and doubled updates, and the server's CPU;
 * - sustained: changes as fast as every listener keeps up (WINDOW in flight), for SUSTAINED_SECONDS;
 *   deliveries per second, and the CPU of the server and of the listeners' process meanwhile.
 *
 * Both servers are measured with the same lean listeners (bench/lean-client.ts), all in this process.
 * Beside them, paced the same way, the floor (bench/live-floor.ts): a server that only writes each
 * frame to every socket. On a small machine the loopback writes and the listeners' reads alone take
 * most of Socket.IO's latency, so ratios to Socket.IO are read against it.
 */
const SIZES = (process.env.BENCH_LIVE_SIZES ?? '1000,5000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const PACED_SECONDS = Number(process.env.BENCH_PACED_SECONDS ?? 10);
const SUSTAINED_SECONDS = Number(process.env.BENCH_SUSTAINED_SECONDS ?? 5);
const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const BACKEND = process.env.BENCH_LIVE_BACKEND ?? 'postgres';
const WINDOW = Number(process.env.BENCH_LIVE_WINDOW ?? 16);
const ROUNDS = Number(process.env.BENCH_LIVE_ROUNDS ?? 3);
/** The meeting size at which the record's read rate is measured, with READERS reading at once. */
const RECORD_N = 1000;
const READERS = 8;
const READ_SECONDS = Number(process.env.BENCH_READ_SECONDS ?? 4);

/** Every listener's receipts: seq → receive times, and how many were seen twice. */
class Receipts {
  readonly times = new Map<number, number[]>();
  readonly counts = new Map<number, number>();
  doubled = 0;
  private readonly last: Int32Array;
  private waiting: { seq: number; resolve(): void } | null = null;
  constructor(readonly n: number) {
    this.last = new Int32Array(n);
  }
  got(client: number, seq: number, at: number): void {
    if (seq <= this.last[client]!) {
      this.doubled += 1;
      return;
    }
    this.last[client] = seq;
    const list = this.times.get(seq);
    if (list) list.push(at);
    else this.times.set(seq, [at]);
    const count = (this.counts.get(seq) ?? 0) + 1;
    this.counts.set(seq, count);
    if (this.waiting && this.waiting.seq === seq && count === this.n) this.waiting.resolve();
  }
  allHave(seq: number, ms: number): Promise<boolean> {
    if ((this.counts.get(seq) ?? 0) === this.n) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiting = null;
        resolve(false);
      }, ms);
      this.waiting = {
        seq,
        resolve: () => {
          clearTimeout(timer);
          this.waiting = null;
          resolve(true);
        },
      };
    });
  }
}

const SEQ = Buffer.from('"seq":');
const ESCAPED_SEQ = Buffer.from('\\"seq\\":');
const FLOOR = Buffer.from('"event":"floor.changed"');
const RESUMED = Buffer.from('{"type":"resumed"');

interface Target {
  name: string;
  connect(n: number, receipts: Receipts): Promise<() => void>;
  /** Sends one change; resolves with its seq once the server acknowledges it. */
  change(): Promise<number>;
  /** The server process's CPU time so far, in ms. */
  cpu(): Promise<number>;
  /** Reads the dialogue's full record once, as a participant's page does (the live server only). */
  /** The full record's address and a reader's cookie, for the read rate. */
  record?: { url: string; cookie: string };
  close(): Promise<void>;
}

async function liveTarget(env: Record<string, string>): Promise<Target & { sample(): string }> {
  const server = await startServer('bench/live-server.ts', env);
  const cookies = server.info.cookies as { listener: string; moderator: string };
  const url = `ws://127.0.0.1:${server.port}/api/v1/live`;
  const open = (cookie: string, onText: (t: string) => void) =>
    new Promise<WebSocket>((resolve, reject) => {
      const ws = new WebSocket(url, { headers: { cookie }, perMessageDeflate: false });
      ws.on('message', (data) => onText(String(data)));
      ws.once('open', () => resolve(ws));
      ws.once('error', reject);
    });
  const seqNow = async () =>
    (
      (await (
        await fetch(`http://127.0.0.1:${server.port}/api/v1/dialogues/${DIALOGUE_2020_ID}`, {
          headers: { cookie: cookies.listener },
        })
      ).json()) as { seq: number }
    ).seq;
  let pending = new Map<string, (seq: number) => void>();
  let lastFloor = '';
  const moderator = await open(cookies.moderator, (t) => {
    const m = JSON.parse(t) as { type: string; ref?: string; seq?: number; event?: string; payload?: unknown };
    if (m.type === 'ack' && m.ref) {
      pending.get(m.ref)?.(m.seq!);
      pending.delete(m.ref);
    }
    if (m.type === 'error') console.error('moderator action refused:', t);
    if (m.type === 'event' && m.event === 'floor.changed') lastFloor = JSON.stringify(m.payload);
  });
  moderator.send(JSON.stringify({ type: 'subscribe', dialogueId: DIALOGUE_2020_ID, afterSeq: await seqNow() }));
  const cycle = ['floor.request', 'floor.grant', 'floor.end'];
  let step = 0;
  let refs = 0;
  const sockets: LeanSocket[] = [];
  return {
    name: 'live',
    sample: () => lastFloor,
    async connect(n, receipts) {
      const from = await seqNow();
      for (let i = 0; i < n; i += 100) {
        await Promise.all(
          Array.from({ length: Math.min(100, n - i) }, async (_, j) => {
            const client = i + j;
            let ready: () => void = () => undefined;
            const resumed = new Promise<void>((r) => {
              ready = r;
            });
            const ws = await leanConnect(url, { cookie: cookies.listener }, (t) => {
              if (t.indexOf(FLOOR) >= 0) receipts.got(client, numberAfter(t, SEQ), performance.now());
              else if (t.subarray(0, RESUMED.length).equals(RESUMED)) ready();
            });
            // Listeners join as a resume from the current seq: the bench measures the broadcast, not 5,000 snapshots.
            ws.send(JSON.stringify({ type: 'subscribe', dialogueId: DIALOGUE_2020_ID, afterSeq: from }));
            await resumed;
            sockets.push(ws);
          }),
        );
      }
      return () => {
        for (const s of sockets.splice(0)) s.close();
      };
    },
    change() {
      const ref = `c${++refs}`;
      const type = cycle[step++ % cycle.length]!;
      return new Promise((resolve) => {
        pending.set(ref, resolve);
        moderator.send(
          JSON.stringify({
            type,
            ref,
            dialogueId: DIALOGUE_2020_ID,
            ...(type === 'floor.request' ? { kind: 'statement' } : {}),
          }),
        );
      });
    },
    async close() {
      moderator.terminate();
      pending = new Map();
      await server.stop();
    },
    cpu: server.cpu,
    record: { url: `http://127.0.0.1:${server.port}/api/v1/dialogues/${DIALOGUE_2020_ID}`, cookie: cookies.listener },
  };
}

async function socketIoTarget(payload: string): Promise<Target> {
  const server = await startServer('bench/live-socketio-server.ts', {});
  const url = `http://127.0.0.1:${server.port}`;
  const connectOne = () =>
    new Promise<Socket>((resolve, reject) => {
      const s = ioClient(url, { transports: ['websocket'], forceNew: true, reconnection: false });
      s.once('connect', () => resolve(s));
      s.once('connect_error', reject);
    });
  const moderator = await connectOne();
  const body = JSON.parse(payload) as unknown;
  const sockets: LeanSocket[] = [];
  return {
    name: 'socket.io',
    async connect(n, receipts) {
      for (let i = 0; i < n; i += 100) {
        await Promise.all(
          Array.from({ length: Math.min(100, n - i) }, async (_, j) => {
            const client = i + j;
            let ready: () => void = () => undefined;
            const joined = new Promise<void>((r) => {
              ready = r;
            });
            // Engine.IO over WebSocket: "0" opens, "40" joins the default namespace, "2"/"3" ping and pong, "42" carries an event.
            const s = await leanConnect(
              `ws://127.0.0.1:${server.port}/socket.io/?EIO=4&transport=websocket`,
              {},
              (t, socket) => {
                const [a, b] = [t[0], t[1]];
                if (a === 0x34 && b === 0x32)
                  receipts.got(client, numberAfter(t, ESCAPED_SEQ), performance.now()); // "42": an event
                else if (a === 0x32 && t.length === 1)
                  socket.send('3'); // "2": ping
                else if (a === 0x34 && b === 0x30)
                  ready(); // "40": joined
                else if (a === 0x30) socket.send('40'); // "0": open
              },
            );
            await joined;
            sockets.push(s);
          }),
        );
      }
      // Joining the room happens on connection; give the last joins a moment to land.
      await new Promise((r) => setTimeout(r, 200));
      return () => {
        for (const s of sockets.splice(0)) s.close();
      };
    },
    // An answer that never comes (the moderator's socket dropped under load) counts as lost, not as a hang.
    change: () =>
      new Promise((resolve) =>
        moderator.timeout(10_000).emit('change', body, (err: Error | null, seq: number) => resolve(err ? -1 : seq)),
      ),
    async close() {
      moderator.disconnect();
      await server.stop();
    },
    cpu: server.cpu,
  };
}

interface Result {
  p50: number;
  p99: number;
  lost: number;
  doubled: number;
  cpuPct: number;
  deliveriesPerSecond: number;
  connectSeconds: number;
  /** CPU of the server and of the listeners' process while sustained: which of the two sets the pace. */
  sustainedServerPct: number;
  sustainedClientPct: number;
  /** Frames each listener read brought: above 1, the server batched. */
  framesPerRead: number;
  /** Full-record reads per second with no meeting, and while this meeting runs at 10 changes a second. */
  recordReadsIdle: number;
  recordReadsDuringMeeting: number;
}

/** Full-record reads a second, READERS at a time, for `seconds`, from a process of their own (live-reader.ts). */
async function readRate(target: Target, seconds: number): Promise<number> {
  if (!target.record) return NaN;
  const child = fork('bench/live-reader.ts', [JSON.stringify({ ...target.record, readers: READERS, seconds })], {
    execArgv: ['--import', 'tsx'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (m) => resolve((m as { perSecond: number }).perSecond));
    child.once('exit', (code) => (code === 0 ? undefined : reject(new Error(`the reader exited with ${code}`))));
  });
}

/** Changes at 10 a second for `seconds`, or until `until` settles, every one acknowledged. */
async function pace(target: Target, seconds: number, until?: Promise<unknown>): Promise<void> {
  const acks: Promise<number>[] = [];
  const wall0 = performance.now();
  let over = false;
  void until?.finally(() => (over = true));
  for (let i = 0; until ? !over : i < seconds * 10; i++) {
    acks.push(target.change());
    await new Promise((r) => setTimeout(r, Math.max(0, wall0 + (i + 1) * 100 - performance.now())));
  }
  await Promise.all(acks);
}

async function measure(target: Target, n: number): Promise<Result> {
  const receipts = new Receipts(n);
  const recordReadsIdle = n === RECORD_N ? await readRate(target, READ_SECONDS) : NaN;
  const connectStart = performance.now();
  const disconnect = await target.connect(n, receipts);
  const connectSeconds = (performance.now() - connectStart) / 1000;
  for (let i = 0; i < 3; i++) await target.change();
  await new Promise((r) => setTimeout(r, 500));

  // Paced: 10 changes a second.
  const sent = new Map<number, number>();
  const acks: Promise<void>[] = [];
  const cpu0 = await target.cpu();
  const wall0 = performance.now();
  for (let i = 0; i < PACED_SECONDS * 10; i++) {
    const at = performance.now();
    acks.push(
      target.change().then((seq) => {
        sent.set(seq, at);
      }),
    );
    await new Promise((r) => setTimeout(r, Math.max(0, wall0 + (i + 1) * 100 - performance.now())));
  }
  await Promise.all(acks);
  await new Promise((r) => setTimeout(r, 1_000));
  const cpuPct = (((await target.cpu()) - cpu0) / (performance.now() - wall0)) * 100;
  const { p50, p99, lost } = delivery(sent, receipts);

  // Sustained: as fast as the listeners keep up. The next change goes once every listener has the
  // one WINDOW changes back: enough in flight that neither server waits on the moderator, few
  // enough that nothing piles up unboundedly.
  const before = [...receipts.counts.values()].reduce((a, b) => a + b, 0);
  const start = performance.now();
  const serverCpu0 = await target.cpu();
  const clientCpu0 = process.cpuUsage();
  const reads0 = { ...leanCounters };
  const inFlight: Promise<number>[] = [];
  while (performance.now() - start < SUSTAINED_SECONDS * 1000) {
    inFlight.push(target.change());
    if (inFlight.length < WINDOW) continue;
    if (!(await receipts.allHave(await inFlight.shift()!, 5_000))) break;
  }
  for (const seq of await Promise.all(inFlight)) await receipts.allHave(seq, 5_000);
  const elapsed = (performance.now() - start) / 1000;
  const sustainedServerPct = ((await target.cpu()) - serverCpu0) / (elapsed * 10);
  const c = process.cpuUsage(clientCpu0);
  const sustainedClientPct = (c.user + c.system) / 1000 / (elapsed * 10);
  const framesPerRead = (leanCounters.frames - reads0.frames) / Math.max(1, leanCounters.reads - reads0.reads);
  const delivered = [...receipts.counts.values()].reduce((a, b) => a + b, 0) - before;
  // The record read again, while the meeting goes on: its floor, chat and presence events must not
  // turn every read into a rebuild.
  const reading = n === RECORD_N ? readRate(target, READ_SECONDS) : null;
  const recordReadsDuringMeeting = reading ? (await Promise.all([reading, pace(target, 0, reading)]))[0] : NaN;
  disconnect();
  await new Promise((r) => setTimeout(r, 500));
  return {
    p50,
    p99,
    lost,
    doubled: receipts.doubled,
    cpuPct,
    deliveriesPerSecond: delivered / elapsed,
    connectSeconds,
    sustainedServerPct,
    sustainedClientPct,
    framesPerRead,
    recordReadsIdle,
    recordReadsDuringMeeting,
  };
}

/** Latency from each event's send (seq → time) to every listener's receipt, and the receipts that never came. */
function delivery(sent: Map<number, number>, receipts: Receipts): { p50: number; p99: number; lost: number } {
  const latencies: number[] = [];
  let lost = 0;
  for (const [seq, at] of sent) {
    const times = receipts.times.get(seq) ?? [];
    lost += receipts.n - times.length;
    for (const t of times) latencies.push(t - at);
  }
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))] ?? NaN;
  return { p50: pct(0.5), p99: pct(0.99), lost };
}

interface Floor {
  p50: number;
  p99: number;
  lost: number;
  doubled: number;
}

async function measureFloor(n: number, payload: string): Promise<Floor> {
  const receipts = new Receipts(n);
  const sent = await paceFloor(n, payload, PACED_SECONDS, receipts);
  return { ...delivery(sent, receipts), doubled: receipts.doubled };
}

/** Each figure's median over the rounds. */
function medianOf<T extends { [K in keyof T]: number }>(results: T[]): T {
  const keys = Object.keys(results[0]!) as (keyof T)[];
  return Object.fromEntries(keys.map((k) => [k, median(results.map((r) => r[k]))])) as unknown as T;
}

const lines: string[] = [];
let lastPayload = '';
for (const n of SIZES) {
  const rounds: { ours: Result; theirs: Result; floor: Floor }[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const scratch = await scratchDatabase();
    let ours: Result;
    try {
      const live = await liveTarget(scratch.env);
      ours = await measure(live, n);
      lastPayload = live.sample();
      await live.close();
    } finally {
      await scratch.drop();
    }
    console.log(`\nN = ${n} listeners (${BACKEND}), round ${round + 1} of ${ROUNDS}: live done`);
    console.table({ live: ours });
    const baseline = await socketIoTarget(lastPayload);
    const theirs = await measure(baseline, n);
    await baseline.close();
    const floor = await measureFloor(n, lastPayload);
    console.log(`\nN = ${n} listeners (${BACKEND}), round ${round + 1} of ${ROUNDS}`);
    console.table({ live: ours, 'socket.io': theirs, floor });
    rounds.push({ ours, theirs, floor });
  }
  const ours = medianOf(rounds.map((r) => r.ours));
  const theirs = medianOf(rounds.map((r) => r.theirs));
  const floor = medianOf(rounds.map((r) => r.floor));
  const overFloor = { ours: ours.p99 / floor.p99, theirs: theirs.p99 / floor.p99 };
  console.log(
    `\nN = ${n}: medians of ${ROUNDS} rounds; each message about ${lastPayload.length + 120} bytes; joining took ${ours.connectSeconds.toFixed(1)} s (socket.io ${theirs.connectSeconds.toFixed(1)} s)`,
  );
  console.table({ live: ours, 'socket.io': theirs, floor });
  const big = n >= 5000;
  lines.push(
    benchLine({
      name: `live.join_s.n${n}`,
      value: ours.connectSeconds,
      baseline: 'socket.io',
      baseline_value: theirs.connectSeconds,
      ratio: ours.connectSeconds / theirs.connectSeconds,
      ...(big ? { target: '<=2x', met: ours.connectSeconds <= 2 * theirs.connectSeconds } : {}),
    }),
    benchLine({
      name: `live.p50_ms.n${n}`,
      value: ours.p50,
      baseline: 'socket.io',
      baseline_value: theirs.p50,
      ratio: ours.p50 / theirs.p50,
    }),
    benchLine({
      name: `live.p99_ms.n${n}`,
      value: ours.p99,
      baseline: 'socket.io',
      baseline_value: theirs.p99,
      ratio: ours.p99 / theirs.p99,
      ...(big ? { target: '<=0.5x', met: ours.p99 <= 0.5 * theirs.p99 } : {}),
    }),
    benchLine({
      name: `live.p99_floor_ms.n${n}`,
      value: floor.p99,
      baseline: 'socket.io',
      baseline_value: theirs.p99,
      ratio: floor.p99 / theirs.p99,
    }),
    benchLine({
      name: `live.p99_over_floor.n${n}`,
      value: overFloor.ours,
      baseline: 'socket.io',
      baseline_value: overFloor.theirs,
      ratio: overFloor.ours / overFloor.theirs,
    }),
    benchLine({
      name: `live.deliveries_per_s.n${n}`,
      value: ours.deliveriesPerSecond,
      baseline: 'socket.io',
      baseline_value: theirs.deliveriesPerSecond,
      ratio: ours.deliveriesPerSecond / theirs.deliveriesPerSecond,
      ...(big
        ? { target: '>=2x', met: ours.deliveriesPerSecond >= 2 * theirs.deliveriesPerSecond }
        : { target: '>=1x', met: ours.deliveriesPerSecond >= theirs.deliveriesPerSecond }),
    }),
    benchLine({
      name: `live.lost_or_doubled.n${n}`,
      value: Math.max(...rounds.map((r) => r.ours.lost + r.ours.doubled)),
      baseline: 'socket.io',
      baseline_value: Math.max(...rounds.map((r) => r.theirs.lost + r.theirs.doubled)),
      ratio: 0,
      target: '0 in every round',
      met: rounds.every((r) => r.ours.lost + r.ours.doubled === 0),
    }),
    benchLine({
      name: `live.server_cpu_pct.n${n}`,
      value: ours.cpuPct,
      baseline: 'socket.io',
      baseline_value: theirs.cpuPct,
      ratio: ours.cpuPct / theirs.cpuPct,
    }),
  );
  if (n === RECORD_N) {
    const ratio = ours.recordReadsDuringMeeting / ours.recordReadsIdle;
    lines.push(
      benchLine({
        name: 'live.record_read_ratio',
        value: ours.recordReadsDuringMeeting,
        baseline: 'the same read, no meeting',
        baseline_value: ours.recordReadsIdle,
        ratio,
        target: '>=0.8',
        met: ratio >= 0.8,
      }),
    );
  }
}
// How the hub writes: prebuilt frames against socket.send, on 5,000 real sockets (bench/live-send.ts).
const sendN = Number(process.env.BENCH_LIVE_SEND_N ?? 5000);
const sent = await prebuiltVsSend(sendN, lastPayload || '{"floor":[]}');
console.log(
  `\nServer CPU per 1,000 deliveries to ${sendN} sockets: prebuilt frames ${sent.prebuiltMsPerK.toFixed(2)} ms, socket.send ${sent.sendMsPerK.toFixed(2)} ms`,
);
lines.push(
  benchLine({
    name: `live.prebuilt_vs_send.n${sendN}`,
    value: sent.prebuiltMsPerK,
    baseline: 'socket.send',
    baseline_value: sent.sendMsPerK,
    ratio: sent.prebuiltMsPerK / sent.sendMsPerK,
    target: '<1 (less CPU per delivery than socket.send)',
    met: sent.prebuiltMsPerK < sent.sendMsPerK,
  }),
);
for (const l of lines) console.log(l);
process.exit(0);

/** A fresh database per size: an embedded data directory, or a new PostgreSQL database, dropped after. */
async function scratchDatabase(): Promise<{ env: Record<string, string>; drop(): Promise<void> }> {
  if (BACKEND === 'pglite') {
    const dir = await mkdtemp(join(tmpdir(), 'ed-bench-live-'));
    return { env: { DATA_DIR: dir }, drop: () => rm(dir, { recursive: true, force: true }) };
  }
  const { default: pg } = await import('pg');
  const name = `ed_bench_live_${process.pid}`;
  const admin = new pg.Client({ connectionString: DATABASE_URL });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  const url = new URL(DATABASE_URL);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    drop: async () => {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
