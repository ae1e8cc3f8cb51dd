/** What Janus answers: a plugin's data and, for offers and answers, a session description. */
export interface JanusReply {
  data: Record<string, unknown>;
  jsep?: RTCSessionDescriptionInit;
}
type Raw = {
  janus: string;
  transaction?: string;
  sender?: number;
  data?: { id: number };
  error?: { reason: string };
  plugindata?: { data: Record<string, unknown> };
  jsep?: RTCSessionDescriptionInit;
};

/**
 * A session with the Janus WebRTC Server over its WebSocket API. Plugin requests are answered by an
 * "event" carrying the request's transaction; events without one (a publisher arriving or leaving)
 * go to the handle's listener.
 */
export class JanusSession {
  private readonly waiting = new Map<string, { resolve(r: Raw): void; reject(e: Error): void }>();
  private readonly listeners = new Map<number, (data: Record<string, unknown>) => void>();
  private id = 0;
  private keepalive: ReturnType<typeof setInterval> | null = null;

  private constructor(private readonly ws: WebSocket) {
    ws.onmessage = (m) => this.receive(JSON.parse(String(m.data)) as Raw);
    ws.onclose = () => {
      for (const w of this.waiting.values()) w.reject(new Error('the SFU closed the connection'));
      this.waiting.clear();
    };
  }

  /**
   * Takes over the session the server made for this page (its seat): Janus sends the session's
   * events here from now on. A keepalive every 25 s keeps it open.
   */
  static async claim(url: string, sessionId: number): Promise<JanusSession> {
    const ws = new WebSocket(url, 'janus-protocol');
    await new Promise((resolve, reject) => {
      ws.onopen = resolve;
      ws.onerror = () => reject(new Error('the SFU cannot be reached'));
    });
    const s = new JanusSession(ws);
    const claimed = await s.request({ janus: 'claim', session_id: sessionId });
    if (claimed.janus !== 'success') throw new Error(`SFU: ${claimed.error?.reason ?? 'the seat could not be taken'}`);
    s.id = sessionId;
    s.keepalive = setInterval(
      () => s.ws.send(JSON.stringify({ janus: 'keepalive', session_id: s.id, transaction: crypto.randomUUID() })),
      25_000,
    );
    return s;
  }

  /** Events Janus sends a handle of this session unasked (the seat's publisher handle, made by the server). */
  listen(handle: number, onEvent: (data: Record<string, unknown>) => void): void {
    this.listeners.set(handle, onEvent);
  }

  async attach(): Promise<number> {
    return (await this.request({ janus: 'attach', session_id: this.id, plugin: 'janus.plugin.videoroom' })).data!.id;
  }

  async message(handle: number, body: Record<string, unknown>, jsep?: RTCSessionDescriptionInit): Promise<JanusReply> {
    const r = await this.request({
      janus: 'message',
      session_id: this.id,
      handle_id: handle,
      body,
      ...(jsep ? { jsep } : {}),
    });
    const data = r.plugindata?.data ?? {};
    if (typeof data.error === 'string') throw new Error(`SFU: ${data.error}`);
    return { data, jsep: r.jsep };
  }

  trickle(handle: number, candidate: RTCIceCandidateInit | null): void {
    this.send({
      janus: 'trickle',
      session_id: this.id,
      handle_id: handle,
      candidate: candidate ?? { completed: true },
      transaction: crypto.randomUUID(),
    });
  }

  /**
   * Janus ends a session whose connection closed. No `destroy`: the session's id is the connection's
   * seat, which the server may already have given again (after a rebuilt room).
   */
  close(): void {
    if (this.keepalive) clearInterval(this.keepalive);
    this.ws.close();
  }

  private send(body: Record<string, unknown>): void {
    if (this.ws.readyState === WebSocket.OPEN) this.ws.send(JSON.stringify(body));
  }

  private request(body: Record<string, unknown>): Promise<Raw> {
    const transaction = crypto.randomUUID();
    return new Promise((resolve, reject) => {
      this.waiting.set(transaction, { resolve, reject });
      this.send({ ...body, transaction });
    });
  }

  private receive(r: Raw): void {
    if (r.janus === 'ack' || r.janus === 'keepalive') return;
    const waiting = r.transaction ? this.waiting.get(r.transaction) : undefined;
    if (waiting && (r.janus === 'success' || r.janus === 'event' || r.janus === 'error')) {
      this.waiting.delete(r.transaction!);
      if (r.janus === 'error') waiting.reject(new Error(`SFU: ${r.error?.reason ?? 'error'}`));
      else waiting.resolve(r);
      return;
    }
    if (r.janus === 'event' && r.sender !== undefined && r.plugindata)
      this.listeners.get(r.sender)?.(r.plugindata.data);
  }
}
