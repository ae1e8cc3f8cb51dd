import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import type { Socket } from 'node:net';

/**
 * A WebSocket listener that does as little as a listener can: it finds frame boundaries and hands
 * each text payload over as bytes, undecoded. The benchmark runs thousands of these in one process on a
 * 2-core machine, so the listeners must cost far less than the servers they measure; the same
 * client measures both servers.
 */
/** How many reads and frames all listeners have seen: frames per read says how much the server batches. */
export const leanCounters = { reads: 0, frames: 0 };

export interface LeanSocket {
  send(text: string): void;
  close(): void;
}

export function leanConnect(
  url: string,
  headers: Record<string, string>,
  onText: (payload: Buffer, socket: LeanSocket) => void,
): Promise<LeanSocket> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({
      host: u.hostname,
      port: u.port,
      path: `${u.pathname}${u.search}`,
      headers: {
        ...headers,
        Connection: 'Upgrade',
        Upgrade: 'websocket',
        'Sec-WebSocket-Version': '13',
        'Sec-WebSocket-Key': randomBytes(16).toString('base64'),
      },
    });
    req.once('error', reject);
    req.once('response', (res) => reject(new Error(`no upgrade: ${res.statusCode}`)));
    req.once('upgrade', (_res, socket: Socket, head: Buffer) => {
      socket.setNoDelay(true);
      const lean: LeanSocket = { send: (text) => socket.write(maskedFrame(text)), close: () => socket.destroy() };
      let pending = head.length > 0 ? head : Buffer.alloc(0);
      const drain = () => {
        for (;;) {
          if (pending.length < 2) return;
          const opcode = pending[0]! & 0x0f;
          let length = pending[1]! & 0x7f;
          let offset = 2;
          if (length === 126) {
            if (pending.length < 4) return;
            length = pending.readUInt16BE(2);
            offset = 4;
          } else if (length === 127) {
            if (pending.length < 10) return;
            length = Number(pending.readBigUInt64BE(2));
            offset = 10;
          }
          if (pending.length < offset + length) return;
          leanCounters.frames++;
          if (opcode === 1) onText(pending.subarray(offset, offset + length), lean);
          pending = pending.subarray(offset + length);
        }
      };
      socket.on('data', (chunk: Buffer) => {
        leanCounters.reads++;
        pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
        drain();
      });
      socket.on('error', () => undefined);
      drain();
      resolve(lean);
    });
    req.end();
  });
}

/** The number after `pattern` in the payload, read from the bytes. */
export function numberAfter(payload: Buffer, pattern: Buffer): number {
  let at = payload.indexOf(pattern);
  if (at < 0) return NaN;
  let n = 0;
  for (at += pattern.length; at < payload.length; at++) {
    const c = payload[at]!;
    if (c < 48 || c > 57) break;
    n = n * 10 + (c - 48);
  }
  return n;
}

/** Client frames must be masked (RFC 6455 §5.3). */
function maskedFrame(text: string): Buffer {
  const payload = Buffer.from(text);
  const mask = randomBytes(4);
  const header =
    payload.length < 126
      ? Buffer.from([0x81, 0x80 | payload.length])
      : Buffer.from([0x81, 0x80 | 126, payload.length >> 8, payload.length & 0xff]);
  for (let i = 0; i < payload.length; i++) payload[i] = payload[i]! ^ mask[i % 4]!;
  return Buffer.concat([header, mask, payload]);
}
