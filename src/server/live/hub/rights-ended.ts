/**
 * Sockets the server closed because their user's right to the room ended (the session is over, or
 * they are no longer inside the dialogue), as opposed to a page that went away. The code a client
 * answers the close with is its own to choose, so the server remembers what it decided.
 */
const ended = new WeakSet<object>();

interface Closable {
  close(code: number, reason: string): void;
  terminate(): void;
}

/**
 * Closes a socket whose user's right to the room ended. A client that does not answer the close is
 * cut off after a second: what its connection held (its seat on the SFU) ends when the socket does.
 */
export function closeForRights(socket: Closable, code: 4001 | 4003, reason: string): void {
  ended.add(socket);
  socket.close(code, reason);
  setTimeout(() => socket.terminate(), 1_000).unref();
}

export const rightsEnded = (socket: object): boolean => ended.has(socket);
