import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import websocket from '@fastify/websocket';
import type { ClientMessage, RoomAction, ServerMessage } from '../../shared/live/messages.ts';
import { AppError } from '../../shared/errors.ts';
import type { Database } from '../db/database.ts';
import type { Deps } from '../deps.ts';
import { loadDialogueAccess, type DialogueAccess } from '../policy/dialogue-access.ts';
import { ANONYMOUS, userIdOf, type Actor } from '../policy/actor.ts';
import { resolveSession, SESSION_COOKIE, sessionIdOf } from '../accounts/resolve-actor.ts';
import { dispatch } from './dispatch.ts';
import { runFloorBatch, type Outcome } from './floor/floor-batch.ts';
import { closeForRights } from './hub/rights-ended.ts';
import { parseMessage, takeNext, type Inbound, type Next } from './inbound.ts';
import type { FloorBatch, RoomContext } from './room-context.ts';
import { LiveHub, type Subscription } from './hub.ts';
import { framable } from './hub/frames.ts';
import { resolveSessionAccess } from './session-access.ts';
import { subscribeToRoom } from './subscribe-to-room.ts';

type Send = (message: ServerMessage) => void;

/** The cookie authenticates the socket, so only pages of this site may open one (no cross-site hijacking). */
function sameOrigin(req: FastifyRequest, publicUrl: string | null): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  try {
    const host = new URL(origin).host;
    return host === req.headers.host || (publicUrl !== null && host === new URL(publicUrl).host);
  } catch {
    return false;
  }
}

/**
 * The live channel: a WebSocket at /api/v1/live, authenticated by the session cookie. A client
 * subscribes to a room it takes part in (the secretariat to any) and gets a snapshot, or, with
 * `afterSeq`, every event since; then each new event once, in seq order. Room actions run one
 * use case each and answer with an ack or an error naming the field at fault.
 */
export async function mountLiveChannel(fastify: FastifyInstance, deps: Deps, database: Database): Promise<LiveHub> {
  // No per-message compression: the hub writes prebuilt frames beside ws's own (hub/frames.ts).
  await fastify.register(websocket, { options: { maxPayload: 64 * 1024, perMessageDeflate: false } });
  const hub = new LiveHub(deps, database);
  await hub.start();
  fastify.addHook('onClose', async () => hub.stop());

  // The socket resolves its session with its first message (ownSession), in step with the room's access.
  // No helmet: the 101 answer is ws's own, written without the reply's headers (a plain GET gets an empty 404).
  const config = { action: 'live.subscribe' as const, ownSession: true, helmet: { skipRoute: true } };
  // Not on the route table: a WebSocket upgrade, not one request and its answer.
  fastify.get('/api/v1/live', { websocket: true, config }, (socket, req) => {
    if (!sameOrigin(req, deps.config.publicUrl)) return socket.close(4003, 'cross-origin');
    if (!framable(socket)) {
      req.log.error(
        { extensions: socket.extensions },
        'live: a socket negotiated an extension; prebuilt frames would break it',
      );
      return socket.close(1011, 'unsupported extension');
    }
    const connection = req.socket;
    const mine = new Map<string, Subscription>();
    // The session that opened the socket: ending it closes the socket (hub), and every message asks
    // for it again, so nothing is done on the strength of a session that has ended.
    const sessionId = sessionIdOf(req.cookies[SESSION_COOKIE]);
    let actorNow: Actor = ANONYMOUS;
    const unwatch = sessionId ? hub.watch(sessionId, socket) : () => undefined;
    const send: Send = (message) => {
      if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
    };
    // One message at a time per socket, in order: a floor request sent right after subscribe finds
    // the subscription. Changes to the list that queued up behind another go together (floor-batch.ts).
    let queue = Promise.resolve();
    const inbox: Inbound[] = [];
    socket.on('message', (data: Buffer) => {
      inbox.push(parseMessage(data));
      queue = queue
        .then(() => handle(takeNext(inbox)))
        .catch((err: unknown) => {
          if (!(err instanceof AppError)) req.log.error({ err }, 'live: a message failed');
          const path = err instanceof AppError ? err.errors?.[0]?.path : undefined;
          send({
            type: 'error',
            code: err instanceof AppError ? err.code : 'internal',
            message: err instanceof Error ? err.message : 'failed',
            ...(path === undefined ? {} : { path }),
          });
        });
    });
    socket.on('close', () => {
      unwatch();
      queue = queue.then(async () => {
        for (const sub of mine.values()) await hub.remove(sub);
        mine.clear();
      });
    });

    const handle = async (next: Next | null) => {
      if (!next) return undefined;
      if (!next.head.ok) return send(next.head.reply);
      const m = next.head.message;
      const others = next.more;
      if (m.type === 'ping') return send({ type: 'pong', id: m.id, serverTime: deps.clock().toISOString() });
      // A room message's session and the room's access for its user are read in one statement.
      let access: DialogueAccess | null | undefined;
      if (sessionId) {
        const room = m.type === 'unsubscribe' || m.type === 'signal' ? null : m.dialogueId;
        const now = room
          ? await resolveSessionAccess(deps.db, sessionId, room)
          : await resolveSession(deps.db, sessionId).then((actor) => actor && { actor, access: undefined });
        if (!now) {
          for (const each of [m, ...others])
            send({
              type: 'error',
              code: 'unauthenticated',
              message: 'the session has ended; sign in again',
              ref: 'ref' in each ? each.ref : undefined,
            });
          closeForRights(socket, 4001, 'the session has ended');
          return undefined;
        }
        actorNow = now.actor;
        access = now.access;
      }
      if (m.type === 'subscribe') return subscribe(m, access);
      const sub = mine.get(m.dialogueId);
      if (!sub) {
        for (const each of [m, ...others])
          send({
            type: 'error',
            code: 'not_found',
            message: 'not subscribed to this room',
            path: 'dialogueId',
            ref: 'ref' in each ? each.ref : undefined,
          });
        return undefined;
      }
      if (m.type === 'unsubscribe') {
        mine.delete(m.dialogueId);
        return hub.remove(sub);
      }
      if (m.type === 'signal') {
        if (!(await hub.relay(sub, m.to, m.data)))
          send({ type: 'error', code: 'not_found', message: 'no such connection in this room', path: 'to' });
        return undefined;
      }
      if (others.length > 0) return actTogether(sub, [m, ...others], access);
      return act(sub, m, access);
    };

    // Who the actor is in the room is read at subscribe; what they may do is read again for each action.
    const participantIds = new Map<string, string | null>();

    const subscribe = async (m: Extract<ClientMessage, { type: 'subscribe' }>, access?: DialogueAccess | null) => {
      const actor = actorNow;
      const connectionId = randomUUID();
      const joined = await subscribeToRoom(deps, {
        actor,
        dialogueId: m.dialogueId,
        afterSeq: m.afterSeq,
        ...(access === undefined ? {} : { access }),
        connectionId,
        instanceId: hub.instanceId,
      });
      const old = mine.get(m.dialogueId);
      if (old) await hub.remove(old);
      participantIds.set(m.dialogueId, joined.participantId);
      if (socket.readyState === socket.OPEN) socket.send(joined.first, { binary: false });
      const sub: Subscription = {
        connectionId,
        dialogueId: m.dialogueId,
        socket,
        connection,
        lastSeq: joined.lastSeq,
        userId: userIdOf(actor),
        stillInside: joined.stillInside,
      };
      mine.set(m.dialogueId, sub);
      hub.add(sub);
      return undefined;
    };

    const contextOf = (sub: Subscription, access: DialogueAccess, floor?: FloorBatch): RoomContext => ({
      deps,
      actor: actorNow,
      access,
      dialogueId: sub.dialogueId,
      connectionId: sub.connectionId,
      participantId: participantIds.get(sub.dialogueId) ?? null,
      ...(floor ? { floor } : {}),
    });

    const answer = (m: RoomAction, outcome: Outcome) => {
      const ref = 'ref' in m ? m.ref : undefined;
      if (outcome.ok) {
        if (ref !== undefined)
          send({ type: 'ack', ref, seq: outcome.seq, ...(outcome.seat ? { seat: outcome.seat } : {}) });
        return;
      }
      const err = outcome.error;
      if (!(err instanceof AppError)) {
        req.log.error(err);
        return send({ type: 'error', code: 'internal', message: 'the action failed; nothing was changed', ref });
      }
      const field = err.errors?.[0]?.path;
      const prefix = m.type === 'statement.record' && field !== undefined ? 'statement.' : '';
      send({
        type: 'error',
        code: err.code,
        message: err.message,
        path: field === undefined ? undefined : `${prefix}${field}`,
        ref,
      });
    };

    const act = async (sub: Subscription, m: RoomAction, read?: DialogueAccess | null) => {
      const access = read === undefined ? await loadDialogueAccess(deps.db, actorNow, m.dialogueId) : read;
      try {
        if (!access) throw new AppError('not_found', 'no such dialogue');
        const acked = await dispatch(contextOf(sub, access), m);
        if (acked.seat) hub.seated(sub);
        answer(m, { ok: true, ...acked });
      } catch (error) {
        answer(m, { ok: false, error });
      }
    };

    /** Changes to the list that queued up: one transaction, each answered as if it had run alone. */
    const actTogether = async (sub: Subscription, run: RoomAction[], read?: DialogueAccess | null) => {
      const access = read === undefined ? await loadDialogueAccess(deps.db, actorNow, sub.dialogueId) : read;
      let outcomes: Outcome[];
      try {
        if (!access) throw new AppError('not_found', 'no such dialogue');
        outcomes = await runFloorBatch(
          deps,
          sub.dialogueId,
          run.map((m) => (floor) => dispatch(contextOf(sub, access, floor), m)),
        );
      } catch (error) {
        outcomes = run.map(() => ({ ok: false, error }));
      }
      run.forEach((m, i) => answer(m, outcomes[i]!));
    };
    return undefined;
  });
  return hub;
}
