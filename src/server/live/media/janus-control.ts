import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import WebSocket from 'ws';

type Reply = Record<string, unknown> & {
  janus: string;
  transaction?: string;
  sender?: number;
  data?: { id: number };
  error?: { code: number; reason: string };
  plugindata?: { data: Record<string, unknown> };
};

const KEEPALIVE_MS = 25_000;
const ANSWER_MS = 5_000;

/** A further handle on the control session: a room's watcher, or a one-off look at its publishers. */
export interface JanusHandle {
  /** A VideoRoom request on this handle (`join` answers with an event); its plugin data. */
  message(body: Record<string, unknown>): Promise<Record<string, unknown>>;
  detach(): Promise<void>;
}

/**
 * This instance's one control session with Janus (its WebSocket API, subprotocol janus-protocol),
 * attached to the VideoRoom plugin: rooms are made, checked and moderated through it. What it learned
 * lives as long as the session: when the connection closes or a keepalive is refused (Janus
 * restarted, or lost our session), everything is forgotten, and the next request opens a new session.
 */
export class JanusControl {
  private opening: Promise<{ ws: WebSocket; session: number; handle: number }> | null = null;
  private readonly waiting = new Map<string, { resolve(r: Reply): void; reject(e: Error): void }>();
  private keepalive: NodeJS.Timeout | undefined;
  private readonly keepalives = new Set<string>();
  private readonly listeners = new Map<number, (data: Record<string, unknown>) => void>();
  /** Work done once per session (a room ensured, with its watcher): forgotten with the session, retried if it failed. */
  private readonly done = new Map<string, Promise<void>>();

  constructor(
    readonly url: string,
    private readonly log: FastifyBaseLogger,
  ) {}

  /** A VideoRoom request; its plugin data. */
  async videoroom(body: Record<string, unknown>): Promise<Record<string, unknown>> {
    const { ws, session, handle } = await this.open();
    const reply = await this.call(ws, { janus: 'message', session_id: session, handle_id: handle, body });
    return reply.plugindata?.data ?? {};
  }

  /** Another handle on the session; events Janus sends it unasked go to `onEvent`. */
  async attach(onEvent?: (data: Record<string, unknown>) => void): Promise<JanusHandle> {
    const { ws, session } = await this.open();
    const id = (await this.call(ws, { janus: 'attach', session_id: session, plugin: 'janus.plugin.videoroom' })).data!
      .id;
    if (onEvent) this.listeners.set(id, onEvent);
    return {
      message: async (body) =>
        (await this.call(ws, { janus: 'message', session_id: session, handle_id: id, body })).plugindata?.data ?? {},
      detach: async () => {
        this.listeners.delete(id);
        await this.call(ws, { janus: 'detach', session_id: session, handle_id: id });
      },
    };
  }

  /**
   * A session for one participant's page, made under the id given, with one VideoRoom handle on which
   * `join` is sent: the page claims the session (Janus's `claim`) and carries on there. A session of
   * that id left behind (a join before, never ended) is ended first.
   */
  async seat(
    sessionId: number,
    join: Record<string, unknown>,
  ): Promise<{ handle: number; joined: Record<string, unknown> }> {
    const { ws } = await this.open();
    let made = await this.call(ws, { janus: 'create', id: sessionId });
    if (made.janus === 'error') {
      await this.destroy(sessionId);
      made = await this.call(ws, { janus: 'create', id: sessionId });
    }
    if (made.janus !== 'success') throw new Error(`Janus refused a session: ${made.error?.reason ?? made.janus}`);
    const handle = (await this.call(ws, { janus: 'attach', session_id: sessionId, plugin: 'janus.plugin.videoroom' }))
      .data!.id;
    const reply = await this.call(ws, { janus: 'message', session_id: sessionId, handle_id: handle, body: join });
    return { handle, joined: reply.plugindata?.data ?? {} };
  }

  /** Ends a session and every handle in it, whoever claimed it; one gone already is no error. */
  async destroy(sessionId: number): Promise<void> {
    const { ws } = await this.open();
    await this.call(ws, { janus: 'destroy', session_id: sessionId });
  }

  /** Runs `work` once for this session under `key`; a failure is forgotten, so the next call tries again. */
  once(key: string, work: () => Promise<void>): Promise<void> {
    let p = this.done.get(key);
    if (!p) {
      p = work();
      this.done.set(key, p);
      p.catch(() => {
        if (this.done.get(key) === p) this.done.delete(key);
      });
    }
    return p;
  }

  /** `key`'s work is to be done again: what it made is gone. */
  undo(key: string): void {
    this.done.delete(key);
  }

  /** Whether `key`'s work was done (or is under way) in this session. */
  has(key: string): boolean {
    return this.done.has(key);
  }

  close(): void {
    const opening = this.opening;
    this.forget();
    // An opening that failed was already reported to the request that started it.
    void opening?.then(({ ws }) => ws.close()).catch(() => undefined);
  }

  private forget(): void {
    clearInterval(this.keepalive);
    this.keepalive = undefined;
    this.opening = null;
    this.done.clear();
    this.listeners.clear();
    this.keepalives.clear();
    for (const w of this.waiting.values()) w.reject(new Error('the Janus connection closed'));
    this.waiting.clear();
  }

  private open(): Promise<{ ws: WebSocket; session: number; handle: number }> {
    if (!this.opening) {
      const opening = this.connect();
      this.opening = opening;
      // The error goes to the request awaiting it (it logs and falls back to mesh); here, only forget.
      opening.catch(() => {
        if (this.opening === opening) this.forget();
      });
    }
    return this.opening;
  }

  private async connect(): Promise<{ ws: WebSocket; session: number; handle: number }> {
    const ws = new WebSocket(this.url, 'janus-protocol');
    ws.on('message', (data) => {
      let reply: Reply;
      try {
        reply = JSON.parse(String(data)) as Reply;
      } catch (err) {
        this.log.warn({ err, url: this.url }, 'live: Janus sent something that is not JSON; ignored');
        return;
      }
      // "ack" only says Janus got a plugin message; the answer follows as "success" or "event".
      // A keepalive, though, is answered by its ack alone.
      if (reply.janus === 'ack' && !(reply.transaction && this.keepalives.delete(reply.transaction))) return;
      if (!reply.transaction) {
        if (reply.janus === 'event' && reply.sender !== undefined && reply.plugindata)
          this.listeners.get(reply.sender)?.(reply.plugindata.data);
        return;
      }
      this.waiting.get(reply.transaction)?.resolve(reply);
      this.waiting.delete(reply.transaction);
    });
    await new Promise((resolve, reject) => {
      ws.once('open', resolve);
      ws.once('error', reject);
    });
    ws.on('error', (err) => this.log.warn({ err, url: this.url }, 'live: the Janus control connection failed'));
    ws.once('close', () => {
      // Janus went away (a restart, a crash): rooms it held are gone with it.
      if (this.opening)
        this.log.warn({ url: this.url }, 'live: Janus closed the control connection; rooms are ensured again');
      this.forget();
    });
    const session = (await this.call(ws, { janus: 'create' })).data!.id;
    const handle = (await this.call(ws, { janus: 'attach', session_id: session, plugin: 'janus.plugin.videoroom' }))
      .data!.id;
    this.keepalive = setInterval(() => {
      this.call(ws, { janus: 'keepalive', session_id: session })
        .then((r) => {
          if (r.janus === 'error') throw new Error(r.error?.reason ?? 'keepalive refused');
        })
        .catch((err: unknown) => {
          this.log.warn({ err, url: this.url }, 'live: Janus refused the keepalive; starting a new session');
          ws.close();
        });
    }, KEEPALIVE_MS);
    this.keepalive.unref();
    return { ws, session, handle };
  }

  private call(ws: WebSocket, body: Record<string, unknown>): Promise<Reply> {
    return new Promise<Reply>((resolve, reject) => {
      const transaction = randomUUID();
      if (body.janus === 'keepalive') this.keepalives.add(transaction);
      const timer = setTimeout(() => {
        this.waiting.delete(transaction);
        this.keepalives.delete(transaction);
        reject(new Error(`Janus did not answer ${String(body.janus)}`));
      }, ANSWER_MS);
      this.waiting.set(transaction, {
        resolve: (r) => {
          clearTimeout(timer);
          resolve(r);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      });
      ws.send(JSON.stringify({ ...body, transaction }));
    });
  }
}

const controls = new Map<string, JanusControl>();

/** The control session for this Janus (one per process and URL). */
export function janusControl(url: string, log: FastifyBaseLogger): JanusControl {
  let c = controls.get(url);
  if (!c) controls.set(url, (c = new JanusControl(url, log)));
  return c;
}

/** At shutdown: no connection to Janus keeps the process alive. */
export function closeJanusControls(): void {
  for (const c of controls.values()) c.close();
  controls.clear();
}
