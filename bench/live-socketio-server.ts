import { createServer } from 'node:http';
import { Server } from 'socket.io';

/**
 * The baseline: a Socket.IO server that broadcasts each update it is sent to every client in the
 * room, as the same serialised message the live channel sends. No database, no validation.
 */
const http = createServer();
const io = new Server(http, { transports: ['websocket'], perMessageDeflate: false, serveClient: false });
let seq = 0;
io.on('connection', (socket) => {
  void socket.join('room');
  socket.on('change', (payload: unknown, ack: (seq: number) => void) => {
    seq += 1;
    const message = JSON.stringify({
      type: 'event',
      dialogueId: 'room',
      seq,
      event: 'floor.changed',
      payload,
      at: new Date().toISOString(),
    });
    io.to('room').emit('event', message);
    ack(seq);
  });
});
http.listen(0, '127.0.0.1', () => {
  const address = http.address();
  process.send!({ port: typeof address === 'object' && address ? address.port : 0 });
});
process.on('message', (m) => {
  if (m === 'cpu') process.send!({ cpu: process.cpuUsage() });
});
process.on('SIGTERM', () => {
  io.close();
  process.exit(0);
});
