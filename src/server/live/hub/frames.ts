import type { Duplex } from 'node:stream';
import type WebSocket from 'ws';
import type { ServerMessage } from '../../../shared/live/messages.ts';

/**
 * Events go out as prebuilt WebSocket frames: each event is framed once for the whole room and each
 * subscriber gets one write holding every frame it lacks. bench:live (`live.prebuilt_vs_send.n5000`)
 * measured this against `socket.send` per event per subscriber and keeps it because it costs the
 * server about half the CPU per delivery (5.4 against 9.6 ms per 1,000, 5,000 sockets, two events a round).
 *
 * The frames are written to the connection the socket was upgraded on (Node's public `req.socket`),
 * beside ws's own sends. That keeps frames whole and in order only while ws writes synchronously:
 * with per-message compression off (the channel refuses it, and `framable` checks the socket agreed
 * no extension) ws never holds a frame in a queue of its own. test/api/live-frames.test.ts asserts both.
 */

export const messageBytes = (message: ServerMessage): Buffer => Buffer.from(JSON.stringify(message));

/** A whole unmasked text frame (RFC 6455 §5.2): servers never mask. */
export function textFrame(payload: Buffer): Buffer {
  const n = payload.length;
  const head = n < 126 ? Buffer.alloc(2) : n < 65_536 ? Buffer.alloc(4) : Buffer.alloc(10);
  head[0] = 0x81;
  if (n < 126) head[1] = n;
  else if (n < 65_536) {
    head[1] = 126;
    head.writeUInt16BE(n, 2);
  } else {
    head[1] = 127;
    head.writeBigUInt64BE(BigInt(n), 2);
  }
  return Buffer.concat([head, payload]);
}

/** A socket and the connection beneath it, as the channel hands them to the hub. */
export interface Wire {
  socket: WebSocket;
  connection: Duplex;
}

/**
 * Whether prebuilt frames may go to this socket's connection: no extension transforms its frames.
 * The channel checks it once, at the upgrade, and closes a socket that fails it (none can: it
 * offers no compression), so the hub never has to guess.
 */
export const framable = (socket: WebSocket): boolean => socket.extensions === '';

/** Writes prebuilt frames while the socket is open; false when it is closing (nothing is written). */
export function writeFrames(wire: Wire, frames: Buffer): boolean {
  if (wire.socket.readyState !== wire.socket.OPEN || wire.connection.destroyed) return false;
  wire.connection.write(frames);
  return true;
}

/** One message through ws itself (signals, acks): for what goes to one socket, not a room. */
export function sendMessage(socket: WebSocket, message: ServerMessage): void {
  if (socket.readyState === socket.OPEN) socket.send(messageBytes(message), { binary: false });
}
