import { randomUUID } from 'node:crypto';
import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Duplex } from 'node:stream';
import WebSocket from 'ws';
import type { Database } from '../db/database.ts';
import { events, liveConnections, sessions } from '../db/schema.ts';
import type { Deps } from '../deps.ts';
import type { ServerMessage, SignalData } from '../../shared/live/messages.ts';
import { LIVE_EVENTS_CHANNEL } from '../events/append-event.ts';
import { beat, leaveRoom, sweepGoneInstances } from './presence.ts';
import { SESSIONS_CHANNEL } from '../accounts/sessions/end-sessions.ts';

/** NOTIFY is the doorbell; this slow read covers a bell missed while the listening connection was down. */
const FALLBACK_POLL_MS = 1_000;
const BEAT_MS = 5_000;
const PAGE = 500;
const YIELD_EVERY = 64;
const SIGNALS_CHANNEL = 'live_signals';
/** NOTIFY payloads must stay under 8,000 bytes. */
const MAX_NOTIFY = 7_900;

/** One socket's subscription to one room: its connection id is its name in presence and media. */
export interface Subscription {
  connectionId: string;
  dialogueId: string;
  socket: WebSocket;
  lastSeq: number;
  userId: string;
  /** Whether the subscriber is still inside the dialogue (read again when its membership changes). */
  stillInside(): Promise<boolean>;
}

/** Events after which a room's subscribers are checked again: someone may have been taken out. */
const MEMBERSHIP = /^(participant|dialogue)\.(updated|deleted)$/;

const frame = (message: ServerMessage) => Buffer.from(JSON.stringify(message));

/** ws's frame builder: at run time ws exports it, its types do not declare it. */
const { Sender } = WebSocket as unknown as {
  Sender: {
    frame(
      data: Buffer,
      options: { fin: boolean; rsv1: boolean; opcode: number; mask: boolean; readOnly: boolean },
    ): Buffer[];
  };
};

/** A whole WebSocket text frame, built once for every subscriber of a room (server frames are not masked). */
const textFrame = (bytes: Buffer) =>
  Buffer.concat(Sender.frame(bytes, { fin: true, rsv1: false, opcode: 1, mask: false, readOnly: true }));

/**
 * Writes a ready frame straight to the connection. Safe beside ws's own sends because the channel
 * runs without per-message compression, so ws never holds a frame back in its own queue.
 */
function writeFrame(socket: WebSocket, bytes: Buffer): void {
  const raw = (socket as unknown as { _socket?: Duplex })._socket;
  if (socket.readyState === WebSocket.OPEN && raw) raw.write(bytes);
}

/**
 * Delivers each room's events to its subscribers on this instance. The Event table is the source:
 * a bell (NOTIFY, sent by the writing transaction as it commits, from any instance) says which room
 * to read; each new row is read once, serialised once, and sent to every subscriber that lacks it.
 */
export class LiveHub {
  readonly instanceId = randomUUID();
  private readonly rooms = new Map<string, Set<Subscription>>();
  private readonly byConnection = new Map<string, Subscription>();
  private readonly dirty = new Set<string>();
  /** Every open socket of this instance by the session that opened it, subscribed or not. */
  private readonly bySession = new Map<string, Set<WebSocket>>();
  private draining: Promise<void> = Promise.resolve();
  private running = false;
  private timers: NodeJS.Timeout[] = [];
  private unlisten: (() => Promise<void>)[] = [];

  constructor(
    private readonly deps: Deps,
    private readonly database: Database,
  ) {}

  async start(): Promise<void> {
    await beat(this.deps, this.instanceId);
    this.unlisten.push(
      await this.database.listen(
        LIVE_EVENTS_CHANNEL,
        (stream) => this.ring(stream),
        () => this.ringAll(),
      ),
    );
    this.unlisten.push(await this.database.listen(SIGNALS_CHANNEL, (payload) => this.receiveSignal(payload)));
    this.unlisten.push(
      await this.database.listen(
        SESSIONS_CHANNEL,
        (payload) => this.closeSessions(payload.split(',')),
        () => void this.sweepSessions().catch(() => undefined),
      ),
    );
    this.timers.push(setInterval(() => this.ringAll(), FALLBACK_POLL_MS));
    this.timers.push(setInterval(() => void this.keepAlive(), BEAT_MS));
    void sweepGoneInstances(this.deps, this.instanceId).catch(() => undefined);
  }

  /** Leaves every room this instance holds, so attendance ends now rather than when others notice. */
  async stop(): Promise<void> {
    for (const t of this.timers) clearInterval(t);
    this.timers = [];
    await Promise.all(this.unlisten.map((u) => u().catch(() => undefined)));
    this.unlisten = [];
    for (const sub of [...this.byConnection.values()]) await this.remove(sub);
    await this.draining;
  }

  private async keepAlive(): Promise<void> {
    try {
      await beat(this.deps, this.instanceId);
      await sweepGoneInstances(this.deps, this.instanceId);
      await this.sweepSessions();
    } catch {
      /* the database is down: the next beat tries again */
    }
  }

  /** Keeps the socket under its session, so ending the session closes it; returns the way out. */
  watch(sessionId: string, socket: WebSocket): () => void {
    let set = this.bySession.get(sessionId);
    if (!set) this.bySession.set(sessionId, (set = new Set()));
    set.add(socket);
    return () => {
      set.delete(socket);
      if (set.size === 0 && this.bySession.get(sessionId) === set) this.bySession.delete(sessionId);
    };
  }

  /**
   * These sessions ended (signed out, a reset password, a changed role, ended by their owner or the
   * secretariat), here or on another instance: their sockets close at once with 4001. The socket's
   * own close handler takes its subscriptions out of the rooms; until then nothing more is written.
   */
  private closeSessions(ids: readonly string[]): void {
    for (const id of ids) {
      const set = this.bySession.get(id);
      if (!set) continue;
      this.bySession.delete(id);
      for (const socket of set) {
        socket.close(4001, 'the session has ended');
        setTimeout(() => socket.terminate(), 10_000).unref();
      }
    }
  }

  /** The slow check behind the bell: sockets whose session is gone or expired (a missed NOTIFY, PGlite restarts). */
  private async sweepSessions(): Promise<void> {
    const ids = [...this.bySession.keys()];
    if (ids.length === 0) return;
    const alive = new Set<string>();
    for (let i = 0; i < ids.length; i += PAGE) {
      const rows = await this.deps.db
        .select({ id: sessions.id })
        .from(sessions)
        .where(and(inArray(sessions.id, ids.slice(i, i + PAGE)), gt(sessions.expiresAt, new Date())));
      for (const r of rows) alive.add(r.id);
    }
    this.closeSessions(ids.filter((id) => !alive.has(id)));
  }

  /** For metrics: rooms with a subscriber on this instance, and subscriptions in them. */
  counts(): { rooms: number; subscriptions: number } {
    return { rooms: this.rooms.size, subscriptions: this.byConnection.size };
  }

  subscriberCount(dialogueId: string): number {
    return this.rooms.get(dialogueId)?.size ?? 0;
  }

  add(sub: Subscription): void {
    if (!this.rooms.has(sub.dialogueId)) this.rooms.set(sub.dialogueId, new Set());
    this.rooms.get(sub.dialogueId)!.add(sub);
    this.byConnection.set(sub.connectionId, sub);
    this.ring(sub.dialogueId);
  }

  /** The connection is gone: out of the room here, and out of presence for everyone. */
  async remove(sub: Subscription): Promise<void> {
    this.detach(sub);
    await leaveRoom(this.deps, sub.connectionId).catch(() => undefined);
  }

  private detach(sub: Subscription): void {
    if (this.byConnection.get(sub.connectionId) === sub) this.byConnection.delete(sub.connectionId);
    const room = this.rooms.get(sub.dialogueId);
    room?.delete(sub);
    if (room?.size === 0) this.rooms.delete(sub.dialogueId);
  }

  /**
   * Too slow: sent nothing more from now. The close frame waits behind what is buffered, so a
   * client that still reads nothing is cut off; either way it reconnects and resumes from its seq.
   */
  private drop(sub: Subscription): void {
    this.detach(sub);
    sub.socket.close(4008, 'too slow; reconnect and resume');
    setTimeout(() => sub.socket.terminate(), 10_000).unref();
  }

  ring(dialogueId: string): void {
    if (!this.rooms.has(dialogueId)) return;
    this.dirty.add(dialogueId);
    if (!this.running) this.draining = this.drain();
  }

  private ringAll(): void {
    for (const id of this.rooms.keys()) this.ring(id);
  }

  /** One reader at a time; `running` flips back in the same tick as the last look at `dirty`, so no bell is lost. */
  private async drain(): Promise<void> {
    this.running = true;
    try {
      while (this.dirty.size > 0) {
        const ids = [...this.dirty];
        this.dirty.clear();
        // A failed read is retried by the fallback poll, not in a tight loop.
        for (const id of ids) await this.deliver(id).catch(() => undefined);
      }
    } finally {
      this.running = false;
    }
  }

  private async deliver(dialogueId: string): Promise<void> {
    for (;;) {
      const subs = this.rooms.get(dialogueId);
      if (!subs || subs.size === 0) return;
      let floor = Infinity;
      for (const s of subs) floor = Math.min(floor, s.lastSeq);
      const rows = await this.deps.db
        .select({ seq: events.seq, type: events.type, payload: events.payload, at: events.at })
        .from(events)
        .where(and(eq(events.stream, dialogueId), gt(events.seq, floor)))
        .orderBy(asc(events.seq))
        .limit(PAGE);
      if (rows.length === 0) return;
      const frames = rows.map((row) =>
        textFrame(
          frame({
            type: 'event',
            dialogueId,
            seq: row.seq,
            event: row.type,
            payload: row.payload,
            at: row.at.toISOString(),
          }),
        ),
      );
      const last = rows.at(-1)!.seq;
      // Subscribers are mostly level with each other: one buffer per starting point, one write each.
      const batches = new Map<number, Buffer>();
      let written = 0;
      for (const sub of [...subs]) {
        // Let other work in between (the transactions writing the next events): they then arrive in
        // one read, and go out as one write per subscriber.
        if (++written % YIELD_EVERY === 0) await new Promise(setImmediate);
        // Joined while the rows were read: they start above its seq, so it would skip the gap. Its own
        // bell (add) brings another pass, which reads from its seq.
        if (sub.lastSeq < floor) continue;
        let from = 0;
        while (from < rows.length && rows[from]!.seq <= sub.lastSeq) from++;
        if (from === rows.length) continue;
        if (sub.socket.bufferedAmount > this.deps.config.liveSendBufferBytes) {
          this.drop(sub);
          continue;
        }
        let batch = batches.get(from);
        if (!batch)
          batches.set(from, (batch = from === rows.length - 1 ? frames[from]! : Buffer.concat(frames.slice(from))));
        writeFrame(sub.socket, batch);
        sub.lastSeq = last;
      }
      if (rows.some((r) => MEMBERSHIP.test(r.type))) void this.recheck(dialogueId);
      if (rows.length < PAGE) return;
    }
  }

  /** A subscriber no longer inside the dialogue hears nothing more from it. */
  private async recheck(dialogueId: string): Promise<void> {
    // Once per person, however many connections they hold.
    const verdicts = new Map<string, Promise<boolean>>();
    for (const sub of [...(this.rooms.get(dialogueId) ?? [])]) {
      if (!verdicts.has(sub.userId))
        verdicts.set(
          sub.userId,
          sub.stillInside().catch(() => true),
        );
      if (await verdicts.get(sub.userId)!) continue;
      this.detach(sub);
      sub.socket.close(4003, 'no longer in this dialogue');
    }
  }

  /** WebRTC signalling between two connections of one room, on this instance or through another. */
  async relay(from: Subscription, to: string, data: SignalData): Promise<boolean> {
    const message: ServerMessage = { type: 'signal', dialogueId: from.dialogueId, from: from.connectionId, data };
    const local = this.byConnection.get(to);
    if (local) {
      if (local.dialogueId !== from.dialogueId) return false;
      local.socket.send(frame(message), { binary: false });
      return true;
    }
    const payload = JSON.stringify({ to, message });
    if (this.database.kind !== 'postgres' || Buffer.byteLength(payload) > MAX_NOTIFY) return false;
    const [there] = await this.deps.db
      .select({ id: liveConnections.id })
      .from(liveConnections)
      .where(and(eq(liveConnections.id, to), eq(liveConnections.dialogueId, from.dialogueId)));
    if (!there) return false;
    await this.deps.db.execute(sql`select pg_notify(${SIGNALS_CHANNEL}, ${payload})`);
    return true;
  }

  private receiveSignal(payload: string): void {
    try {
      const { to, message } = JSON.parse(payload) as {
        to: string;
        message: Extract<ServerMessage, { type: 'signal' }>;
      };
      const local = this.byConnection.get(to);
      if (local && local.dialogueId === message.dialogueId) local.socket.send(frame(message), { binary: false });
    } catch {
      /* not ours */
    }
  }
}
