/**
 * Sockets the server closed because their user's right to the room ended (the session is over, or
 * they are no longer inside the dialogue), as opposed to a page that went away. The code a client
 * answers the close with is its own to choose, so the server remembers what it decided.
 */
const ended = new WeakSet<object>();

export const endRights = (socket: object): void => void ended.add(socket);

export const rightsEnded = (socket: object): boolean => ended.has(socket);
