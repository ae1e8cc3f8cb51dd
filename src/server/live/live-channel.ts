import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import websocket from '@fastify/websocket';
import { and, eq } from 'drizzle-orm';
import {
  ClientMessage,
  type MediaSettings,
  type RoomAction,
  type ServerMessage,
  type You,
} from '../../shared/live/messages.ts';
import { AppError } from '../../shared/errors.ts';
import type { Database } from '../db/database.ts';
import { eventStreams, participants, users } from '../db/schema.ts';
import type { Deps } from '../deps.ts';
import { getDialogueRecord } from '../dialogues/get-dialogue-record.ts';
import { audienceOf, loadDialogueAccess, type DialogueAccess } from '../policy/dialogue-access.ts';
import { check } from '../policy/policy.ts';
import type { Actor } from '../policy/actor.ts';
import { resolveSession } from '../accounts/resolve-actor.ts';
import { dispatch } from './dispatch.ts';
import { LiveHub, type Subscription } from './hub.ts';
import { joinRoom } from './presence.ts';
import { ensureSfuRoom, sfuPinOf, sfuRoomOf } from './media/janus-rooms.ts';
import { loadRoomState } from './room-state.ts';
import type { RoomContext } from './room-context.ts';

type Send = (message: ServerMessage) => void;

async function participantOf(deps: Deps, dialogueId: string, actor: Actor): Promise<string | null> {
  if (!actor.user) return null;
  const [row] = await deps.db
    .select({ id: participants.id })
    .from(participants)
    .innerJoin(users, eq(users.personId, participants.personId))
    .where(and(eq(participants.dialogueId, dialogueId), eq(users.id, actor.user.id)));
  return row?.id ?? null;
}

/**
 * Through the SFU when one is configured and its room is ready; otherwise mesh, which works for
 * small rooms without any server, so an SFU outage does not end the meeting.
 */
async function mediaSettings(deps: Deps, dialogueId: string, log: FastifyRequest['log']): Promise<MediaSettings> {
  const mesh: MediaSettings = {
    topology: 'mesh',
    iceServers: deps.config.iceServers,
    sfuUrl: null,
    sfuRoom: null,
    sfuPin: null,
  };
  const { janusUrl, janusPinKey } = deps.config;
  if (!janusUrl || !janusPinKey) return mesh;
  const room = sfuRoomOf(dialogueId);
  const pin = sfuPinOf(janusPinKey, dialogueId);
  try {
    await ensureSfuRoom(janusUrl, room, pin, `dialogue ${dialogueId}`);
  } catch (err) {
    log.warn({ err }, 'the SFU is unreachable: this room falls back to mesh');
    return mesh;
  }
  return { ...mesh, topology: 'sfu', sfuUrl: janusUrl, sfuRoom: room, sfuPin: pin };
}

async function youIn(ctx: RoomContext): Promise<You> {
  const may = async (action: 'live.speak' | 'live.moderate' | 'dialogue.record') =>
    (await check(action, { actor: ctx.actor, dialogue: async () => ctx.access })) === null;
  return {
    connectionId: ctx.connectionId,
    userId: ctx.actor.user!.id,
    participantId: ctx.participantId,
    canAct: await may('live.speak'),
    canModerate: await may('live.moderate'),
    canRecord: await may('dialogue.record'),
  };
}

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
  await fastify.register(websocket, { options: { maxPayload: 64 * 1024 } });
  const hub = new LiveHub(deps, database);
  await hub.start();
  fastify.addHook('onClose', async () => hub.stop());

  fastify.get('/api/v1/live', { websocket: true, config: { action: 'live.subscribe' } }, (socket, req) => {
    if (!sameOrigin(req, deps.config.publicUrl)) return socket.close(4003, 'cross-origin');
    const mine = new Map<string, Subscription>();
    // The session that opened the socket: ending it closes the socket (hub), and every action asks
    // for it again, so nothing is done on the strength of a session that has ended.
    const sessionId = req.actor.sessionId;
    let actorNow: Actor = req.actor;
    const unwatch = sessionId ? hub.watch(sessionId, socket) : () => undefined;
    const send: Send = (message) => {
      if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
    };
    // One message at a time per socket: a floor request sent right after subscribe finds the subscription.
    let queue = Promise.resolve();
    socket.on('message', (data: Buffer) => {
      queue = queue
        .then(() => handle(data))
        .catch((err: unknown) => {
          if (!(err instanceof AppError)) req.log.error(err);
          send({
            type: 'error',
            code: err instanceof AppError ? err.code : 'internal',
            message: err instanceof Error ? err.message : 'failed',
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

    const handle = async (data: Buffer) => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(data.toString('utf8'));
      } catch {
        return send({ type: 'error', code: 'malformed', message: 'not JSON' });
      }
      const msg = ClientMessage.safeParse(parsed);
      if (!msg.success) {
        const issue = msg.error.issues[0]!;
        const ref =
          typeof (parsed as { ref?: unknown } | null)?.ref === 'string'
            ? (parsed as { ref: string }).ref.slice(0, 64)
            : undefined;
        return send({
          type: 'error',
          code: 'validation_failed',
          message: issue.message,
          path: issue.path.join('.'),
          ref,
        });
      }
      const m = msg.data;
      if (m.type === 'ping') return send({ type: 'pong', id: m.id, serverTime: deps.clock().toISOString() });
      if (sessionId) {
        const now = await resolveSession(deps.db, sessionId);
        if (!now) {
          send({
            type: 'error',
            code: 'unauthenticated',
            message: 'the session has ended; sign in again',
            ref: 'ref' in m ? m.ref : undefined,
          });
          socket.close(4001, 'the session has ended');
          return undefined;
        }
        actorNow = now;
      }
      if (m.type === 'subscribe') return subscribe(m);
      const sub = mine.get(m.dialogueId);
      const ref = 'ref' in m ? m.ref : undefined;
      if (!sub)
        return send({
          type: 'error',
          code: 'not_found',
          message: 'not subscribed to this room',
          path: 'dialogueId',
          ref,
        });
      if (m.type === 'unsubscribe') {
        mine.delete(m.dialogueId);
        return hub.remove(sub);
      }
      if (m.type === 'signal') {
        if (!(await hub.relay(sub, m.to, m.data)))
          send({ type: 'error', code: 'not_found', message: 'no such connection in this room', path: 'to' });
        return undefined;
      }
      return act(sub, m, ref);
    };

    // Who the actor is in the room is read at subscribe; what they may do is read again for each action.
    const participants = new Map<string, string | null>();
    const context = async (dialogueId: string, connectionId: string, access: DialogueAccess): Promise<RoomContext> => {
      if (!participants.has(dialogueId)) participants.set(dialogueId, await participantOf(deps, dialogueId, actorNow));
      return { deps, actor: actorNow, access, dialogueId, connectionId, participantId: participants.get(dialogueId)! };
    };

    const subscribe = async (m: Extract<ClientMessage, { type: 'subscribe' }>) => {
      const actor = actorNow;
      const access = await loadDialogueAccess(deps.db, actor, m.dialogueId);
      // Participants (observers read only) and the secretariat; nobody else, and no hint whether it exists.
      if (!actor.user || !access || audienceOf(actor, access) !== 'inside')
        return send({ type: 'error', code: 'not_found', message: 'no such dialogue', path: 'dialogueId' });
      const old = mine.get(m.dialogueId);
      if (old) await hub.remove(old);
      participants.delete(m.dialogueId);
      const ctx = await context(m.dialogueId, randomUUID(), access);
      await joinRoom(deps, {
        dialogueId: m.dialogueId,
        userId: actor.user.id,
        connectionId: ctx.connectionId,
        instanceId: hub.instanceId,
      });
      const you = await youIn(ctx);
      const media = await mediaSettings(deps, m.dialogueId, req.log);
      const [stream] = await deps.db
        .select({ lastSeq: eventStreams.lastSeq })
        .from(eventStreams)
        .where(eq(eventStreams.stream, m.dialogueId));
      const current = Number(stream?.lastSeq ?? 0);
      let lastSeq: number;
      if (m.afterSeq !== undefined && m.afterSeq <= current) {
        lastSeq = m.afterSeq;
        send({ type: 'resumed', dialogueId: m.dialogueId, seq: lastSeq, you, media });
      } else {
        // Read after `current`: the state is at least that new. Events after it are sent again, and
        // clients apply them idempotently, so the snapshot and the stream always meet.
        const [room, record] = await Promise.all([
          loadRoomState(deps.db, m.dialogueId),
          getDialogueRecord(deps, { actor, access }),
        ]);
        lastSeq = Math.min(current, record.dialogueSeq);
        send({
          type: 'snapshot',
          dialogueId: m.dialogueId,
          seq: lastSeq,
          record: JSON.parse(record.body.toString('utf8')),
          room,
          you,
          media,
          canAct: you.canAct,
        });
      }
      const stillInside = async () => {
        const now = await loadDialogueAccess(deps.db, actor, m.dialogueId);
        return now !== null && audienceOf(actor, now) === 'inside';
      };
      const sub: Subscription = {
        connectionId: ctx.connectionId,
        dialogueId: m.dialogueId,
        socket,
        lastSeq,
        userId: actor.user.id,
        stillInside,
      };
      mine.set(m.dialogueId, sub);
      hub.add(sub);
      return undefined;
    };

    const act = async (sub: Subscription, m: RoomAction, ref: string | undefined) => {
      const access = await loadDialogueAccess(deps.db, actorNow, m.dialogueId);
      try {
        if (!access) throw new AppError('not_found', 'no such dialogue');
        const seq = await dispatch(await context(m.dialogueId, sub.connectionId, access), m);
        if (ref !== undefined) send({ type: 'ack', ref, seq });
      } catch (err) {
        if (!(err instanceof AppError)) {
          req.log.error(err);
          return send({ type: 'error', code: 'internal', message: 'the action failed; nothing was changed', ref });
        }
        const field = err.errors?.[0]?.path;
        const prefix = m.type === 'statement.record' && field !== undefined ? 'statement.' : '';
        return send({
          type: 'error',
          code: err.code,
          message: err.message,
          path: field === undefined ? undefined : `${prefix}${field}`,
          ref,
        });
      }
    };
    return undefined;
  });
  return hub;
}
