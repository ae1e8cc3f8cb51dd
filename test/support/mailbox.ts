import type { AddressInfo, Socket } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/**
 * What the server does with a message to one recipient: take it; answer 451 (try later) or 550 (never);
 * hang (answer nothing, so the client times out); or drop the connection.
 */
export type MailboxBehaviour = 'accept' | 'refuse' | 'reject' | 'hang' | 'drop';

/** A real SMTP server on a free loopback port that keeps every message it receives, parsed. */
export async function mailbox(options: { behaviour?: (recipient: string) => MailboxBehaviour } = {}) {
  const received: ParsedMail[] = [];
  const sockets = new Set<Socket>();
  let behaviour = options.behaviour ?? (() => 'accept' as const);
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    closeTimeout: 500,
    onRcptTo(address, session, callback) {
      switch (behaviour(address.address)) {
        case 'refuse':
          return callback(Object.assign(new Error('try again later'), { responseCode: 451 }));
        case 'reject':
          return callback(Object.assign(new Error('no such mailbox'), { responseCode: 550 }));
        case 'hang':
          return; // never answers: the client's socket times out
        case 'drop':
          for (const s of sockets) if (s.remotePort === session.remotePort) s.destroy();
          return;
        default:
          return callback();
      }
    },
    onData(stream, _session, done) {
      simpleParser(stream).then((mail) => {
        received.push(mail);
        done();
      }, done);
    },
  });
  server.server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`,
    received,
    /** Changes what the server does from now on. */
    behave(next: (recipient: string) => MailboxBehaviour) {
      behaviour = next;
    },
    /** Waits until `count` messages have arrived (the courier delivers after the request returned), or fails at the deadline. */
    async waitFor(count: number, deadlineMs = 10_000): Promise<ParsedMail[]> {
      const until = Date.now() + deadlineMs;
      while (received.length < count) {
        if (Date.now() > until)
          throw new Error(`expected ${count} messages within ${deadlineMs} ms, got ${received.length}`);
        await new Promise((r) => setTimeout(r, 20));
      }
      return received;
    },
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}
