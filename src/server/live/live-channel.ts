import type { FastifyInstance } from 'fastify';
import websocket from '@fastify/websocket';
import type { WebSocket } from 'ws';
import { and, asc, gt, inArray } from 'drizzle-orm';
import { ClientMessage, type ServerMessage } from '../../shared/live/messages.ts';
import { events } from '../db/schema.ts';
import type { Deps } from '../deps.ts';
import { getDialogueRecord } from '../dialogues/get-dialogue-record.ts';
import { audienceOf, loadDialogueAccess } from '../policy/dialogue-access.ts';
import { isAdmin } from '../policy/actor.ts';

/** A client whose unsent bytes pass this is too slow to keep up: it is dropped and resyncs. */
const MAX_BUFFERED = 4 * 1024 * 1024;
/** How often the hub reads new events for the dialogues it serves. */
const POLL_MS = 50;

interface Subscription { socket: WebSocket; lastSeq: number }

/**
 * The live channel: a WebSocket at /api/v1/live, authenticated by the session cookie. A client
 * subscribes to a dialogue it takes part in (the secretariat to any) and gets a snapshot, or, with
 * `afterSeq`, every event since; then each new event once, in seq order. The Event table is the
 * source: the hub reads it after each write, so nothing committed is missed and a reconnecting
 * client resumes exactly where it was.
 */
export async function mountLiveChannel(fastify: FastifyInstance, deps: Deps): Promise<{ stop(): void }> {
  await fastify.register(websocket, { options: { maxPayload: 64 * 1024 } });
  const subscribers = new Map<string, Set<Subscription>>();
  const send = (socket: WebSocket, message: ServerMessage) => {
    if (socket.bufferedAmount > MAX_BUFFERED) socket.close(4008, 'too slow; reconnect and resume');
    else socket.send(JSON.stringify(message));
  };

  let reading = false;
  const deliver = async () => {
    if (reading || subscribers.size === 0) return;
    reading = true;
    try {
      const dialogueIds = [...subscribers.keys()];
      const floor = Math.min(...dialogueIds.flatMap((id) => [...subscribers.get(id)!].map((s) => s.lastSeq)));
      const rows = await deps.db.select().from(events)
        .where(and(inArray(events.stream, dialogueIds), gt(events.seq, floor))).orderBy(asc(events.stream), asc(events.seq)).limit(1000);
      for (const row of rows) {
        // Serialised once, sent to every subscriber that has not had it.
        const text = JSON.stringify({ type: 'event', dialogueId: row.stream, seq: row.seq, event: row.type, payload: row.payload, at: row.at.toISOString() } satisfies ServerMessage);
        for (const sub of subscribers.get(row.stream) ?? []) {
          if (row.seq <= sub.lastSeq) continue;
          if (sub.socket.bufferedAmount > MAX_BUFFERED) { sub.socket.close(4008, 'too slow; reconnect and resume'); continue; }
          sub.socket.send(text);
          sub.lastSeq = row.seq;
        }
      }
    } finally {
      reading = false;
    }
  };
  const timer = setInterval(() => void deliver().catch(() => undefined), POLL_MS);

  fastify.get('/api/v1/live', { websocket: true, config: { action: 'live.subscribe' } }, (socket, req) => {
    const mine = new Map<string, Subscription>();
    socket.on('message', (data: Buffer) => void (async () => {
      let parsed: unknown;
      try { parsed = JSON.parse(data.toString('utf8')); } catch { return send(socket, { type: 'error', code: 'malformed', message: 'not JSON' }); }
      const msg = ClientMessage.safeParse(parsed);
      if (!msg.success) {
        const issue = msg.error.issues[0]!;
        return send(socket, { type: 'error', code: 'validation_failed', message: issue.message, path: issue.path.join('.') });
      }
      const m = msg.data;
      if (m.type === 'ping') return send(socket, { type: 'pong', id: m.id, serverTime: deps.clock().toISOString() });
      if (m.type === 'unsubscribe') {
        const sub = mine.get(m.dialogueId);
        if (sub) subscribers.get(m.dialogueId)?.delete(sub);
        mine.delete(m.dialogueId);
        return undefined;
      }
      const actor = req.actor;
      const access = await loadDialogueAccess(deps.db, actor, m.dialogueId);
      // Participants (observers read only) and the secretariat; nobody else, and no hint whether it exists.
      if (!access || audienceOf(actor, access) !== 'inside') return send(socket, { type: 'error', code: 'not_found', message: 'no such dialogue', path: 'dialogueId' });
      let lastSeq = m.afterSeq ?? 0;
      if (m.afterSeq === undefined) {
        const record = await getDialogueRecord(deps, { actor, access });
        const snapshot = JSON.parse(record.body.toString('utf8'));
        lastSeq = record.dialogueSeq;
        send(socket, { type: 'snapshot', dialogueId: m.dialogueId, seq: lastSeq, record: snapshot, canAct: isAdmin(actor) || access.roles.some((r) => r !== 'observer') });
      }
      const sub = { socket, lastSeq };
      mine.set(m.dialogueId, sub);
      if (!subscribers.has(m.dialogueId)) subscribers.set(m.dialogueId, new Set());
      subscribers.get(m.dialogueId)!.add(sub);
      return undefined;
    })().catch(() => send(socket, { type: 'error', code: 'internal', message: 'could not subscribe' })));
    socket.on('close', () => {
      for (const [dialogueId, sub] of mine) subscribers.get(dialogueId)?.delete(sub);
      for (const [dialogueId, set] of subscribers) if (set.size === 0) subscribers.delete(dialogueId);
    });
  });
  fastify.addHook('onClose', async () => clearInterval(timer));
  return { stop: () => clearInterval(timer) };
}
