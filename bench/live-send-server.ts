import { createServer } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { textFrame } from '../src/server/live/hub/frames.ts';

/**
 * The two ways a hub can put one room's events on thousands of sockets, side by side in one process:
 * `send` calls `socket.send(bytes)` once per event per socket (ws frames each); `prebuilt` frames
 * each event once and writes one buffer of frames per socket straight to the connection, as the hub
 * does (src/server/live/hub/frames.ts; the hub writes to the upgraded request's socket, the same
 * connection this reaches as `_socket`).
 * Compression is off, as on the live channel.
 */
const http = createServer();
const wss = new WebSocketServer({ server: http, perMessageDeflate: false });
const sockets: WebSocket[] = [];
wss.on('connection', (socket) => sockets.push(socket));

const event = (seq: number, payload: string) =>
  Buffer.from(
    JSON.stringify({
      type: 'event',
      dialogueId: 'room',
      seq,
      event: 'floor.changed',
      payload,
      at: new Date().toISOString(),
    }),
  );

/** Every socket's unsent bytes gone to the kernel. */
const flushed = () =>
  new Promise<void>((resolve) => {
    const look = () => (sockets.every((s) => s.bufferedAmount === 0) ? resolve() : setTimeout(look, 1));
    look();
  });

let seq = 0;
async function run(mode: 'send' | 'prebuilt', rounds: number, batch: number, payload: string): Promise<number> {
  const cpu0 = process.cpuUsage();
  for (let r = 0; r < rounds; r++) {
    const events = Array.from({ length: batch }, () => event(++seq, payload));
    if (mode === 'send') {
      for (const s of sockets) for (const e of events) s.send(e, { binary: false });
    } else {
      const frames = Buffer.concat(events.map(textFrame));
      for (const s of sockets) (s as unknown as { _socket: Duplex })._socket.write(frames);
    }
    await flushed();
    await new Promise(setImmediate);
  }
  const c = process.cpuUsage(cpu0);
  return (c.user + c.system) / 1000;
}

http.listen(0, '127.0.0.1', () => {
  const address = http.address();
  process.send!({ port: typeof address === 'object' && address ? address.port : 0 });
});
process.on('message', (m: { run?: 'send' | 'prebuilt'; rounds: number; batch: number; payload: string } | string) => {
  if (m === 'cpu') return process.send!({ cpu: process.cpuUsage() });
  if (typeof m === 'object' && m.run)
    void run(m.run, m.rounds, m.batch, m.payload).then((cpuMs) => process.send!({ cpuMs, seq }));
  return undefined;
});
process.on('SIGTERM', () => {
  wss.close();
  process.exit(0);
});
