import { ServerMessage, type ClientMessage, type SignalData } from '../../../shared/live/messages.ts';
import { applyEvent, viewFromSnapshot, type RoomView } from '../../../shared/live/room-view.ts';
import { DialogueRecord } from '../../../shared/contracts/dialogue-record.ts';
import { dialogueEndpoints } from '../../../shared/endpoints/dialogues.ts';
import { hrefOf } from '../../api/client.ts';

export type LiveStatus = 'connecting' | 'live' | 'reconnecting' | 'refused';

/** A refused room action: the server's code and the field at fault. */
export class LiveError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly path?: string,
  ) {
    super(message);
  }
}

type Distribute<T> = T extends unknown ? Omit<T, 'ref' | 'dialogueId'> : never;
export type RoomActionInput = Distribute<Extract<ClientMessage, { ref?: string; dialogueId: string }>>;
export type Ack = Extract<ServerMessage, { type: 'ack' }>;

/**
 * One page's connection to one room. It keeps the room's view (snapshot, then each event), resumes
 * from its last seq after a drop, measures the offset to the server's clock, and answers each
 * action's promise with its ack or its error. Every message in is checked against the shared union.
 */
export class LiveConnection {
  view: RoomView | null = null;
  status: LiveStatus = 'connecting';
  /** Server time minus local time, from the best ping round trip. */
  offsetMs = 0;
  onSignal: ((from: string, data: SignalData) => void) | null = null;
  private socket: WebSocket | null = null;
  private stopped = false;
  private refs = 0;
  private retry = 0;
  private bestRtt = Infinity;
  private pings = new Map<number, number>();
  private pending = new Map<string, { resolve(ack: Ack): void; reject(e: LiveError): void }>();
  private listeners = new Set<() => void>();
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(readonly dialogueId: string) {}

  start(): void {
    this.open();
    this.timer = setInterval(() => this.ping(), 10_000);
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.socket?.close();
  }

  /** For useSyncExternalStore: a new object each change. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  serverNow(): number {
    return Date.now() + this.offsetMs;
  }

  /** An action; the seq of the event it wrote, if any. */
  async act(action: RoomActionInput): Promise<number | null> {
    return (await this.acked(action)).seq;
  }

  /** An action; its whole ack (`media.join` answers with the page's seat on the SFU). */
  acked(action: RoomActionInput): Promise<Ack> {
    const ref = `a${++this.refs}`;
    return new Promise((resolve, reject) => {
      if (this.socket?.readyState !== WebSocket.OPEN) return reject(new LiveError('offline', 'not connected'));
      this.pending.set(ref, { resolve, reject });
      this.send({ ...action, ref, dialogueId: this.dialogueId } as ClientMessage);
    });
  }

  signal(to: string, data: SignalData): void {
    this.send({ type: 'signal', dialogueId: this.dialogueId, to, data });
  }

  private send(message: ClientMessage): void {
    if (this.socket?.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify(message));
  }

  private changed(): void {
    for (const l of this.listeners) l();
  }

  private open(): void {
    const url = new URL('/api/v1/live', location.href);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    const socket = new WebSocket(url);
    this.socket = socket;
    socket.onopen = () => {
      this.send({ type: 'subscribe', dialogueId: this.dialogueId, ...(this.view ? { afterSeq: this.view.seq } : {}) });
      this.ping();
    };
    socket.onmessage = (m) => this.receive(String(m.data));
    socket.onclose = () => {
      for (const p of this.pending.values()) p.reject(new LiveError('offline', 'the connection dropped'));
      this.pending.clear();
      if (this.stopped || this.status === 'refused') return;
      this.status = 'reconnecting';
      this.changed();
      // Back off, with jitter, so a restarted server is not met by every client at once.
      const wait = Math.min(10_000, 250 * 2 ** this.retry++) * (0.5 + Math.random() / 2);
      setTimeout(() => {
        if (!this.stopped) this.open();
      }, wait);
    };
  }

  private ping(): void {
    const id = this.refs++;
    this.pings.set(id, Date.now());
    this.send({ type: 'ping', id });
  }

  private receive(text: string): void {
    const parsed = ServerMessage.safeParse(JSON.parse(text));
    if (!parsed.success) return;
    const m = parsed.data;
    switch (m.type) {
      case 'snapshot':
        this.view = viewFromSnapshot(m);
        this.status = 'live';
        this.retry = 0;
        break;
      case 'resumed':
        if (this.view) this.view = { ...this.view, you: m.you, media: m.media };
        this.status = 'live';
        this.retry = 0;
        break;
      case 'event':
        if (!this.view) return;
        this.view = applyEvent(this.view, m);
        if (this.view.recordStale) void this.refreshRecord();
        break;
      case 'ack': {
        this.pending.get(m.ref)?.resolve(m);
        this.pending.delete(m.ref);
        return;
      }
      case 'error': {
        const waiting = m.ref ? this.pending.get(m.ref) : undefined;
        if (waiting) {
          waiting.reject(new LiveError(m.code, m.message, m.path));
          this.pending.delete(m.ref!);
          return;
        }
        if (m.path === 'dialogueId') this.status = 'refused';
        break;
      }
      case 'pong': {
        const sent = this.pings.get(m.id);
        this.pings.delete(m.id);
        if (sent === undefined) return;
        const now = Date.now();
        const rtt = now - sent;
        // The shortest round trip gives the truest offset.
        if (rtt <= this.bestRtt) {
          this.bestRtt = rtt;
          this.offsetMs = Date.parse(m.serverTime) - (sent + rtt / 2);
        }
        break;
      }
      case 'signal':
        this.onSignal?.(m.from, m.data);
        return;
    }
    this.changed();
  }

  private async refreshRecord(): Promise<void> {
    if (!this.view) return;
    this.view = { ...this.view, recordStale: false };
    const res = await fetch(hrefOf(dialogueEndpoints.get, { id: this.dialogueId }), {
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
    });
    if (!res.ok || !this.view) return;
    this.view = { ...this.view, record: DialogueRecord.parse(await res.json()) };
    this.changed();
  }
}
